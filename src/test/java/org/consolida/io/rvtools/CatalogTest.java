package org.consolida.io.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.consolida.io.rvtools.OlderExports.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;

    private Path catalog(Object rackUnits) {
        List<Object> header = new ArrayList<>(List.of("model", "vendor", "Rack Units", "nic_gbps", "storage_gib"));
        List<Object> model = new ArrayList<>(List.of("ProLiant DL380 Gen10", "HPE", rackUnits, 25, ""));
        for (int load = 0; load <= 100; load += 10) {
            header.add("watts_" + load);
            model.add(100 + 5 * load); // 100 W idle … 600 W at full load
        }
        return new Exports()
                .tab("HostModels", header, model)
                .tab("Racks", row("rack", "site", "units", "power_kw"), row("R1", "Datacenter", 42, 1.2))
                .tab("Sites", row("site", "pue", "kwh_price", "co2_g_per_kwh", "wan_mbps"), row("Datacenter", 1.3, 0.1, 100, 500))
                .tab("Policy", row("key", "value"), row("cpu_overcommit", 2), row("failover", "n+1"))
                .xlsx(dir.resolve("catalog.xlsx"));
    }

    @Test
    void fillsModelsRacksSitesAndPolicyFromTheCatalogInsteadOfDefaults() {
        RvToolsImport imported = RvToolsReader.read(RvToolsReaderExampleTest.EXAMPLE, catalog(2), RvToolsOptions.defaults());
        Inventory inventory = imported.inventory();

        HostModel model = inventory.hostModels().get(0);
        assertThat(model.nicGbps()).isEqualTo(25.0);
        assertThat(model.powerCurve().maxWatts()).isEqualTo(600.0);
        assertThat(model.sockets()).isEqualTo(2); // hardware figures still come from vHost
        assertThat(inventory.sites().get(0).pue()).isEqualTo(1.3);
        assertThat(inventory.policy().cpuOvercommit()).isEqualTo(2.0);
        assertThat(inventory.policy().failover()).isEqualTo(FailoverPolicy.N_PLUS_1);
        // R1's 1.2 kW holds two 600 W hosts; the other five go to a default rack
        assertThat(inventory.hosts()).extracting(h -> h.rack().id())
                .containsExactly("R1", "R1", "unassigned-1", "unassigned-1", "unassigned-1", "unassigned-1", "unassigned-1");
        assertThat(imported.assumptions()).extracting(Assumption::subject).doesNotContain("site Datacenter", "policy");
        // storage is blank in the catalog: the shared-datastore figure is still an assumption
        assertThat(imported.assumptions()).filteredOn(a -> a.subject().startsWith("model ")).singleElement()
                .satisfies(a -> assertThat(a.applied()).contains("storage").doesNotContain("power", "NIC"));
    }

    @Test
    void reportsABadCatalogCellAtItsSheetAndCell() {
        Path file = catalog("two");
        assertThat(problemsReading(file))
                .containsExactly(file + ": HostModels!C2: rack_units \"two\" is not a number");
    }

    @Test
    void readsThePolicySheetAsTheTemplateDoesSoMaybeIsNotNo() {
        Path file = new Exports().tab("Policy", row("key", "value"), row("allow_cold_migration", "maybe"))
                .xlsx(dir.resolve("maybe.xlsx"));

        assertThat(problemsReading(file))
                .containsExactly(file + ": Policy!B2: allow_cold_migration \"maybe\" is not yes or no");
    }

    @Test
    void aCatalogFigureOutsideTheTemplatesRangeIsRefusedAtItsCell() {
        Path file = new Exports().tab("Sites", row("site", "pue"), row("Datacenter", 50))
                .xlsx(dir.resolve("pue.xlsx"));

        assertThat(problemsReading(file))
                .containsExactly(file + ": Sites!B2: pue 50 is out of range; it must be 1 to 5");
    }

    /** What the reader refuses the example export with this catalog for, location first. */
    private static List<String> problemsReading(Path file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RvToolsReader.read(RvToolsReaderExampleTest.EXAMPLE, file, RvToolsOptions.defaults()));
        assertThat(e).as(file + " is refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
