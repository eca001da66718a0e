package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.consolida.inventory.HostModel;
import org.consolida.inventory.PowerCurve;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class LpGuidedFitTest {
    @Test
    void fillsTheHostsTheBoundsLpKeepsOnBeforeAnyOther() {
        // "old" (100–200 W) comes first in the inventory, "eco" (40–100 W) second; 7 GHz fits on either. First fit in
        // inventory order opens old; the LP keeps eco on, so the guided fit puts everything there.
        HostModel eco = HostModels.TEN_CORES.toBuilder().id("eco").powerCurve(PowerCurve.linear(40, 100)).build();
        TestDatacenter dc = new TestDatacenter().withHosts("old").withHost("eco", h -> h.model(eco)).withVm("a", 3, 8)
                .withVm("b", 4, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        double[] share = LowerBound.of(problem).relaxation().hostOnShare();
        assertThat(share[1]).isGreaterThan(share[0]);

        PlannedHost[] guided = LpGuidedFit.assign(problem, share);

        assertThat(Arrays.stream(guided).map(PlannedHost::id)).containsExactly("eco", "eco");
        assertThat(Arrays.stream(Baselines.firstFitDecreasing(problem)).map(PlannedHost::id))
                .containsExactly("old", "old");
    }
}
