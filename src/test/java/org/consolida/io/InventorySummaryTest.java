package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.junit.jupiter.api.Test;

class InventorySummaryTest {
    private final Inventory example = Template.exampleInventory();

    @Test
    void powerTodayFollowsTheCurveAtTheHostsCurrentLoad() {
        // esx-01 is an R760: 2 × 32 cores at 2.4 GHz = 153.6 GHz; web-01 and db-01 demand 2.4 + 3.2 = 5.6 GHz,
        // 3.65 % load, between the curve's 118 W at 0 % and 160 W at 10 %.
        double expected = 118 + (160 - 118) * (5.6 / 153.6 * 10);

        assertThat(InventorySummary.of(example).powerWatts()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void aHostThatIsOffDrawsNothingAndOffersNoCapacity() {
        Host on = example.hosts().get(0);
        Host off = on.toBuilder().state(HostState.OFF).build();
        Inventory dark = example.toBuilder().name("dark").hosts(List.of(off)).workloads(List.of())
                .flows(List.of()).build();

        InventorySummary summary = InventorySummary.of(dark);

        assertThat(summary.powerWatts()).isZero();
        assertThat(summary.resources()).allSatisfy(r -> assertThat(r.capacity()).isZero());
        assertThat(summary.hostsByState()).isEqualTo(Map.of("off", 1));
    }

    @Test
    void countsHostsByModelAndHypervisorAndDemandAgainstCapacity() {
        InventorySummary summary = InventorySummary.of(example);

        assertThat(summary.hostsByModel()).isEqualTo(Map.of("R760", 1));
        assertThat(summary.hostsByHypervisor()).isEqualTo(Map.of("esxi-8", 1));
        assertThat(summary.workloadsByKind()).isEqualTo(Map.of("vm", 2));
        assertThat(summary.resources().get(1).demand()).isEqualTo(16 + 32);
        assertThat(summary.resources().get(1).capacity()).isEqualTo(1024);
        assertThat(summary.toText()).contains("memory").contains("48.0 of").contains("power today: 133 W");
    }
}
