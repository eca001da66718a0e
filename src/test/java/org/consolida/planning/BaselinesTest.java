package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.consolida.inventory.HostState;
import org.consolida.inventory.SpreadScope;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    private static List<String> hostIds(PlannedHost[] assignment) {
        return Arrays.stream(assignment).map(h -> h == null ? "-" : h.id()).toList();
    }

    @Test
    void firstFitDecreasingPutsTheLargestFirstOnTheFirstHostThatFits() {
        // 6 → h1, 5 → h2 (h1 has 4 left), 4 → h1, 3 → h2; w0 (1 GHz) goes last to h2 (h1 is full at 10).
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("w0", 1, 8).workload("w3", 3, 8).workload("w4", 4, 8).workload("w5", 5, 8)
                .workload("w6", 6, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(inventory.build()), List.of());
        assertThat(hostIds(Baselines.firstFitDecreasing(problem))).containsExactly("h2", "h2", "h1", "h2", "h1");
    }

    @Test
    void firstFitDecreasingLeavesUnplacedWhatFitsNowhereAndSkipsMaintenance() {
        TestInventory inventory = new TestInventory().host("h1", "m10", "r1", "c1", HostState.MAINTENANCE).host("h2")
                .workload("a", 8, 8).workload("b", 8, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(inventory.build()), List.of());
        assertThat(hostIds(Baselines.firstFitDecreasing(problem))).containsExactly("h2", "-");
    }

    @Test
    void firstFitDecreasingKeepsRedundancyGroupsApart() {
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 1, 8, null, "g", SpreadScope.HOST, false)
                .workload("b", 1, 8, null, "g", SpreadScope.HOST, false);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(inventory.build()), List.of());
        assertThat(hostIds(Baselines.firstFitDecreasing(problem))).containsExactly("h1", "h2");
    }

    @Test
    void powerAwareBestFitPrefersTheHostWhosePowerRisesLeast() {
        // "old" draws 100 W idle, "eco" 50 W: switching on the eco host costs less, and the second workload then
        // adds less there (5 W per GHz against 10 W per GHz) than opening the old host.
        TestInventory inventory = new TestInventory().model("eco", 10, 64, 1, 50, 100)
                .host("old").host("eco", "eco", "r1", "c1", HostState.ON)
                .workload("a", 2, 8).workload("b", 3, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(inventory.build()), List.of());
        assertThat(hostIds(Baselines.powerAwareBestFit(problem))).containsExactly("eco", "eco");
    }
}
