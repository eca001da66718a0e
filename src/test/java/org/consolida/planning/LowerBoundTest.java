package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.consolida.inventory.HostState;
import org.consolida.inventory.SpreadScope;
import org.junit.jupiter.api.Test;

class LowerBoundTest {
    @Test
    void energyPoursDemandIntoTheMostEfficientCapacityFirst() {
        // m10: 200 W at 10 GHz is its best ratio, 0.02 W/MHz; eco: 100 W at 10 GHz, 0.01 W/MHz.
        // 15 GHz: 10 GHz on eco (100 W) and 5 GHz on m10 at 0.02 (100 W) = 200 W × 8.76 kWh per W-year.
        TestInventory inventory = new TestInventory().model("eco", 10, 64, 1, 40, 100)
                .host("h1").host("eco", "eco", "r1", "c1", HostState.ON)
                .workload("a", 7, 8).workload("b", 8, 8);
        LowerBound bound = LowerBound.of(PlacementProblem.of(inventory.build(), List.of()));
        assertThat(bound.energyKwhPerYear()).isCloseTo(200 * 8.76, within(0.01));
        assertThat(bound.activeHosts()).isEqualTo(2);
    }

    @Test
    void activeHostsCountsTheBindingResourceAndHostSpreadGroups() {
        // Memory binds: 3 × 40 GiB on 64 GiB hosts needs two; a group of three spread per host needs three.
        TestInventory inventory = new TestInventory().host("h1").host("h2").host("h3").host("h4")
                .workload("a", 1, 40).workload("b", 1, 40).workload("c", 1, 40);
        assertThat(LowerBound.of(PlacementProblem.of(inventory.build(), List.of())).activeHosts()).isEqualTo(2);
        inventory.workload("x", 0.1, 1, null, "g", SpreadScope.HOST, false)
                .workload("y", 0.1, 1, null, "g", SpreadScope.HOST, false)
                .workload("z", 0.1, 1, null, "g", SpreadScope.HOST, false);
        assertThat(LowerBound.of(PlacementProblem.of(inventory.build(), List.of())).activeHosts()).isEqualTo(3);
    }
}
