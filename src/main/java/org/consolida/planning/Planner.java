package org.consolida.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.ForbiddenPlacements;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * Plans a placement: builds the problem, computes the baselines and the lower bound, starts from today's placement
 * (or from the better baseline when nothing runs anywhere yet), improves it by local search, and explains the result.
 */
public final class Planner {
    private static final double TIME_CEILING_FACTOR = 3;

    public PlanResult plan(Inventory inventory, List<Restriction> restrictions, SolveSettings settings,
                           SolveListener listener) {
        return plan(inventory, ForbiddenPlacements.of(inventory, restrictions), settings, listener);
    }

    public PlanResult plan(Inventory inventory, ForbiddenPlacements restrictions, SolveSettings settings,
                           SolveListener listener) {
        long startNanos = System.nanoTime();
        listener.started(settings.timeLimit());
        PlacementSolution problem = PlacementProblem.of(inventory, restrictions, settings.objective());
        // One factory (building one costs seconds on large models): it scores the candidates, then solves with the
        // termination known only once they are built.
        SolverFactory<PlacementSolution> factory = SolverFactory.create(solverConfig(settings, settings.timeLimit()));
        SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring = SolutionManager.create(factory);

        PlannedHost[] today = today(problem);
        Set<PlannedHost> onToday = new HashSet<>();
        problem.getHosts().stream().filter(h -> h.host().state() == HostState.ON).forEach(onToday::add);
        PlanMetrics before = PlanMetrics.of(problem, today, onToday);

        // The first feasible plan may be a baseline: the search starts from the best candidate, never worse.
        AtomicLong firstFeasible = new AtomicLong(-1);
        PlanResult.Baseline ffd = baseline(problem, Baselines.firstFitDecreasing(problem), scoring);
        noteFeasible(ffd.score(), firstFeasible, startNanos);
        PlanResult.Baseline pabfd = baseline(problem, Baselines.powerAwareBestFit(problem), scoring);
        noteFeasible(pabfd.score(), firstFeasible, startNanos);
        // The bound reads only what the search never changes (demands, restrictions, pins), so it is computed on the
        // second core while the candidates are built and the search runs: its LP takes seconds at 100,000 workloads.
        CompletableFuture<LowerBound> bound = CompletableFuture.supplyAsync(() -> LowerBound.of(problem));

        // Start from the best of today's placement and the two baselines, all scored alike (moves cost): the search
        // then never ends worse than either baseline, and re-planning keeps today's placement when it is best.
        String start = "power-aware best fit";
        PlannedHost[] initial = pabfd.assignment();
        HardMediumSoftLongScore startScore = pabfd.score();
        if (ffd.score().compareTo(startScore) > 0) {
            start = "first-fit decreasing";
            initial = ffd.assignment();
            startScore = ffd.score();
        }
        PlannedHost[] consolidating = Baselines.consolidatingBestFit(problem);
        PlanMetrics.apply(problem, consolidating);
        HardMediumSoftLongScore consolidatingScore = scoring.update(problem);
        noteFeasible(consolidatingScore, firstFeasible, startNanos);
        if (consolidatingScore.compareTo(startScore) > 0) {
            start = "consolidating best fit";
            initial = consolidating;
            startScore = consolidatingScore;
        }
        if (settings.objective() == Objective.ENERGY) {
            // The energy objective starts where the bound's LP points: its chosen machines filled first.
            LowerBound.Relaxation lp = bound.join().relaxation();
            if (lp != null && lp.hostOnShare() != null) {
                PlannedHost[] guided = LpGuidedFit.assign(problem, lp.hostOnShare());
                PlanMetrics.apply(problem, guided);
                HardMediumSoftLongScore guidedScore = scoring.update(problem);
                noteFeasible(guidedScore, firstFeasible, startNanos);
                if (guidedScore.compareTo(startScore) > 0) {
                    start = "LP-guided first fit";
                    initial = guided;
                    startScore = guidedScore;
                }
            }
        }
        if (PlacementProblem.hasCurrentPlacement(problem)) {
            PlannedHost[] todayPlus = Baselines.todayPlusFirstFit(problem);
            PlanMetrics.apply(problem, todayPlus);
            if (scoring.update(problem).compareTo(startScore) > 0) {
                start = "today's placement";
                initial = todayPlus;
            }
        }
        PlanMetrics.apply(problem, initial);
        noteFeasible(scoring.update(problem), firstFeasible, startNanos);

        long setupMillis = millisSince(startNanos);
        Duration solveLimit = Duration.ofMillis(Math.max(1_000, settings.timeLimit().toMillis() - setupMillis));
        Solver<PlacementSolution> solver = factory.buildSolver(
                new SolverConfigOverride<PlacementSolution>().withTerminationConfig(termination(settings, solveLimit)));
        solver.addEventListener(event -> {
            HardMediumSoftLongScore best = (HardMediumSoftLongScore) event.getNewBestScore();
            long elapsed = millisSince(startNanos);
            if (best.hardScore() == 0) {
                firstFeasible.compareAndSet(-1, elapsed);
            }
            listener.improved(elapsed, best, event.getNewBestSolution().activeHostCount());
        });
        long solveStart = System.nanoTime();
        PlacementSolution plan = solver.solve(problem);
        long solveMillis = millisSince(solveStart);
        listener.finished();
        DefaultSolver<PlacementSolution> defaultSolver = (DefaultSolver<PlacementSolution>) solver;
        long moves = defaultSolver.getMoveEvaluationCount();

        String termination = termination(settings, solveMillis, solveLimit);
        PlanMetrics after = PlanMetrics.of(plan, PlanMetrics.assignmentOf(plan));
        ScoreExplanation explanation = ScoreExplanation.of(scoring.analyze(plan));
        PlanResult.SolveStats stats = new PlanResult.SolveStats(settings.timeLimit().toMillis(), settings.seed(),
                settings.reproducible() && !termination.equals("time ceiling"), termination, solveMillis, moves,
                solveMillis == 0 ? 0 : moves * 1000 / solveMillis,
                firstFeasible.get() < 0 ? null : firstFeasible.get(), start, settings.objective());
        return new PlanResult(plan, before, after, ffd, pabfd, bound.join(), explanation, stats);
    }

