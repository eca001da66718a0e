package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.consolida.inventory.HostModel;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Restriction;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class LowerBoundTest {
    private static final HostModel ECO = HostModels.TEN_CORES.toBuilder().id("eco")
            .powerCurve(PowerCurve.linear(40, 100)).build();

    @Test
    void theLpRelaxationReachesTheOptimumWhereTheSimplerFloorsFallShort() {
        // m10: 100 W idle, 200 W at 10 GHz; eco: 40 W idle, 100 W at 10 GHz. Demand 15 GHz, so two hosts are on.
        // Pouring: eco's best ratio 0.01 W/MHz for 10 GHz (100 W), then m10's 0.02 for 5 GHz (100 W) = 200 W.
        // Idle plus dynamic: 100 + 40 W idle, plus 15 GHz at the least rise, eco's 6 W/GHz = 230 W.
        // The LP: both hosts on (15 GHz does not fit one), eco's line 40 + 6 W/GHz, m10's 100 + 10 W/GHz: cheapest
        // with eco full, 100 W + 150 W = 250 W, which is the true optimum (eco full, m10 at half load).
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withHost("eco", h -> h.model(ECO)).withVm("a", 7, 8)
                .withVm("b", 8, 8);
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        assertThat(LowerBound.energyKwhPerYear(problem, problem.getHosts())).isCloseTo(200 * 8.76, within(0.01));
        assertThat(LowerBound.idlePlusDynamicKwhPerYear(problem, problem.getHosts(), 2)).isCloseTo(230 * 8.76,
                within(0.01));
        LowerBound bound = LowerBound.of(problem);
        assertThat(bound.energyKwhPerYear()).isCloseTo(250 * 8.76, within(0.01)).isLessThanOrEqualTo(250 * 8.76);
        assertThat(bound.activeHosts()).isEqualTo(2);
        assertThat(bound.relaxation().honoursRestrictions()).isFalse();
    }

    @Test
    void theLpHonoursARestrictionThatKeepsAWorkloadOffTheEfficientHost() {
        // As above, but the policy forbids "b" (8 GHz) the eco host: eco carries at most 7 GHz ("a"), m10 the other
        // 8: 40 + 6 × 7 + 100 + 10 × 8 = 262 W, which is again the optimum; ignoring the restriction gives 250 W.
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withHost("eco", h -> h.model(ECO)).withVm("a", 7, 8)
                .withVm("b", 8, 8);
        Inventory built = NominalMachines.of(dc.inventory());
        PlacementSolution problem = PlacementProblem.of(built, List.of(new Restriction("POL-T", built.workload("b"),
                built.host("eco"), "test")));
        LowerBound bound = LowerBound.of(problem);
        assertThat(bound.energyKwhPerYear()).isCloseTo(262 * 8.76, within(0.01));
        assertThat(bound.relaxation().honoursRestrictions()).isTrue();
    }

    @Test
    void activeHostsCountsTheBindingResourceAndHostSpreadGroups() {
        // Memory binds: 3 × 40 GiB on 64 GiB hosts needs two; a group of three spread per host needs three.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2", "h3", "h4").withVm("a", 1, 40).withVm("b", 1, 40)
                .withVm("c", 1, 40);
        assertThat(LowerBound.of(PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of())).activeHosts())
                .isEqualTo(2);
        dc.withWorkload("x", null, w -> w.cpuGhz(0.1).memoryGib(1).group("g"))
                .withWorkload("y", null, w -> w.cpuGhz(0.1).memoryGib(1).group("g"))
                .withWorkload("z", null, w -> w.cpuGhz(0.1).memoryGib(1).group("g"));
        assertThat(LowerBound.of(PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of())).activeHosts())
                .isEqualTo(3);
    }
}
