package org.consolida.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.consolida.io.Inventories;
import org.consolida.io.ReadResult;
import org.consolida.io.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user's workbook may look like and still be read as meant. */
class ExcelInventoryReaderTest {
    @TempDir
    Path dir;

    private Inventory read(MinimalWorkbook workbook) throws IOException {
        return Inventories.read(workbook.write(dir.resolve("inventory.xlsx")));
    }

    @Test
    void theMinimalWorkbookIsTheTemplatesExampleInventory() throws IOException {
        assertThat(read(MinimalWorkbook.valid())).isEqualTo(Template.exampleInventory());
    }

    @Test
    void matchesHeadersIgnoringCaseSpacesAndAUnitInBrackets() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .header("Workloads", "memory_gib", "Memory (GiB)")
                .header("Hypervisors", "overhead_full_pct", "Overhead full (%)")
                .header("Racks", "units", "Units [U]")
                .header("Hosts", "model", "  MODEL "));

        assertThat(inventory).isEqualTo(Template.exampleInventory());
    }

    @Test
    void acceptsNumbersStoredAsText() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .set("Workloads", 2, "vcpus", "4")
                .set("Workloads", 2, "memory_gib", " 16.0 "));

        assertThat(inventory.workload("web-01").vcpus()).isEqualTo(4);
        assertThat(inventory.workload("web-01").memoryGib()).isEqualTo(16.0);
    }

    @Test
    void readsAFormulaByItsCachedValue() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .set("Workloads", 2, "memory_gib", new MinimalWorkbook.Formula("8*3")));

        assertThat(inventory.workload("web-01").memoryGib()).isEqualTo(24.0);
    }

    @Test
    void readsAPercentCellAsPointsInAPctColumnAndAsAShareInAFractionColumn() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .set("Hypervisors", 2, "overhead_full_pct", new MinimalWorkbook.Formatted(0.06, "0%"))
                .set("Profiles", 2, "h08", new MinimalWorkbook.Formatted(0.25, "0.00%"))
                .set("Profiles", 2, "h09", "40%")
                .set("Hypervisors", 2, "overhead_para_pct", "2.5%"));

        assertThat(inventory.hypervisors().get(0).overheadFullPct()).isEqualTo(6.0);
        assertThat(inventory.hypervisors().get(0).overheadParaPct()).isEqualTo(2.5);
        assertThat(inventory.profiles().get(0).hourlyShare().get(8)).isEqualTo(0.25);
        assertThat(inventory.profiles().get(0).hourlyShare().get(9)).isEqualTo(0.4);
    }

    @Test
    void readsPolicyValuesIncludingAPercentCell() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .set("Policy", 2, "value", 1.5)
                .addRow("Policy", Map.of("key", "max_utilization", "value",
                        new MinimalWorkbook.Formatted(0.7, "0%")))
                .addRow("Policy", Map.of("key", "failover", "value", "n+1")));

        assertThat(inventory.policy().cpuOvercommit()).isEqualTo(1.5);
        assertThat(inventory.policy().maxUtilization()).isEqualTo(0.7);
        assertThat(inventory.policy().failover()).isEqualTo(org.consolida.inventory.FailoverPolicy.N_PLUS_1);
    }

    @Test
    void keepsFullPrecisionOfANumberDisplayedRounded() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .set("Workloads", 2, "cpu_ghz", new MinimalWorkbook.Formatted(1.0 / 3, "0.0")));

        assertThat(inventory.workload("web-01").cpuGhz()).isEqualTo(1.0 / 3);
    }

    @Test
    void skipsBlankRows() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .addBlankRow("Workloads")
                .addRow("Workloads", Map.of("workload", "app-01")));

        assertThat(inventory.workloads()).extracting(w -> w.id()).containsExactly("web-01", "db-01", "app-01");
    }

    @Test
    void aBlankCurrentHostMeansNotPlacedToday() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid().set("Workloads", 3, "current_host", null));

        assertThat(inventory.workload("db-01").currentHost()).isNull();
    }

    @Test
    void aBlankProfileMeansFlatAndOptionalSheetsMayBeLeftOut() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid()
                .set("Workloads", 2, "profile", null)
                .set("Workloads", 3, "profile", null)
                .removeSheet("Profiles")
                .removeSheet("Policy"));

        assertThat(inventory.workload("web-01").profile()).isEqualTo(org.consolida.inventory.DemandProfile.flat());
        assertThat(inventory.policy()).isEqualTo(org.consolida.inventory.Policy.defaults());
    }

    @Test
    void aProfileNamedWithoutAProfilesSheetSaysSo() throws IOException {
        Path file = MinimalWorkbook.valid().removeSheet("Profiles").write(dir.resolve("noprofiles.xlsx"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inventories.read(file))
                .isInstanceOf(org.consolida.inventory.InvalidInputException.class)
                .hasMessageContaining("Workloads!O2: profile \"office\" is not in Profiles (there is no Profiles sheet)");
    }

    @Test
    void idleAndMaxWattsGiveALinearCurve() throws IOException {
        Inventory inventory = read(MinimalWorkbook.valid());

        assertThat(inventory.hostModels().get(1).powerCurve())
                .isEqualTo(org.consolida.inventory.PowerCurve.linear(135, 560));
    }

    @Test
    void warnsButAcceptsAHostOverCapacityTodayAndWorkOnAHostThatIsOff() throws IOException {
        ReadResult result = Inventories.readWithWarnings(MinimalWorkbook.valid()
                .set("Workloads", 2, "memory_gib", 2000)
                .set("Hosts", 2, "state", "off")
                .write(dir.resolve("over.xlsx")));

        assertThat(result.warnings()).extracting(Problem::where).containsOnly("Hosts!A2");
        assertThat(result.warnings()).extracting(Problem::message).containsExactly(
                "host \"esx-01\" is off but 2 workloads run on it today (first: web-01)",
                "host \"esx-01\" is over its memory capacity today: 2032 GiB demanded, 1024 GiB available");
    }

    @Test
    void warnsAboutAColumnThatIsNotPartOfTheFormat() throws IOException {
        ReadResult result = Inventories.readWithWarnings(MinimalWorkbook.valid()
                .header("Workloads", "os", "colour")
                .write(dir.resolve("extra.xlsx")));

        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly(dir.resolve("extra.xlsx") + ": Workloads!G1: warning: column \"colour\" is not part "
                        + "of Workloads; it is ignored");
    }
}