    static TerminationConfig termination(SolveSettings settings, Duration solveLimit) {
        if (settings.reproducible()) {
            return new TerminationConfig().withMoveCountLimit(settings.moveBudget())
                    .withMillisecondsSpentLimit((long) (settings.timeLimit().toMillis() * TIME_CEILING_FACTOR));
        }
        return new TerminationConfig().withSpentLimit(solveLimit).withUnimprovedSpentLimit(settings.unimprovedLimit());
    }

    static SolverConfig solverConfig(SolveSettings settings, Duration solveLimit) {
        TerminationConfig termination = termination(settings, solveLimit);
        return new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.seed() == null ? 0L : settings.seed())
                .withTerminationConfig(termination)
                .withPhases(localSearch(settings.objective()));
    }

    /**
     * Change moves do most of the work; swaps exchange a big and a small workload when neither fits alone. Under the
     * energy objective, evacuations empty one host into the other active ones and replacements move one or two hosts'
     * workloads onto one efficient host that is off ({@link EvacuationMoveFactory}): a host's idle power is saved only
     * when its last workload leaves, a ridge that change moves cross only through worse plans. Weights 2 : 1 : 0.2 :
     * 0.2; on medium and large they cut plan/bound at the same move count and time (docs/planning.md, "Issue 13").
     * Under the cost objective they stay out: moving a host's workloads apart breaks up traffic and pays migrations, so
     * on medium they cost five times the move speed and ended with a worse yearly cost. Ruin and recreate (Timefold's,
     * for basic variables) stays off: its recreate tries every host for every ruined workload, which cost more than it
     * found here. Late acceptance (50, best of 4 accepted moves per step) lets the search pass through slightly worse
     * plans on the way to an emptier one; on medium.xlsx in 25 s it beat late acceptance 400 and 2,000, entity tabu
     * and simulated annealing. Pillar moves would also empty a host in one move, but Timefold rebuilds its pillars
     * every step, which cost ten times the move speed here. {@link #localSearch()} is the cost objective's search.
     */
    static LocalSearchPhaseConfig localSearch() {
        return localSearch(Objective.COST);
    }

    /** The local search for an objective: evacuations and replacements only when energy alone is minimised. */
    static LocalSearchPhaseConfig localSearch(Objective objective) {
        boolean energy = objective == Objective.ENERGY;
        List<MoveSelectorConfig> selectors = new ArrayList<>();
        selectors.add(new ChangeMoveSelectorConfig().withFixedProbabilityWeight(weight(CHANGE_WEIGHT_PROPERTY, 2.0)));
        selectors.add(new SwapMoveSelectorConfig().withFixedProbabilityWeight(weight(SWAP_WEIGHT_PROPERTY, 1.0)));
        double evacuate = weight(EVACUATE_WEIGHT_PROPERTY, energy ? EVACUATE_WEIGHT_ENERGY : 0);
        if (evacuate > 0) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EvacuationMoveFactory.class)
                    .withFixedProbabilityWeight(evacuate));
        }
        double replace = weight(REPLACE_WEIGHT_PROPERTY, energy ? REPLACE_WEIGHT_ENERGY : 0);
        if (replace > 0) {
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(EvacuationMoveFactory.Replacement.class)
                    .withFixedProbabilityWeight(replace));
        }
        double ruin = weight(RUIN_WEIGHT_PROPERTY, 0.0);
        if (ruin > 0) {
            selectors.add(new RuinRecreateMoveSelectorConfig()
                    .withMinimumRuinedCount(Integer.getInteger(RUIN_MIN_PROPERTY, 5))
                    .withMaximumRuinedCount(Integer.getInteger(RUIN_MAX_PROPERTY, 20))
                    .withFixedProbabilityWeight(ruin));
        }
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig().withMoveSelectors(selectors.toArray(MoveSelectorConfig[]::new));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withLateAcceptanceSize(Integer.getInteger(LATE_ACCEPTANCE_PROPERTY, 50)))
                .withForagerConfig(new LocalSearchForagerConfig()
                        .withAcceptedCountLimit(Integer.getInteger(ACCEPTED_COUNT_PROPERTY, 4)));
    }

    /** The evacuation's and the replacement's weights beside change 2 and swap 1, under the energy objective. */
    static final double EVACUATE_WEIGHT_ENERGY = 0.2;
    static final double REPLACE_WEIGHT_ENERGY = 0.2;

    private static double weight(String property, double defaultWeight) {
        String value = System.getProperty(property);
        return value == null ? defaultWeight : Double.parseDouble(value);
    }

    /** For benchmarks only (bench/plan.sh with CONSOLIDA_JAVA_OPTS): the acceptor's and the forager's sizes. */
    static final String LATE_ACCEPTANCE_PROPERTY = "consolida.search.lateAcceptance";
    static final String ACCEPTED_COUNT_PROPERTY = "consolida.search.acceptedCount";
    /** For benchmarks only: the move kinds' probability weights (0 leaves a kind out) and the ruin sizes. */
    static final String CHANGE_WEIGHT_PROPERTY = "consolida.search.change";
    static final String SWAP_WEIGHT_PROPERTY = "consolida.search.swap";
    static final String EVACUATE_WEIGHT_PROPERTY = "consolida.search.evacuate";
    static final String REPLACE_WEIGHT_PROPERTY = "consolida.search.replace";
    static final String RUIN_WEIGHT_PROPERTY = "consolida.search.ruin";
    static final String RUIN_MIN_PROPERTY = "consolida.search.ruinMin";
    static final String RUIN_MAX_PROPERTY = "consolida.search.ruinMax";

    private static PlanResult.Baseline baseline(PlacementSolution problem, PlannedHost[] assignment,
                                                SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring) {
        PlanMetrics.apply(problem, assignment);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = scoring.analyze(problem, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        Map<String, Long> soft = new TreeMap<>();
        analysis.constraintAnalyses().forEach(c -> soft.put(c.constraintName(), c.score().softScore()));
        return new PlanResult.Baseline(assignment, PlanMetrics.of(problem, assignment), analysis.score(), soft);
    }

    private static PlannedHost[] today(PlacementSolution problem) {
        PlannedHost[] today = new PlannedHost[problem.getPlacements().size()];
        problem.getPlacements().forEach(p -> today[p.getIndex()] = p.getCurrentHost());
        return today;
    }

    private static String termination(SolveSettings settings, long solveMillis, Duration solveLimit) {
        if (settings.reproducible()) {
            return solveMillis >= settings.timeLimit().toMillis() * TIME_CEILING_FACTOR ? "time ceiling" : "move budget";
        }
        return solveMillis >= solveLimit.toMillis() ? "time" : "unimproved time";
    }

    private static void noteFeasible(HardMediumSoftLongScore score, AtomicLong firstFeasible, long startNanos) {
        if (score.hardScore() == 0) {
            firstFeasible.compareAndSet(-1, millisSince(startNanos));
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
