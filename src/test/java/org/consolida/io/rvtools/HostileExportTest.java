package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.consolida.io.hostile.Refusals.refused;
import static org.consolida.io.rvtools.OlderExports.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;
import org.consolida.io.ReadLimits;
import org.consolida.io.hostile.InflatingZip;
import org.consolida.io.hostile.ZipParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile RVTools exports, workbooks and zips of CSV files, built here: each is refused with exit 2, its file and
 * line or cell, and no stack trace; blank rows lose no VM. (Issue 16.)
 */
class HostileExportTest {
    private static final List<Object> VHOST = row("Host", "# CPU", "Cores per CPU", "Speed", "# Memory");
    private static final List<Object> ESX01 = row("esx01", 2, 8, 2000, 65536);

    @TempDir
    Path dir;

    private static Exports export(List<Object> header, List<?>... vms) {
        return new Exports().tab("vInfo", header, vms).tab("vHost", VHOST, ESX01);
    }

    private static Exports threeVmsWithABlankRow() {
        return export(row("VM", "CPUs", "Memory", "Host"), null, row("a", 1, 1024, "esx01"), row("b", 2, 2048, "esx01"),
                null, null, row("c", 4, 4096, "esx01"));
    }

    @Test
    void blankRowsInsideVInfoLoseNoVmAndAreNamed() {
        for (Path file : List.of(threeVmsWithABlankRow().xlsx(dir.resolve("blank.xlsx")),
                threeVmsWithABlankRow().csvZip(dir.resolve("blank.zip"), ','))) {
            RvToolsImport imported = RvToolsReader.read(file);

            assertThat(imported.inventory().workloads()).extracting(Workload::id).containsExactly("a", "b", "c");
            String where = file.toString().endsWith(".zip") ? file + "!export/RVTools_tabvInfo.csv" : file + ": vInfo";
            assertThat(imported.problems()).extracting(Problem::toString).filteredOn(p -> p.contains("blank row"))
                    .containsExactly(where
                    + ": warning: 3 blank rows (2, 5 to 6) inside the data are skipped; the rows below them are read");
        }
    }

    @Test
    void anUnterminatedQuoteIsACsvProblemAtItsLine() throws IOException {
        Path folder = export(row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1024, "esx01")).csvFolder(dir.resolve("csv"), ',');
        Path info = folder.resolve("RVTools_tabvInfo.csv");
        Files.writeString(info, Files.readString(info) + "\"b,2,2048,esx01\r\n");

