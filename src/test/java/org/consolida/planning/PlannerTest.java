package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.SpreadScope;
import org.consolida.generator.InventoryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

class PlannerTest {
    private static final SolveSettings SMALL_BUDGET =
            new SolveSettings(Duration.ofSeconds(10), null, 1L, 20_000L);

    @Test
    void reachesTheBruteForceOptimumOfAFreshInventory() {
        // Two models differ in efficiency; a redundancy pair must not share a host; a flow prefers one host.
        TestInventory inventory = new TestInventory().model("big", 20, 64, 2, 150, 300)
                .host("h1").host("h2", "big", "r1", "c1", HostState.ON).host("h3")
                .workload("a", 4, 16, null, "g", SpreadScope.HOST, false)
                .workload("b", 4, 16, null, "g", SpreadScope.HOST, false)
                .workload("c", 6, 8).workload("d", 3, 30).workload("e", 2, 10).workload("f", 5, 20)
                .flow("c", "d", 200);
        assertReachesOptimum(NominalMachines.of(inventory.build()));
    }

    @Test
    void reachesTheBruteForceOptimumWhenReplanningFromToday() {
        // Today everything runs spread over three hosts; migrations cost, so the optimum weighs moves against energy.
        TestInventory inventory = new TestInventory().host("h1").host("h2").host("h3")
                .workload("a", 3, 40, "h1").workload("b", 2, 8, "h2").workload("c", 1, 8, "h3")
                .workload("d", 4, 16, "h3").workload("e", 2, 4, "h2", "g", SpreadScope.HOST, false)
                .workload("f", 2, 4, "h1", "g", SpreadScope.HOST, false)
                .flow("a", "b", 50);
        assertReachesOptimum(NominalMachines.of(inventory.build()));
    }

    @Test
    void sameInventoryAndSeedGiveTheSamePlacements() {
        Inventory inventory = NominalMachines.of(TestInventory.random(3, 16, 120).build());
        SolveSettings settings = new SolveSettings(Duration.ofSeconds(20), null, 42L, 15_000L);
        PlanResult first = new Planner().plan(inventory, List.of(), settings, SolveListener.NONE);
        PlanResult second = new Planner().plan(inventory, List.of(), settings, SolveListener.NONE);
        assertThat(hostIds(second)).isEqualTo(hostIds(first));
        assertThat(second.score()).isEqualTo(first.score());
        assertThat(first.stats().termination()).isEqualTo("move budget");
        assertThat(first.stats().reproducible()).isTrue();
    }

    @Test
    void overFullInventoryYieldsAPlanWithTheUnplacedNamed() {
        // One 10 GHz host, three 6 GHz workloads: only one fits.
        TestInventory inventory = new TestInventory().host("h1")
                .workload("a", 6, 8).workload("b", 6, 8).workload("c", 6, 8);
        PlanResult result = new Planner().plan(NominalMachines.of(inventory.build()), List.of(), SMALL_BUDGET, SolveListener.NONE);
        assertThat(result.feasible()).isTrue();
        assertThat(result.unplaced()).hasSize(2);
        assertThat(result.holds()).isFalse();
        assertThat(result.score().mediumScore()).isEqualTo(-2 * 601);
    }

