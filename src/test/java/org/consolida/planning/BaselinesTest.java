package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.PowerCurve;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    private static List<String> hostIds(PlannedHost[] assignment) {
        return Arrays.stream(assignment).map(h -> h == null ? "-" : h.id()).toList();
    }

    @Test
    void firstFitDecreasingPutsTheLargestFirstOnTheFirstHostThatFits() {
        // 6 → h1, 5 → h2 (h1 has 4 left), 4 → h1, 3 → h2; w0 (1 GHz) goes last to h2 (h1 is full at 10).
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("w0", 1, 8).withVm("w3", 3, 8)
                .withVm("w4", 4, 8).withVm("w5", 5, 8).withVm("w6", 6, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        assertThat(hostIds(Baselines.firstFitDecreasing(problem))).containsExactly("h2", "h2", "h1", "h2", "h1");
    }

    @Test
    void firstFitDecreasingLeavesUnplacedWhatFitsNowhereAndSkipsMaintenance() {
        TestDatacenter dc = new TestDatacenter().withHost("h1", h -> h.state(HostState.MAINTENANCE)).withHosts("h2")
                .withVm("a", 8, 8).withVm("b", 8, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        assertThat(hostIds(Baselines.firstFitDecreasing(problem))).containsExactly("h2", "-");
    }

    @Test
    void firstFitDecreasingKeepsRedundancyGroupsApart() {
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2")
                .withWorkload("a", null, w -> w.cpuGhz(1).memoryGib(8).group("g"))
                .withWorkload("b", null, w -> w.cpuGhz(1).memoryGib(8).group("g"));
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        assertThat(hostIds(Baselines.firstFitDecreasing(problem))).containsExactly("h1", "h2");
    }

    @Test
    void powerAwareBestFitPrefersTheHostWhosePowerRisesLeast() {
        // "old" draws 100 W idle, "eco" 50 W: switching on the eco host costs less, and the second workload then
        // adds less there (5 W per GHz against 10 W per GHz) than opening the old host.
        HostModel eco = HostModels.TEN_CORES.toBuilder().id("eco").powerCurve(PowerCurve.linear(50, 100)).build();
        TestDatacenter dc = new TestDatacenter().withHosts("old").withHost("eco", h -> h.model(eco)).withVm("a", 2, 8)
                .withVm("b", 3, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        assertThat(hostIds(Baselines.powerAwareBestFit(problem))).containsExactly("eco", "eco");
    }
}
