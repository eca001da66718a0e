package org.consolida.roadef;

import java.util.List;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * Local search from the original assignment (feasible by the challenge's rules, so no construction phase), with change
 * and swap moves. Whatever the search returns, the checker has the last word: an infeasible or costlier result is
 * replaced by the original assignment.
 */
public final class RoadefSolver {
    private RoadefSolver() {
    }

    public static SearchResult solve(RoadefInstance instance, int[] original, SearchSettings settings) {
        return solve(instance, original, settings, EnvironmentMode.NON_REPRODUCIBLE);
    }

    static SearchResult solve(RoadefInstance instance, int[] original, SearchSettings settings,
                              EnvironmentMode environmentMode) {
        long start = System.nanoTime();
        SolverConfig config = config(settings).withEnvironmentMode(environmentMode);
        if (environmentMode.isFullyAsserted()) {
            config.getScoreDirectorFactoryConfig().withAssertionScoreDirectorFactory(
                    new ScoreDirectorFactoryConfig().withConstraintProviderClass(RoadefConstraints.class));
        }
        Solver<MachineReassignment> solver = SolverFactory.<MachineReassignment>create(config).buildSolver();
        MachineReassignment best = solver.solve(MachineReassignment.of(instance, original, original));
        DefaultSolver<MachineReassignment> defaultSolver = (DefaultSolver<MachineReassignment>) solver;
        int[] bestIds = best.machineIds();
        Evaluation evaluation = RoadefChecker.check(instance, original, bestIds);
        Evaluation originalEvaluation = RoadefChecker.check(instance, original, original);
        if (!evaluation.feasible() || evaluation.total() > originalEvaluation.total()) {
            bestIds = original.clone();
            evaluation = originalEvaluation;
        }
        return new SearchResult(bestIds, evaluation, defaultSolver.getMoveEvaluationCount(),
                defaultSolver.getMoveEvaluationSpeed(), java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    static SolverConfig config(SearchSettings settings) {
        ScoreDirectorFactoryConfig scoring = settings.scoring() == SearchSettings.Scoring.INCREMENTAL
                ? new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(RoadefIncrementalScore.class)
                : new ScoreDirectorFactoryConfig().withConstraintProviderClass(RoadefConstraints.class);
        MoveSelectorConfig<?> moves = settings.scoring() == SearchSettings.Scoring.INCREMENTAL
                // One custom factory: change, swap and costly-machine moves (ReassignmentMoves says why).
                ? new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReassignmentMoves.class)
                        .withMoveIteratorFactoryCustomProperties(
                                ReassignmentMoves.properties(settings.costlyMachineMoves()))
                // Constraint Streams cannot feed the costly-machine moves: Timefold's generic change and swap.
                : new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()));
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(acceptor(settings))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(settings.acceptedCountLimit()));
        return new SolverConfig()
                .withSolutionClass(MachineReassignment.class)
                .withEntityClasses(ProcessAssignment.class)
                .withScoreDirectorFactory(scoring)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(java.time.Duration.ofMillis(Math.max(1, settings.limit().toMillis()))))
                .withPhases(localSearch);
    }

    private static LocalSearchAcceptorConfig acceptor(SearchSettings settings) {
        int size = settings.acceptorSize();
        return switch (settings.acceptor()) {
            case LATE_ACCEPTANCE -> new LocalSearchAcceptorConfig().withLateAcceptanceSize(size);
            case DIVERSIFIED_LATE_ACCEPTANCE -> new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE)).withLateAcceptanceSize(size);
            case ENTITY_TABU -> new LocalSearchAcceptorConfig().withEntityTabuSize(size);
            case SIMULATED_ANNEALING -> new LocalSearchAcceptorConfig()
                    .withSimulatedAnnealingStartingTemperature("0hard/" + size + "soft");
            case HILL_CLIMBING -> new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING));
        };
    }
}
