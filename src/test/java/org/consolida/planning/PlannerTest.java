package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
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
        HostModel big = HostModels.TEN_CORES.toBuilder().id("big").coresPerSocket(20).rackUnits(2)
                .powerCurve(PowerCurve.linear(150, 300)).build();
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withHost("h2", h -> h.model(big)).withHosts("h3")
                .withWorkload("a", null, w -> w.cpuGhz(4).memoryGib(16).group("g"))
                .withWorkload("b", null, w -> w.cpuGhz(4).memoryGib(16).group("g")).withVm("c", 6, 8).withVm("d", 3, 30)
                .withVm("e", 2, 10).withVm("f", 5, 20).withFlow("c", "d", 200);
        assertReachesOptimum(NominalMachines.of(dc.inventory()));
    }

    @Test
    void reachesTheBruteForceOptimumWhenReplanningFromToday() {
        // Today everything runs spread over three hosts; migrations cost, so the optimum weighs moves against energy.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2", "h3").withVm("a", 3, 40, "h1")
                .withVm("b", 2, 8, "h2").withVm("c", 1, 8, "h3").withVm("d", 4, 16, "h3")
                .withWorkload("e", "h2", w -> w.cpuGhz(2).memoryGib(4).group("g"))
                .withWorkload("f", "h1", w -> w.cpuGhz(2).memoryGib(4).group("g")).withFlow("a", "b", 50);
        assertReachesOptimum(NominalMachines.of(dc.inventory()));
    }

    @Test
    void sameInventoryAndSeedGiveTheSamePlacements() {
        Inventory inventory = NominalMachines.of(TestDatacenter.random(3, 16, 120).inventory());
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
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withVm("a", 6, 8).withVm("b", 6, 8).withVm("c", 6, 8);
        PlanResult result = new Planner().plan(NominalMachines.of(dc.inventory()), List.of(), SMALL_BUDGET,
                SolveListener.NONE);
        assertThat(result.feasible()).isTrue();
        assertThat(result.unplaced()).hasSize(2);
        assertThat(result.holds()).isFalse();
        assertThat(result.score().mediumScore()).isEqualTo(-2 * 601);
    }

    @Test
    void planUsesFewerHostsThanTodayAndScoresNoWorseThanEitherBaseline() {
        Inventory inventory = NominalMachines.of(TestDatacenter.random(5, 24, 150).inventory());
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
        PlanResult result = new Planner().plan(NominalMachines.of(new TestDatacenter().withHosts("h1").inventory()),
                List.of(),
                SMALL_BUDGET, SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        assertThat(result.after().activeHosts()).isZero();
        assertThat(result.lowerBound().activeHosts()).isZero();
    }

    @Test
    void pinnedWorkloadsStayWhereTheyAre() {
        // Moving b (2 GiB) would be cheaper than moving a (32 GiB), but b is pinned to h2: a must join b.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 2, 32, "h1")
                .withWorkload("b", "h2", w -> w.cpuGhz(1).memoryGib(2).pinned(true));
        PlanResult result = new Planner().plan(NominalMachines.of(dc.inventory()), List.of(), SMALL_BUDGET,
                SolveListener.NONE);
        assertThat(hostIds(result)).containsExactly("a→h2", "b→h2");
    }

    @Test
    void leavesAMaintenanceHostEmpty() {
        TestDatacenter dc = new TestDatacenter().withHost("h1", h -> h.state(HostState.MAINTENANCE)).withHosts("h2")
                .withVm("a", 2, 8, "h1").withVm("b", 1, 8, "h1");
        PlanResult result = new Planner().plan(NominalMachines.of(dc.inventory()), List.of(), SMALL_BUDGET,
                SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        assertThat(hostIds(result)).containsExactly("a→h2", "b→h2");
    }

    @Test
    void explanationTotalsAddUpToTheScore() {
        Inventory inventory = NominalMachines.of(TestDatacenter.random(8, 8, 40).inventory());
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
