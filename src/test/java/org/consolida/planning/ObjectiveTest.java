package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consolida.planning.Placements.place;

import java.util.List;

import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Rack;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

class ObjectiveTest {
    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier =
            ConstraintVerifier.build(new PlacementConstraints(), PlacementSolution.class, Placement.class);

    /**
     * Two sites: "s1" (PUE 1.0, 0.10 per kWh) and "s2" (PUE 1.0, 0.30 per kWh). "a" and "b" talk at 100 Mbit/s, "a"
     * runs on h2 today, and h1 is pushed above the 80 % ceiling.
     */
    private static Inventory inventory() {
        TestDatacenter dc = new TestDatacenter();
        Rack r2 = dc.rack("r2", dc.site("s2", 1.0, 0.30, 1_000), 10);
        return NominalMachines.of(dc.withHosts("h1").withHost("h2", h -> h.rack(r2)).withVm("a", 9, 8, "h2")
                .withVm("b", 0.5, 8).withFlow("a", "b", 100).inventory());
    }

    private static PlacementSolution problem(Objective objective) {
        return PlacementProblem.of(inventory(), ForbiddenPlacements.none(), objective);
    }

    @Test
    void energyObjectivePricesTrafficMigrationsHeadroomAndRackSpaceAtZero() {
        // "a" moves from h2 to h1 (migration), runs h1 at 95 % (headroom), and "b" sits on h2 (traffic, rack space).
        for (var constraint : List.<java.util.function.BiFunction<PlacementConstraints, ai.timefold.solver.core.api
                .score.stream.ConstraintFactory, ai.timefold.solver.core.api.score.stream.Constraint>>of(
                PlacementConstraints::migration, PlacementConstraints::headroom, PlacementConstraints::traffic,
                PlacementConstraints::rackSpace)) {
            verifier.verifyThat(constraint).givenSolution(place(problem(Objective.ENERGY), "a", "h1", "b", "h2"))
                    .penalizesBy(0);
            verifier.verifyThat(constraint).givenSolution(place(problem(Objective.COST), "a", "h1", "b", "h2"))
                    .penalizes();
        }
    }

    @Test
    void energyObjectiveWeighsEveryKwhAlikeAtTheMeanPrice() {
        // Cost: 150 W at 0.10 on h1 and 150 W at 0.30 on h2 differ threefold; energy: both at the mean price, 0.20.
        PlacementSolution energy = problem(Objective.ENERGY);
        assertThat(energy.getHosts().get(0).energyCents(5_000)).isEqualTo(energy.getHosts().get(1).energyCents(5_000))
                .isEqualTo(Math.round(150 * 8_760 * 0.20 / 1000 * 100));
        PlacementSolution cost = problem(Objective.COST);
        assertThat(cost.getHosts().get(1).energyCents(5_000)).isEqualTo(3 * cost.getHosts().get(0).energyCents(5_000));
    }

    @Test
    void energyObjectiveKeepsEveryHardConstraint() {
        // 9 + 9.5 GHz on one 10 GHz host is over capacity whatever the objective.
        Inventory inventory = NominalMachines.of(new TestDatacenter().withHosts("h1").withVm("a", 9, 8)
                .withVm("b", 9.5, 8).inventory());
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(PlacementProblem.of(inventory, ForbiddenPlacements.none(), Objective.ENERGY),
                        "a", "h1", "b", "h1"))
                .penalizesBy(8_500);
    }
}
