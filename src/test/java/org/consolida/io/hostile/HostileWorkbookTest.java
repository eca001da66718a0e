package org.consolida.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.consolida.io.hostile.Refusals.refused;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.consolida.inventory.InvalidInputException;
import org.consolida.io.ReadLimits;
import org.consolida.io.excel.ExcelInventoryReader;
import org.consolida.io.excel.MinimalWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile native workbooks, each built here from the valid minimal one: every one is refused with exit 2, its sheet
 * and cell, and no stack trace; a blank row loses no data. (Issue 16: cells, structure, memory.)
 */
class HostileWorkbookTest {
    private static final String WORKLOADS_PART = "xl/worksheets/sheet6.xml";
    private static final double MARK = 12345.5;

    @TempDir
    Path dir;

    private Path valid(MinimalWorkbook workbook) throws IOException {
        return workbook.write(dir.resolve("valid.xlsx"));
    }

    /** The minimal workbook with Workloads!E2 (memory_gib) holding {@code <v>text</v>} instead of a number. */
    private Path memoryCellHolding(String text) throws IOException {
        Path valid = valid(MinimalWorkbook.valid().set("Workloads", 2, "memory_gib", MARK));
        return ZipParts.rewrite(valid, dir.resolve("hostile.xlsx"), WORKLOADS_PART,
                xml -> xml.replace("<v>" + MARK + "</v>", "<v>" + text + "</v>"));
    }

    @Test
    void aNumberCellHoldingNanIsNotANumberAtItsCell() throws IOException {
        Path file = memoryCellHolding("NaN");

        assertThat(validateErrors(file)).containsExactly(file + ": Workloads!E2: memory_gib \"NaN\" is not a number");
    }

    @Test
    void aNumberCellHoldingInfinityIsNotANumberAtItsCell() throws IOException {
        Path file = memoryCellHolding("-Infinity");

        CliRun run = refused("plan", file.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.errLines()).containsExactly(file + ": Workloads!E2: memory_gib \"-Infinity\" is not a number");
    }

    @Test
    void anAbsurdCpuDemandIsRefusedWithTheColumnsRange() throws IOException {
        for (double absurd : new double[] {1e15, 1e308}) {
            Path file = MinimalWorkbook.valid().set("Workloads", 2, "cpu_ghz", absurd).write(dir.resolve("a.xlsx"));

            CliRun run = refused("validate", file.toString());

            assertThat(run.errLines()).hasSize(1);
            assertThat(run.errLines().get(0)).startsWith(file + ": Workloads!D2: cpu_ghz ")
                    .endsWith(" is out of range; it must be 0 to 50000 GHz");
        }
    }

    @Test
    void aDateFormattedCellInANumberColumnIsAProblemAtThatCell() throws IOException {
        Path file = MinimalWorkbook.valid()
                .set("Workloads", 2, "memory_gib", new MinimalWorkbook.Formatted(45_000, "yyyy-mm-dd"))
                .write(dir.resolve("date.xlsx"));

        assertThat(validateErrors(file)).containsExactly(file + ": Workloads!E2: memory_gib \"2023-03-15\" is not a number; "
                + "the cell is formatted as a date: format it as a number");
    }

    @Test
    void anEncryptedWorkbookIsReportedAsEncrypted() throws Exception {
        Path plain = valid(MinimalWorkbook.valid());
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(validateErrors(file)).containsExactly(file + ": the workbook is encrypted (password-protected); remove "
                + "the password in Excel (File, Info, Protect Workbook, Encrypt with Password: empty) and save it again");
    }

    @Test
    void aMebibyteCellIsRefusedAtItsCellWhetherItRepeatsOneCharacterOrNot() throws IOException {
        Random random = new Random(16);
        StringBuilder text = new StringBuilder();
        while (text.length() < 1 << 20) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        for (String cell : new String[] {"x".repeat(1 << 20), text.toString()}) {
            // POI writes no cell over 32,767 characters: put a mark, then the long text in its place.
            Path valid = valid(MinimalWorkbook.valid().set("Workloads", 2, "os", "LONG-OS-MARK"));
            Path file = ZipParts.rewrite(valid, dir.resolve("long.xlsx"), "xl/sharedStrings.xml",
                    xml -> xml.replace("LONG-OS-MARK", cell));

            CliRun run = refused("validate", file.toString());

            assertThat(run.errLines()).containsExactly(file + ": Workloads!G2: the cell holds more than 65536 "
                    + "characters, the limit for one cell (Excel itself holds at most 32,767); shorten it");
        }
    }

    @Test
    void twoSheetsThatStandForOneAreAnErrorNamingBoth() throws IOException {
        Path valid = valid(MinimalWorkbook.valid().copySheet("Workloads", "Work loads"));
        Path file = ZipParts.rewrite(valid, dir.resolve("twice.xlsx"), "xl/workbook.xml",
                xml -> xml.replace("name=\"Work loads\"", "name=\"WORKLOADS\""));

        assertThat(validateErrors(file)).containsExactly(file + ": WORKLOADS: sheet \"WORKLOADS\" and sheet \"Workloads\" "
                + "both stand for Workloads; rename or delete one of them");
    }

