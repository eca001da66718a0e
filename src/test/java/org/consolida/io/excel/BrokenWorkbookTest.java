package org.consolida.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.consolida.io.Column;
import org.consolida.io.InventorySchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each workbook has one defect; validate must exit 2 and name exactly that cell and what is wrong with it. */
class BrokenWorkbookTest {
    @TempDir
    Path dir;

    record Defect(String name, UnaryOperator<MinimalWorkbook> breakIt, String where, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Defect> defects() {
        String policyKeys = String.join(", ", InventorySchema.POLICY_KEYS.stream().map(Column::name).toList());
        return Stream.of(
                new Defect("text in a number column", w -> w.set("Workloads", 2, "memory_gib", "abc"),
                        "Workloads!E2", "memory_gib \"abc\" is not a number"),
                new Defect("negative memory", w -> w.set("Workloads", 2, "memory_gib", -4),
                        "Workloads!E2", "memory_gib -4 is out of range; it must be > 0 and <= 65536 GiB"),
                new Defect("fractional vCPUs", w -> w.set("Workloads", 2, "vcpus", 2.5),
                        "Workloads!C2", "vcpus \"2.5\" is not a whole number"),
                new Defect("unknown workload kind", w -> w.set("Workloads", 2, "kind", "vmm"),
                        "Workloads!B2", "kind \"vmm\" is not one of vm, vdi, container"),
                new Defect("yes/no that is neither", w -> w.set("Workloads", 2, "pinned", "maybe"),
                        "Workloads!J2", "pinned \"maybe\" is not yes or no"),
                new Defect("workload on an unknown host", w -> w.set("Workloads", 2, "current_host", "esx-99"),
                        "Workloads!I2", "current_host \"esx-99\" is not in Hosts (known: esx-01)"),
                new Defect("workload with an unknown profile", w -> w.set("Workloads", 2, "profile", "night"),
                        "Workloads!O2", "profile \"night\" is not in Profiles (known: office)"),
                new Defect("duplicate workload", w -> w.addRow("Workloads", Map.of("workload", "web-01")),
                        "Workloads!A4", "workload \"web-01\" appears twice (first at Workloads!A2); give each row "
                        + "its own workload"),
                new Defect("blank required cell", w -> w.set("Workloads", 2, "cpu_ghz", null),
                        "Workloads!D2", "cpu_ghz is blank; it is required (CPU demand at a high percentile (the "
                        + "figure capacity is planned for))"),
                new Defect("pinned without a host",
                        w -> w.set("Workloads", 2, "pinned", "yes").set("Workloads", 2, "current_host", null),
                        "Workloads!J2", "pinned is yes but current_host is blank; name the host it must stay on, or "
                        + "set pinned to no"),
                new Defect("percentage in a GiB column", w -> w.set("Workloads", 2, "memory_gib", "25%"),
                        "Workloads!E2", "memory_gib \"25%\" is a percentage, but memory_gib is in GiB; write it "
                        + "without %"),
                new Defect("decimal comma", w -> w.set("Workloads", 2, "cpu_ghz", "2,4"),
                        "Workloads!D2", "cpu_ghz \"2,4\" is not a number; write decimals with a dot"),
                new Defect("host of an unknown model", w -> w.set("Hosts", 2, "model", "R760x"),
                        "Hosts!B2", "model \"R760x\" is not in HostModels (known: R760, R7625)"),
                new Defect("host in an unknown rack", w -> w.set("Hosts", 2, "rack", "r99"),
                        "Hosts!C2", "rack \"r99\" is not in Racks (known: paris-r01)"),
                new Defect("host with an unknown hypervisor", w -> w.set("Hosts", 2, "hypervisor", "xen"),
                        "Hosts!E2", "hypervisor \"xen\" is not in Hypervisors (known: esxi-8)"),
                new Defect("unknown host state", w -> w.set("Hosts", 2, "state", "standby"),
                        "Hosts!F2", "state \"standby\" is not one of on, off, maintenance"),
                new Defect("rack at an unknown site", w -> w.set("Racks", 2, "site", "lyon"),
                        "Racks!B2", "site \"lyon\" is not in Sites (known: paris)"),
                new Defect("PUE below 1", w -> w.set("Sites", 2, "pue", 0.5),
                        "Sites!B2", "pue 0.5 is out of range; it must be 1 to 5"),
                new Defect("flow from an unknown workload", w -> w.set("Traffic", 2, "from", "app-01"),
                        "Traffic!A2", "from \"app-01\" is not in Workloads (known: web-01, db-01)"),
                new Defect("flow from a workload to itself", w -> w.set("Traffic", 2, "to", "web-01"),
                        "Traffic!B2", "to \"web-01\" is the same workload as from; a flow joins two different "
                        + "workloads"),
                new Defect("power curve that falls", w -> w.set("HostModels", 2, "watts_50", 200),
                        "HostModels!P2", "watts_50 200 is below watts_40 232; a power curve must not fall with load"),
                new Defect("power curve with a gap", w -> w.set("HostModels", 2, "watts_70", null),
                        "HostModels!R2", "watts_70 is blank; give all of watts_0 … watts_100, or idle_watts and "
                        + "max_watts instead"),
                new Defect("maximum power below idle", w -> w.set("HostModels", 3, "max_watts", 100),
                        "HostModels!W3", "max_watts 100 is below idle_watts 135; a server draws more at full load "
                        + "than idle"),
                new Defect("hypervisor type 3", w -> w.set("Hypervisors", 2, "type", 3),
                        "Hypervisors!B2", "type \"3\" is not one of 1, 2, container"),
                new Defect("overhead above 90 %", w -> w.set("Hypervisors", 2, "overhead_full_pct", 120),
                        "Hypervisors!G2", "overhead_full_pct 120 is out of range; it must be 0 to 90"),
                new Defect("profile share above 1", w -> w.set("Profiles", 2, "h05", 1.5),
                        "Profiles!G2", "h05 1.5 is out of range; it must be 0 to 1"),
                new Defect("misspelt policy key", w -> w.set("Policy", 2, "key", "cpu_overcomit"),
                        "Policy!A2", "key \"cpu_overcomit\" is not a policy key (known: " + policyKeys + ")"),
                new Defect("policy value that is not a number", w -> w.set("Policy", 2, "value", "lots"),
                        "Policy!B2", "cpu_overcommit \"lots\" is not a number"),
                new Defect("missing column", w -> w.removeColumn("Workloads", "memory_gib"),
                        "Workloads", "missing column memory_gib (Memory allocated, in GiB); add it to the header row"),
                new Defect("missing sheet", w -> w.removeSheet("Traffic"),
                        "Traffic", "sheet missing; add a sheet named Traffic with the header row from, to, mbps"),
                new Defect("missing Hosts sheet reported once", w -> w.removeSheet("Hosts"),
                        "Hosts", "sheet missing; add a sheet named Hosts with the header row host, model, rack, "
                        + "hypervisor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void reportsTheOneDefectWithItsCellAndExitsTwo(Defect defect) throws IOException {
        Path file = defect.breakIt().apply(MinimalWorkbook.valid()).write(dir.resolve("broken.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(file + ": " + defect.where() + ": " + defect.message());
    }

    @Test
    void theUnbrokenWorkbookIsValid() throws IOException {
        Path file = MinimalWorkbook.valid().write(dir.resolve("valid.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsAllFiveDefectsOfOneWorkbookInOnePass() throws IOException {
        Path file = MinimalWorkbook.valid()
                .set("Sites", 2, "pue", 0.5)
                .set("Hosts", 2, "model", "R760x")
                .set("Workloads", 2, "kind", "vmm")
                .set("Workloads", 2, "memory_gib", "abc")
                .set("Traffic", 2, "from", "app-01")
                .write(dir.resolve("five.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(
                file + ": Sites!B2: pue 0.5 is out of range; it must be 1 to 5",
                file + ": Hosts!B2: model \"R760x\" is not in HostModels (known: R760, R7625)",
                file + ": Workloads!B2: kind \"vmm\" is not one of vm, vdi, container",
                file + ": Workloads!E2: memory_gib \"abc\" is not a number",
                file + ": Traffic!A2: from \"app-01\" is not in Workloads (known: web-01, db-01)");
        assertThat(run.err()).contains("5 errors found");
    }

    @Test
    void aTextFileNamedXlsxGetsOneClearMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "host,model\nesx-01,R760\n");

        assertOneMessage(file, "is not an Excel workbook (.xlsx); it holds plain text; save the inventory from "
                + "Excel as .xlsx");
    }

    @Test
    void anEmptyFileGetsOneClearMessage() throws IOException {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertOneMessage(file, "the file is empty; expected an Excel workbook (.xlsx)");
    }

    @Test
    void aZipThatIsNotAWorkbookGetsOneClearMessage() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertOneMessage(file, "is a zip archive but not an Excel workbook; save the inventory from Excel as .xlsx");
    }

    @Test
    void anOldXlsWorkbookIsAskedToBeSavedAsXlsx() throws IOException {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Hosts");
            workbook.write(out);
        }

        assertOneMessage(file, "is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx");
    }

    private static void assertOneMessage(Path file, String message) {
        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).isEqualTo(List.of(file + ": " + message));
    }
}
