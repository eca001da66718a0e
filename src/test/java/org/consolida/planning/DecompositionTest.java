package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Inventory;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

class DecompositionTest {
    private static final Inventory GENERATED = InventoryGenerator.generate(40, 400, 5L);

    @Test
    void partsShareNoHostNoWorkloadNoGroupAndNoFlow() {
        PlacementSolution problem = PlacementProblem.of(GENERATED, ForbiddenPlacements.none());
        List<PlacementSolution> parts = Decomposition.split(problem, 3);
        assertThat(parts).hasSize(3);
        Map<PlannedHost, Integer> partOfHost = new HashMap<>();
        Map<String, Integer> partOfWorkload = new HashMap<>();
        Map<String, Integer> partOfGroup = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            int part = p;
            parts.get(p).getHosts().forEach(h -> assertThat(partOfHost.put(h, part)).isNull());
            for (Placement placement : parts.get(p).getPlacements()) {
                assertThat(partOfWorkload.put(placement.getId(), part)).isNull();
                if (placement.getGroup() != null) {
                    assertThat(partOfGroup.computeIfAbsent(placement.getGroup(), g -> part)).isEqualTo(part);
                }
                if (placement.isPinned()) {
                    assertThat(parts.get(p).getHosts()).contains(placement.getCurrentHost());
                }
            }
        }
        assertThat(partOfWorkload).hasSize(problem.getPlacements().size());
        problem.getTraffic().forEach(t -> assertThat(partOfWorkload.get(t.to())).isEqualTo(partOfWorkload.get(t.from())));
        // Every part gets a share of the hosts, not one part all of them.
        parts.forEach(part -> assertThat(part.getHosts().size()).isGreaterThan(problem.getHosts().size() / 6));
    }

    @Test
    void partsShareEachSitesWanWithinItsCapacity() {
        PlacementSolution problem = PlacementProblem.of(GENERATED, ForbiddenPlacements.none());
        List<PlacementSolution> parts = Decomposition.split(problem, 3);
        assertThat(problem.getWanLinks()).hasSize(2 * GENERATED.sites().size());
        for (int l = 0; l < problem.getWanLinks().size(); l++) {
            WanLink whole = problem.getWanLinks().get(l);
            long shares = 0;
            for (PlacementSolution part : parts) {
                WanLink share = part.getWanLinks().get(l);
                assertThat(share.key()).isEqualTo(whole.key());
                shares += share.capacityMbps();
            }
            assertThat(shares).isLessThanOrEqualTo(whole.capacityMbps());
        }
    }

    @Test
    void wanSharesFollowEachPartsFlowsAndRoundDown() {
        List<WanLink> links = List.of(new WanLink("s1", WanLink.Direction.OUT, 1_000));
        // Parts sending 1, 1 and 1 of 3 Mbit/s: 333 each, 999 in all, never above the capacity.
        assertThat(Decomposition.wanShares(links, 1, 3).get(0).capacityMbps()).isEqualTo(333);
        assertThat(Decomposition.wanShares(links, 0, 3).get(0).capacityMbps()).isZero();
        // A WAN that carries all flows at once gives each part at least all of its own flows.
        assertThat(Decomposition.wanShares(links, 300, 700).get(0).capacityMbps()).isEqualTo(428);
        assertThat(Decomposition.wanShares(links, 0, 0).get(0).capacityMbps()).isZero();
    }

    @Test
    void mergedPlanScoresTheSumOfItsParts() {
        PlacementSolution problem = PlacementProblem.of(GENERATED, ForbiddenPlacements.none());
        SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring = SolutionManager.create(
                SolverFactory.create(Planner.solverConfig(SolveSettings.seeded(Duration.ofSeconds(1), 1L),
                        Duration.ofSeconds(1))));
        List<PlacementSolution> parts = Decomposition.split(problem, 3);
        HardMediumSoftLongScore sum = HardMediumSoftLongScore.ZERO;
        for (PlacementSolution part : parts) {
            PlanMetrics.apply(part, Baselines.consolidatingBestFit(part));
            sum = sum.add(scoring.update(part));
        }
        assertThat(scoring.update(problem)).isEqualTo(sum);
    }

    @Test
    void decomposedSeededRunsGiveTheSamePlacementsAndReportEveryPart() {
        SolveSettings settings = new SolveSettings(Duration.ofSeconds(10), null, 11L, 12_000L);
        PlanResult first = new Planner(100, 3).plan(GENERATED, List.of(), settings, SolveListener.NONE);
        PlanResult second = new Planner(100, 3).plan(GENERATED, List.of(), settings, SolveListener.NONE);
        assertThat(hostIds(second)).isEqualTo(hostIds(first));
        assertThat(second.score()).isEqualTo(first.score());
        assertThat(first.stats().parts()).hasSize(4);
        assertThat(first.stats().parts().get(3).name()).isEqualTo("global pass");
        first.stats().parts().forEach(part -> assertThat(part.moveEvaluations()).isPositive());
        assertThat(first.stats().termination()).isEqualTo("move budget");
        assertThat(first.feasible()).isTrue();
        assertThat(first.score()).isGreaterThanOrEqualTo(first.firstFitDecreasing().score());
        Set<String> distinct = new HashSet<>(hostIds(first));
        assertThat(distinct.size()).isGreaterThan(1);
    }

    @Test
    void decomposedEnergySearchEvacuatesHostsInsideEachPart() {
        // A part's hosts keep their indexes in the whole problem: the evacuation and replacement moves (energy
        // objective only) must find them in the part's own host list (this threw ArrayIndexOutOfBounds at 100,000).
        SolveSettings settings = new SolveSettings(Duration.ofSeconds(10), null, 3L, 12_000L)
                .withObjective(Objective.ENERGY);
        PlanResult result = new Planner(100, 3).plan(GENERATED, List.of(), settings, SolveListener.NONE);
        assertThat(result.stats().parts()).hasSize(4);
        result.stats().parts().forEach(part -> assertThat(part.moveEvaluations()).isPositive());
        assertThat(result.feasible()).isTrue();
        assertThat(result.unplaced()).isEmpty();
    }

    private static List<String> hostIds(PlanResult result) {
        return result.plan().getPlacements().stream()
                .map(p -> p.getId() + "@" + (p.getHost() == null ? "-" : p.getHost().id())).toList();
    }
}