    @Test
    void aHeaderGivenTwiceIsAnErrorNamingBothCells() throws IOException {
        Path file = MinimalWorkbook.valid().addHeader("Workloads", "Memory (GiB)").write(dir.resolve("h.xlsx"));

        assertThat(validateErrors(file)).containsExactly(file + ": Workloads!Q1: column \"Memory (GiB)\" and the column at "
                + "Workloads!E1 both stand for memory_gib; delete or rename one of them");
    }

    @Test
    void aSharedStringIndexOfMinusOneIsAProblemAtItsCell() throws IOException {
        Path valid = valid(MinimalWorkbook.valid());
        Path file = ZipParts.rewrite(valid, dir.resolve("minus.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>)\\d+", "$1-1"));

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(file + ": Sites!A2: the cell refers to shared string -1, which "
                + "the workbook does not have");
    }

    @Test
    void aCellOutsideAnyRowIsAProblemNamingTheSheet() throws IOException {
        // Found by fuzzing (rvToolsWorkbook): a <c> before the first <row> reached the reader without a row.
        Path valid = valid(MinimalWorkbook.valid());
        Path file = ZipParts.rewrite(valid, dir.resolve("cell.xlsx"), WORKLOADS_PART,
                xml -> xml.replace("<sheetData>", "<sheetData><c r=\"A1\"><v>1</v></c>"));

        assertThat(validateErrors(file)).containsExactly(file + ": Workloads: the sheet's XML has a cell outside any row "
                + "(before the first row); open the workbook in Excel and save it again as .xlsx");
    }

    @Test
    void aBlankRowInsideASheetLosesNoRowAndIsNamed() throws IOException {
        Path file = MinimalWorkbook.valid().addBlankRow("Workloads")
                .addRow("Workloads", Map.of("workload", "app-01")).write(dir.resolve("blank.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("3 workloads");
        assertThat(run.errLines()).contains(file + ": Workloads: warning: blank row 4 inside the data is skipped; the "
                + "rows below it are read");
    }

    @Test
    void aSheetClaimingAMillionRowsCostsOnlyItsRealRows() throws IOException {
        Path valid = valid(MinimalWorkbook.valid());
        Path file = ZipParts.rewrite(valid, dir.resolve("claims.xlsx"), WORKLOADS_PART,
                xml -> xml.replace("</sheetData>", "<row r=\"1048576\"><c r=\"A1048576\" s=\"0\"/></row></sheetData>")
                        .replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:P1048576\"/>"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("2 workloads");
    }

    /** The parts of the minimal workbook, with Workloads replaced by a generated part of {@code repeats} chunks. */
    private long bomb(Path file, boolean honestSize, long repeats) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(ZipParts.read(valid(MinimalWorkbook.valid())));
        parts.remove(WORKLOADS_PART);
        String before = "<row><c t=\"inlineStr\"><is><t>workload-";
        String after = "-" + "x".repeat(150) + "</t></is></c><c><v>4</v></c></row>";
        byte[] prefix = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>workload</t></is></c></row>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] chunk = InflatingZip.noisyRows(before, after, 4 << 20, 16);
        long inflated = new InflatingZip(parts, WORKLOADS_PART, honestSize).write(file, prefix, chunk, repeats,
                "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        // Under POI's zip-bomb threshold: the part shrinks to more than 1 % of its inflated size.
        assertThat((double) Files.size(file) / inflated).isGreaterThan(0.01);
        return inflated;
    }

    @Test
    void aSheetInflatingBeyondAGibibyteIsRefusedAtOnceWhenItsSizeIsDeclared() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        long inflated = bomb(file, true, 280);
        assertThat(inflated).isGreaterThan(1L << 30);

        assertThat(validateErrors(file)).containsExactly(file + ": Workloads: the sheet's XML inflates to "
                + ReadLimits.size(inflated) + ", beyond the limit of 512 MiB for one part of a workbook; no real "
                + "inventory comes near this (if this one is genuine, raise -Dconsolida.maxPartMib)");
    }

    @Test
    void aSheetThatHidesItsSizeIsRefusedWhileItInflates() throws IOException {
        Path file = dir.resolve("hidden-bomb.xlsx");
        assertThat(bomb(file, false, 280)).isGreaterThan(1L << 30);

        // A lowered part limit keeps the test quick; the default (512 MiB) stops it the same way, later.
        Throwable thrown = catchThrowable(() -> ExcelInventoryReader.read(file, "bomb",
                ReadLimits.defaults().withMaxPartBytes(32L << 20)));

        assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessage(file + ": Workloads: the sheet's XML "
                + "inflates to more than 32 MiB, beyond the limit of 32 MiB for one part of a workbook; no real "
                + "inventory comes near this (if this one is genuine, raise -Dconsolida.maxPartMib)");
    }

    /** The problems {@code consolida validate} refuses the file with (exit 2), location first. */
    private static List<String> validateErrors(Path file) {
        return refused("validate", file.toString()).errLines();
    }
}
