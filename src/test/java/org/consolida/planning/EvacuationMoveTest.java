package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.PowerCurve;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

class EvacuationMoveTest {
    private static final SolveSettings SETTINGS = new SolveSettings(Duration.ofSeconds(10), null, 3L, 2_000L);

    @Test
    void emptiesAHostByBestFitKeepingRedundancyPairsApart() {
        // h1 carries b (30 GiB) and a, whose redundancy partner c runs on h2. b fits only on h2 (h3 has 24 GiB free);
        // a may not join c there, so it goes to h3.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2", "h3")
                .withWorkload("a", "h1", w -> w.cpuGhz(2).memoryGib(8).group("g"))
                .withVm("b", 3, 30, "h1")
                .withWorkload("c", "h2", w -> w.cpuGhz(2).memoryGib(8).group("g"))
                .withVm("d", 1, 40, "h3");
        PlacementSolution problem = startedFromToday(dc);

        EvacuationMove move = ledger(problem).evacuation(host(problem, "h1"));

        assertThat(targets(move)).isEqualTo(Map.of("a", "h3", "b", "h2"));
    }

    @Test
    void proposesNothingWhenOneWorkloadFitsNowhere() {
        // As above plus e (30 GiB) on h1: once b is on h2, neither h2 (26 GiB free) nor h3 (24 GiB) takes e.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2", "h3")
                .withWorkload("a", "h1", w -> w.cpuGhz(2).memoryGib(8).group("g"))
                .withVm("b", 3, 30, "h1").withVm("e", 3, 30, "h1")
                .withWorkload("c", "h2", w -> w.cpuGhz(2).memoryGib(8).group("g"))
                .withVm("d", 1, 40, "h3");
        PlacementSolution problem = startedFromToday(dc);

        assertThat(ledger(problem).evacuation(host(problem, "h1"))).isNull();
        assertThat(ledger(problem).evacuation(host(problem, "h2"))).isNotNull();
    }

    @Test
    void replacesAHostByTheEmptyHostThatDrawsLeastForItsLoad() {
        // h1 (100–200 W) carries a and b; h2 (60–120 W) and h3 (80–150 W) are empty and take both: h2 draws least.
        // h4 draws even less but has 32 GiB, too little for b and a together.
        HostModel eco = HostModels.TEN_CORES.toBuilder().id("eco").powerCurve(PowerCurve.linear(60, 120)).build();
        HostModel mid = HostModels.TEN_CORES.toBuilder().id("mid").powerCurve(PowerCurve.linear(80, 150)).build();
        HostModel small = HostModels.TEN_CORES.toBuilder().id("small").memoryGib(32)
                .powerCurve(PowerCurve.linear(30, 60)).build();
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withHost("h3", h -> h.model(mid))
                .withHost("h2", h -> h.model(eco)).withHost("h4", h -> h.model(small))
                .withVm("a", 2, 8, "h1").withVm("b", 3, 30, "h1");
        PlacementSolution problem = startedFromToday(dc);

        EvacuationMove move = ledger(problem).replacement(host(problem, "h1"));

        assertThat(targets(move)).isEqualTo(Map.of("a", "h2", "b", "h2"));
        assertThat(ledger(problem).replacement(host(problem, "h2"))).isNull(); // h2 is empty
    }

    @Test
    void aSearchOfEvacuationsAloneSwitchesHostsOffAndPassesFullAssert() {
        // FULL_ASSERT recomputes the score from scratch after every move and its undo: a wrong undo or a missed
        // variable notification fails the solve. Only evacuations are proposed, so fewer active hosts prove they ran.
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(TestDatacenter.random(5, 16, 60)
                .inventory()), ForbiddenPlacements.none(), Objective.ENERGY);
        PlacementProblem.startFromToday(problem);
        long before = problem.activeHostCount();

        PlacementSolution solved = solve(problem, new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(EvacuationMoveFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(20)), 300);

        assertThat(solved.activeHostCount()).isLessThan(before);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void theFullMoveMixPassesFullAssert() {
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(TestDatacenter.random(7, 12, 50)
                .inventory()), ForbiddenPlacements.none(), Objective.COST);
        PlacementProblem.startFromToday(problem);

        LocalSearchPhaseConfig mix = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EvacuationMoveFactory.class),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(EvacuationMoveFactory.Replacement.class),
                        new RuinRecreateMoveSelectorConfig().withMinimumRuinedCount(2).withMaximumRuinedCount(6)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(20));
        PlacementSolution solved = solve(problem, mix, 600);

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getScore().compareTo(score(problem))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theEnergySearchWithEvacuationsIsReproducibleFromItsSeed() {
        // The ledger follows the working solution and the moves draw only from Timefold's seeded Random.
        org.consolida.inventory.Inventory inventory = NominalMachines.of(TestDatacenter.random(9, 16, 120).inventory());
        SolveSettings settings = new SolveSettings(Duration.ofSeconds(20), null, 42L, 15_000L)
                .withObjective(Objective.ENERGY);
        PlanResult first = new Planner().plan(inventory, List.of(), settings, SolveListener.NONE);
        PlanResult second = new Planner().plan(inventory, List.of(), settings, SolveListener.NONE);

        assertThat(hosts(second)).isEqualTo(hosts(first));
        assertThat(first.stats().termination()).isEqualTo("move budget");
        assertThat(Planner.localSearch(Objective.ENERGY).getMoveSelectorConfig().toString())
                .contains("EvacuationMoveFactory");
    }

    private static List<String> hosts(PlanResult result) {
        return result.plan().getPlacements().stream()
                .map(p -> p.getId() + "→" + (p.getHost() == null ? "-" : p.getHost().id())).toList();
    }

    private static PlacementSolution solve(PlacementSolution problem, LocalSearchPhaseConfig phase, long moves) {
        SolverConfig config = Planner.solverConfig(SETTINGS, Duration.ofSeconds(10))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves)
                        .withSecondsSpentLimit(60L))
                .withPhases(phase);
        return SolverFactory.<PlacementSolution>create(config).buildSolver().solve(problem);
    }

    private static HardMediumSoftLongScore score(PlacementSolution problem) {
        SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring = SolutionManager.create(
                SolverFactory.create(Planner.solverConfig(SETTINGS, Duration.ofSeconds(1))));
        return scoring.update(problem);
    }

    private static PlacementSolution startedFromToday(TestDatacenter dc) {
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()), List.of());
        PlacementProblem.startFromToday(problem);
        return problem;
    }

    private static EvacuationMoveFactory.Ledger ledger(PlacementSolution problem) {
        return EvacuationMoveFactory.Ledger.of(problem);
    }

    private static PlannedHost host(PlacementSolution problem, String id) {
        return problem.getHosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, String> targets(EvacuationMove move) {
        List<Placement> moved = List.copyOf(move.getPlanningEntities().stream().map(Placement.class::cast).toList());
        return java.util.stream.IntStream.range(0, moved.size()).boxed().collect(Collectors.toMap(
                i -> moved.get(i).getId(), i -> move.targets().get(i).id()));
    }
}
