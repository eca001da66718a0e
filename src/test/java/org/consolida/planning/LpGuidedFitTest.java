package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.consolida.inventory.HostState;
import org.junit.jupiter.api.Test;

class LpGuidedFitTest {
    @Test
    void fillsTheHostsTheBoundsLpKeepsOnBeforeAnyOther() {
        // "old" (100–200 W) comes first in the inventory, "eco" (40–100 W) second; 7 GHz fits on either. First fit in
        // inventory order opens old; the LP keeps eco on, so the guided fit puts everything there.
        TestInventory inventory = new TestInventory().model("eco", 10, 64, 1, 40, 100)
                .host("old").host("eco", "eco", "r1", "c1", HostState.ON)
                .workload("a", 3, 8).workload("b", 4, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(inventory.build()), List.of());
        double[] share = LowerBound.of(problem).relaxation().hostOnShare();
        assertThat(share[1]).isGreaterThan(share[0]);

        PlannedHost[] guided = LpGuidedFit.assign(problem, share);

        assertThat(Arrays.stream(guided).map(PlannedHost::id)).containsExactly("eco", "eco");
        assertThat(Arrays.stream(Baselines.firstFitDecreasing(problem)).map(PlannedHost::id))
                .containsExactly("old", "old");
    }
}