    @Test
    void planUsesFewerHostsThanTodayAndScoresNoWorseThanEitherBaseline() {
        Inventory inventory = NominalMachines.of(TestInventory.random(5, 24, 150).build());
        PlanResult result = new Planner().plan(inventory, List.of(), SMALL_BUDGET, SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        assertThat(result.after().activeHosts()).isLessThan(result.before().activeHosts());
        assertThat(result.score()).isGreaterThanOrEqualTo(result.firstFitDecreasing().score());
        assertThat(result.score()).isGreaterThanOrEqualTo(result.powerAwareBestFit().score());
        assertThat(result.after().activeHosts()).isGreaterThanOrEqualTo(result.lowerBound().activeHosts());
        assertThat(result.after().energyKwhPerYear()).isGreaterThanOrEqualTo(result.lowerBound().energyKwhPerYear());
    }

    @ParameterizedTest
    @CsvSource({"30, 250, 3", "40, 300, 8"})
    void generatedInventoriesGetAFeasiblePlanOnFewerHostsThatBeatsBothBaselines(int hosts, int workloads, long seed) {
        Inventory inventory = InventoryGenerator.generate(hosts, workloads, seed);
        PlanResult result = new Planner().plan(inventory, List.of(), SMALL_BUDGET, SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        assertThat(result.after().activeHosts()).isLessThan(result.before().activeHosts());
        assertThat(result.score()).isGreaterThan(result.firstFitDecreasing().score());
        assertThat(result.score()).isGreaterThan(result.powerAwareBestFit().score());
        assertThat(result.after().energyKwhPerYear()).isGreaterThanOrEqualTo(result.lowerBound().energyKwhPerYear());
        assertThat(result.after().activeHosts()).isGreaterThanOrEqualTo(result.lowerBound().activeHosts());
    }

    @Test
    void plansAnInventoryWithoutWorkloads() {
        PlanResult result = new Planner().plan(NominalMachines.of(new TestInventory().host("h1").build()), List.of(), SMALL_BUDGET,
                SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        assertThat(result.after().activeHosts()).isZero();
        assertThat(result.lowerBound().activeHosts()).isZero();
    }

    @Test
    void pinnedWorkloadsStayWhereTheyAre() {
        // Moving b (2 GiB) would be cheaper than moving a (32 GiB), but b is pinned to h2: a must join b.
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 2, 32, "h1").workload("b", 1, 2, "h2", null, null, true);
        PlanResult result = new Planner().plan(NominalMachines.of(inventory.build()), List.of(), SMALL_BUDGET, SolveListener.NONE);
        assertThat(hostIds(result)).containsExactly("a→h2", "b→h2");
    }

    @Test
    void leavesAMaintenanceHostEmpty() {
        TestInventory inventory = new TestInventory().host("h1", "m10", "r1", "c1", HostState.MAINTENANCE).host("h2")
                .workload("a", 2, 8, "h1").workload("b", 1, 8, "h1");
        PlanResult result = new Planner().plan(NominalMachines.of(inventory.build()), List.of(), SMALL_BUDGET, SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        assertThat(hostIds(result)).containsExactly("a→h2", "b→h2");
    }

    @Test
    void explanationTotalsAddUpToTheScore() {
        Inventory inventory = NominalMachines.of(TestInventory.random(8, 8, 40).build());
        PlanResult result = new Planner().plan(inventory, List.of(), SMALL_BUDGET, SolveListener.NONE);
        long soft = result.explanation().constraints().stream().mapToLong(ScoreExplanation.ConstraintTotal::soft).sum();
        assertThat(soft).isEqualTo(result.score().softScore());
        assertThat(result.explanation().constraint(PlacementConstraints.ENERGY).matchCount())
                .isEqualTo(result.after().activeHosts());
    }

    private static List<String> hostIds(PlanResult result) {
        return result.plan().getPlacements().stream()
                .map(p -> p.getId() + "→" + (p.getHost() == null ? "-" : p.getHost().id())).toList();
    }

    private static void assertReachesOptimum(Inventory inventory) {
        PlacementSolution problem = PlacementProblem.of(inventory, List.of());
        HardMediumSoftLongScore optimum = bruteForceOptimum(problem);
        PlanResult result = new Planner().plan(inventory, List.of(), SMALL_BUDGET, SolveListener.NONE);
        assertThat(result.score()).isEqualTo(optimum);
    }

    /** Scores every assignment of every workload to every host or to none, and keeps the best. */
    private static HardMediumSoftLongScore bruteForceOptimum(PlacementSolution problem) {
        SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring = SolutionManager.create(
                SolverFactory.create(Planner.solverConfig(SMALL_BUDGET, Duration.ofSeconds(1))));
        List<Placement> placements = problem.getPlacements();
        List<PlannedHost> hosts = problem.getHosts();
        int choices = hosts.size() + 1;
        int[] digits = new int[placements.size()];
        HardMediumSoftLongScore best = null;
        while (true) {
            for (int i = 0; i < digits.length; i++) {
                placements.get(i).setHost(digits[i] == hosts.size() ? null : hosts.get(digits[i]));
            }
            HardMediumSoftLongScore score = scoring.update(problem);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < digits.length && ++digits[i] == choices) {
                digits[i++] = 0;
            }
            if (i == digits.length) {
                return best;
            }
        }
    }
}