        CliRun run = refused("validate", folder.toString());

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(info + ": line 3: not valid CSV: ");
    }

    @Test
    void aNumberCellHoldingNanIsNotANumberAtItsCell() throws IOException {
        Path valid = export(row("VM", "CPUs", "Memory", "Host"), row("a", 1, 12345.5, "esx01")).xlsx(dir.resolve("v.xlsx"));
        Path file = ZipParts.rewrite(valid, dir.resolve("nan.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<v>12345.5</v>", "<v>NaN</v>"));

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).containsExactly(file + ": vInfo!C2: Memory \"NaN\" is not a number: give the memory "
                + "in MiB");
    }

    @Test
    void anAbsurdFigureIsRefusedAtItsCell() {
        Path file = export(row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1e300, "esx01")).xlsx(dir.resolve("x.xlsx"));

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(file + ": vInfo!C2: Memory ")
                .endsWith(" is beyond any real figure (at most 1000000000 MiB or MHz)");
    }

    @Test
    void provisionedMbAndMibThatDisagreeAreAnErrorNamingBoth() {
        Path file = export(row("VM", "CPUs", "Memory", "Host", "Provisioned MiB", "Provisioned MB"),
                row("a", 1, 1024, "esx01", 10240, 10240), row("b", 1, 1024, "esx01", 20480, 40960))
                .xlsx(dir.resolve("units.xlsx"));

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).containsExactly(file + ": vInfo!E3: Provisioned MiB \"20480\" and Provisioned MB "
                + "\"40960\" (vInfo!F3) disagree; they are one figure under two names: keep one column");
    }

    @Test
    void aHeaderTheImportReadsGivenTwiceIsAnErrorNamingBoth() {
        Path file = export(row("VM", "CPUs", "Memory", "Host", "CPUs"), row("a", 1, 1024, "esx01", 8))
                .xlsx(dir.resolve("twice.xlsx"));

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).containsExactly(file + ": vInfo!1: the header \"CPUs\" is given twice (vInfo!B1 and "
                + "vInfo!E1); delete or rename one of them");
    }

    @Test
    void twoFilesHoldingVInfoAreAnErrorNamingBoth() throws IOException {
        Path zip = export(row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1024, "esx01")).csvZip(dir.resolve("e.zip"), ',');
        Map<String, byte[]> parts = ZipParts.read(zip);
        Path doubled = dir.resolve("doubled.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(doubled))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
            }
            out.putNextEntry(new ZipEntry("old/RVTools_tabVINFO.csv"));
            out.write(parts.get("export/RVTools_tabvInfo.csv"));
        }

        CliRun run = refused("validate", doubled.toString());

        assertThat(run.errLines()).containsExactly(doubled + ": old/RVTools_tabVINFO.csv: \"old/RVTools_tabVINFO.csv\""
                + " and \"export/RVTools_tabvInfo.csv\" both hold the VINFO tab; keep only one of them");
    }

    /** A zip of RVTools CSVs whose vInfo inflates past a gibibyte: rows of VMs, or one quoted field. */
    private long csvBomb(Path file, boolean honestSize, boolean oneField) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(ZipParts.read(
                export(row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1024, "esx01")).csvZip(dir.resolve("v.zip"), ',')));
        parts.remove("export/RVTools_tabvInfo.csv");
        byte[] prefix = ("VM,CPUs,Memory,Host\r\n" + (oneField ? "\"" : "")).getBytes(StandardCharsets.UTF_8);
        byte[] chunk = oneField ? InflatingZip.noisyRows("vm-", "-" + "x".repeat(150), 4 << 20, 16)
                : InflatingZip.noisyRows("vm-", "-" + "x".repeat(150) + ",2,4096,esx01\r\n", 4 << 20, 16);
        long inflated = new InflatingZip(parts, "export/RVTools_tabvInfo.csv", honestSize).write(file, prefix, chunk,
                280, (oneField ? "\",1,1,esx01\r\n" : "").getBytes(StandardCharsets.UTF_8));
        assertThat((double) Files.size(file) / inflated).isGreaterThan(0.01); // under POI's zip-bomb threshold
        assertThat(inflated).isGreaterThan(1L << 30);
        return inflated;
    }

    @Test
    void aCsvInflatingBeyondAGibibyteIsRefusedAtOnceWhenItsSizeIsDeclared() throws IOException {
        Path file = dir.resolve("bomb.zip");
        csvBomb(file, true, false);

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).containsExactly(file + "!export/RVTools_tabvInfo.csv: inflates to more than 512 MiB, "
                + "the limit for one CSV file of an export; no real export comes near this (if this one is genuine, "
                + "raise -Dconsolida.maxPartMib)");
    }

    @Test
    void aCsvThatHidesItsSizeIsRefusedWhileItInflates() throws IOException {
        Path file = dir.resolve("hidden.zip");
        csvBomb(file, false, false);

        Throwable thrown = catchThrowable(() -> RvToolsReader.read(file, null, RvToolsOptions.defaults(),
                ReadLimits.defaults().withMaxPartBytes(32L << 20)));

        assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessage(file + "!export/RVTools_tabvInfo.csv: "
                + "inflates to more than 32 MiB, the limit for one CSV file of an export; no real export comes near "
                + "this (if this one is genuine, raise -Dconsolida.maxPartMib)");
    }

    @Test
    void oneGibibyteQuotedFieldIsRefusedAtItsLineLongBeforeTheHeapFills() throws IOException {
        Path file = dir.resolve("field.zip");
        csvBomb(file, false, true);

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).containsExactly(file + "!export/RVTools_tabvInfo.csv: line 2: a field holds more "
                + "than 65536 characters, the limit for one CSV field (an unterminated quote makes the rest of the file "
                + "one field); check the quotes on this line");
    }

    @Test
    void theValidExportOfTheseTestsIsRead() {
        CliRun run = CliRun.of("validate", export(row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1024, "esx01"))
                .csvZip(dir.resolve("ok.zip"), ',').toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }
}
