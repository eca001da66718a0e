package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.consolida.io.rvtools.OlderExports.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvToolsReaderTest {
    @TempDir
    Path dir;

    @Test
    void importsAnOlderStyleExportWithMbHeadersEsxVersionAndCustomAttributes() {
        RvToolsImport imported = RvToolsReader.read(OlderExports.older().xlsx(dir.resolve("old.xlsx")));

        assertThat(imported.inventory().hosts()).hasSize(3);
        assertThat(imported.inventory().host("esx02").state()).isEqualTo(HostState.MAINTENANCE);
        assertThat(imported.inventory().hypervisors()).extracting(Hypervisor::id).containsExactly("ESXi 6.5.0", "ESXi 6.0.0");
        assertThat(imported.inventory().hostModels()).hasSize(2); // esx01 and esx02 share hardware ("262144" as text)
        assertThat(imported.hostLoads().get("esx02").cpuPct()).isEqualTo(12.0); // "12%" stored as text

        // the row after the empty one ("ghost") is read, with a warning; the template is counted, not imported
        assertThat(imported.inventory().workloads()).extracting(Workload::id)
                .containsExactly("web [00000000aaaa]", "web [00000000bbbb]", "db01", "ghost");
        assertThat(imported.problems()).extracting(Problem::toString).contains(dir.resolve("old.xlsx")
                + ": vInfo: warning: blank row 6 inside the data is skipped; the rows below it are read");
        assertThat(imported.counts().vmRows()).isEqualTo(5);
        assertThat(imported.counts().templates()).isEqualTo(1);
        assertThat(imported.counts().hostsWithoutVms()).isEqualTo(1); // esx03
    }

    @Test
    void readsFiguresFromMbColumnsAndNumbersStoredAsText() {
        RvToolsImport imported = RvToolsReader.read(OlderExports.older().xlsx(dir.resolve("old.xlsx")));
        Workload web = imported.inventory().workload("web [00000000bbbb]");
        assertThat(web.vcpus()).isEqualTo(4); // "4" as text
        assertThat(web.memoryGib()).isEqualTo(8.0); // no vMemory tab: configured memory
        assertThat(web.storageGib()).isEqualTo(100.0); // Provisioned MB 102400
        assertThat(web.currentHost().id()).isEqualTo("esx02");
        assertThat(web.cpuGhz()).isCloseTo(0.25 * 4 * 2.4, within(1e-9)); // no vCPU tab: 25 % of 4 vCPUs at 2.4 GHz
        assertThat(web.os()).isEqualTo("Microsoft Windows Server 2016 (64-bit)");
        assertThat(web.criticality()).isEqualTo(Criticality.NORMAL);
        assertThat(imported.inventory().workload("web [00000000aaaa]").criticality()).isEqualTo(Criticality.HIGH);
        assertThat(imported.vmDetails().get("db01").partitionConsumedGib()).isEqualTo(7.0); // 5120 + 2048 MB
    }

    @Test
    void joinsVmsThatShareANameToTheirOwnRowsOfOtherTabsByUuid() {
        RvToolsImport imported = RvToolsReader.read(OlderExports.older().xlsx(dir.resolve("old.xlsx")));
        assertThat(imported.vmDetails().get("web [00000000aaaa]").networks()).containsExactly("DMZ");
        assertThat(imported.vmDetails().get("web [00000000bbbb]").networks()).containsExactly("Backend", "Backup");
    }

    @Test
    void storageInUseIsAnOption() {
        RvToolsImport imported = RvToolsReader.read(OlderExports.older().xlsx(dir.resolve("old.xlsx")), null,
                RvToolsOptions.defaults().withStorage(RvToolsOptions.StorageBasis.IN_USE));
        assertThat(imported.inventory().workload("web [00000000aaaa]").storageGib()).isEqualTo(20.0); // In Use MB 20480
    }

    @Test
    void aVmListedTwiceWithTheSameUuidIsImportedOnceWithAWarning() {
        Path file = new Exports()
                .tab("vInfo", row("VM", "CPUs", "Memory", "Host", "VM UUID"),
                        row("app", 2, 2048, "esx01", "u-1"), row("app", 2, 2048, "esx01", "u-1"))
                .tab("vHost", row("Host", "# CPU", "Cores per CPU", "Speed", "# Memory"), row("esx01", 2, 8, 2000, 65536))
                .xlsx(dir.resolve("twice.xlsx"));
        RvToolsImport imported = RvToolsReader.read(file);
        assertThat(imported.inventory().workloads()).hasSize(1);
        assertThat(imported.warnings()).singleElement().extracting(Problem::where).isEqualTo("vInfo!E3");
    }

    @Test
    void reportsEveryBadCellAtItsSheetAndCellInOnePass() {
        Path file = new Exports()
                .tab("vInfo", row("VM", "Powerstate", "Template", "CPUs", "Memory", "Host"),
                        row("a", "poweredOn", "False", 2, -5, "esx01"),
                        row("b", "poweredOn", "False", "x", 1024, "esx01"),
                        row("c", "poweredOn", "maybe", 1, 1024, "esx01"))
                .tab("vHost", row("Host", "Datacenter", "# CPU", "Cores per CPU", "Speed", "# Memory"),
                        row("esx01", "DC", 2, 8, "fast", 65536))
                .xlsx(dir.resolve("bad.xlsx"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RvToolsReader.read(file));
        assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                file + ": vHost!E2: Speed \"fast\" is not a number: give the CPU clock in MHz",
                file + ": vInfo!E2: Memory \"-5\" must be above 0 MiB",
                file + ": vInfo!D3: CPUs \"x\" is not a number: give the number of vCPUs",
                file + ": vInfo!C4: Template \"maybe\" is not True or False");
    }

    @Test
    void aHostListedTwiceInVHostIsAnErrorAtItsSecondRow() {
        Path file = new Exports()
                .tab("vInfo", row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1024, "esx01"))
                .tab("vHost", row("Host", "# CPU", "Cores per CPU", "Speed", "# Memory"),
                        row("esx01", 2, 8, 2000, 65536), row("ESX01", 2, 8, 2000, 65536))
                .xlsx(dir.resolve("twice-host.xlsx"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RvToolsReader.read(file));
        assertThat(e.problems()).singleElement()
                .hasToString(file + ": vHost!A3: Host \"ESX01\" appears twice in vHost: remove the repeated row");
    }

    @Test
    void assumptionsBecomeWarningsNamingTheExport() {
        Path file = OlderExports.older().xlsx(dir.resolve("old.xlsx"));
        RvToolsImport imported = RvToolsReader.read(file);
        assertThat(imported.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.file()).isEqualTo(file.toString());
        });
        assertThat(imported.problems()).extracting(Problem::toString)
                .anySatisfy(t -> assertThat(t).contains("warning: assumed: rack unassigned-1: RVTools has no racks: 3 hosts"));
    }

    @Test
    void aMissingColumnIsReportedAtTheHeaderRow() {
        Path file = new Exports()
                .tab("vInfo", row("VM", "Memory"), row("a", 1024))
                .tab("vHost", row("Host", "# CPU", "Cores per CPU", "Speed", "# Memory"), row("esx01", 2, 8, 2000, 65536))
                .xlsx(dir.resolve("nocpus.xlsx"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RvToolsReader.read(file));
        assertThat(e.problems()).singleElement().hasToString(file + ": vInfo!1: vInfo has no column CPUs: "
                + "export the vInfo tab with RVTools' default columns");
    }

    @Test
    void aVmWithNoHostInTheExportIsUnplacedAndItsHostNamedInAnAssumption() {
        Path file = new Exports()
                .tab("vInfo", row("VM", "CPUs", "Memory", "Host"), row("a", 1, 1024, "esx09"))
                .tab("vHost", row("Host", "# CPU", "Cores per CPU", "Speed", "# Memory"), row("esx01", 2, 8, 2000, 65536))
                .xlsx(dir.resolve("lost.xlsx"));
        RvToolsImport imported = RvToolsReader.read(file);
        assertThat(imported.inventory().workload("a").currentHost()).isNull();
        assertThat(imported.assumptions()).anySatisfy(a -> assertThat(a.subject()).isEqualTo("host esx09"));
    }

    @Test
    void readsTheSameExportFromACsvFolderAndFromAZipOfCsvFiles() {
        List<Workload> fromXlsx = RvToolsReader.read(OlderExports.older().xlsx(dir.resolve("old.xlsx")))
                .inventory().workloads();
        Path folder = OlderExports.older().csvFolder(dir.resolve("csv"), ';');
        Path zip = OlderExports.older().csvZip(dir.resolve("csv.zip"), ',');

        assertThat(RvToolsReader.isRvTools(folder)).isTrue();
        assertThat(RvToolsReader.isRvTools(zip)).isTrue();
        assertThat(RvToolsReader.read(folder).inventory().workloads()).isEqualTo(fromXlsx);
        assertThat(RvToolsReader.read(zip).inventory().workloads()).isEqualTo(fromXlsx);
    }

    @Test
    void locatesABadCsvCellByFileRowAndColumn() {
        Path folder = new Exports()
                .tab("vInfo", row("VM", "CPUs", "Memory"), row("a", 1, 1024), row("b", "x", 1024))
                .tab("vHost", row("Host", "# CPU", "Cores per CPU", "Speed", "# Memory"), row("esx01", 2, 8, 2000, 65536))
                .csvFolder(dir.resolve("bad-csv"), ',');
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RvToolsReader.read(folder));
        assertThat(e.problems()).singleElement().hasToString(folder.resolve("RVTools_tabvInfo.csv")
                + ": row 3, CPUs: CPUs \"x\" is not a number: give the number of vCPUs");
    }

    @Test
    void tellsAnRvToolsExportFromOtherFiles() throws Exception {
        Path nativeWorkbook = new Exports().tab("Workloads", row("workload", "vcpus"), row("a", 1))
                .xlsx(dir.resolve("native.xlsx"));
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        assertThat(RvToolsReader.isRvTools(nativeWorkbook)).isFalse();
        assertThat(RvToolsReader.isRvTools(text)).isFalse();
        assertThat(RvToolsReader.isRvTools(dir.resolve("missing.xlsx"))).isFalse();
        assertThat(RvToolsReader.isRvTools(dir)).isFalse();
    }

    @Test
    void aFileThatIsNotAnExportGetsOneClearMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RvToolsReader.read(text));
        assertThat(e.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("is not an RVTools export");
        Path nativeWorkbook = new Exports().tab("Workloads", row("workload"), row("a")).xlsx(dir.resolve("native.xlsx"));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> RvToolsReader.read(nativeWorkbook));
        assertThat(missing.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("has no vInfo tab"));
    }
}
