package org.consolida.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.ForbiddenPlacements;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
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
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Plans a placement: builds the problem, computes the baselines and the lower bound, starts from today's placement
 * (or from the better baseline when nothing runs anywhere yet), improves it by local search, and explains the result.
 *
 * <p>From {@link #DECOMPOSE_AT_WORKLOADS} workloads on, the problem is split into parts that share no hard constraint
 * ({@link Decomposition}); each part builds its own start and is searched by its own solver, in parallel on every
 * core; the merged plan is then searched once more as a whole, with every constraint, for {@link #GLOBAL_PASS_SHARE}
 * of the search, and scored in full. Smaller inventories are one solve.
 */
public final class Planner {
    private static final double TIME_CEILING_FACTOR = 3;
    /**
     * Below this many workloads one solver searches the whole problem: medium (1,000) and large (10,000) inventories
     * reach their plans in the default 30 s that way, and a split would only cut moves across parts. At 100,000 one
     * solver's start alone took minutes before the host index, and its moves/s fall with the problem's size.
     */
    static final int DECOMPOSE_AT_WORKLOADS = 20_000;
    /** The share of the search (time, or the move budget of a seeded run) kept for the global pass. */
    static final double GLOBAL_PASS_SHARE = 0.2;

    private final int decomposeAtWorkloads;
    private final int partCount;

    public Planner() {
        this(DECOMPOSE_AT_WORKLOADS, 0);
    }

    /**
     * @param decomposeAtWorkloads split problems with at least this many workloads (tests force small splits)
     * @param partCount            how many parts, or 0 for one per available processor (at least two)
     */
    Planner(int decomposeAtWorkloads, int partCount) {
        this.decomposeAtWorkloads = decomposeAtWorkloads;
        this.partCount = partCount;
    }

    public PlanResult plan(Inventory inventory, List<Restriction> restrictions, SolveSettings settings,
                           SolveListener listener) {
        return plan(inventory, ForbiddenPlacements.of(inventory, restrictions), settings, listener);
    }

    public PlanResult plan(Inventory inventory, ForbiddenPlacements restrictions, SolveSettings settings,
                           SolveListener listener) {
        long startNanos = System.nanoTime();
        listener.started(settings.timeLimit());
        listener.stage("building the problem");
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
        // The bound reads only what the search never changes (demands, restrictions, pins), so it is computed on
        // another core while the candidates are built and the search runs: its LP takes seconds at 100,000 workloads.
        CompletableFuture<LowerBound> bound = CompletableFuture.supplyAsync(() -> LowerBound.of(problem));
        listener.stage("baselines");
        PlanResult.Baseline ffd = baseline(problem, Baselines.firstFitDecreasing(problem), scoring);
        noteFeasible(ffd.score(), firstFeasible, startNanos);
        PlanResult.Baseline pabfd = baseline(problem, Baselines.powerAwareBestFit(problem), scoring);
        noteFeasible(pabfd.score(), firstFeasible, startNanos);

        int parts = problem.getPlacements().size() >= decomposeAtWorkloads
                ? (partCount > 0 ? partCount : Math.max(2, Runtime.getRuntime().availableProcessors())) : 1;
        Searched searched = parts > 1
                ? decomposed(problem, parts, settings, scoring, bound, firstFeasible, startNanos, listener)
                : single(problem, factory, settings, scoring, bound, List.of(pabfd, ffd), firstFeasible, startNanos,
                        listener);
        listener.finished();

        PlacementSolution plan = searched.plan();
        String termination = termination(settings, searched.millis(), searched.limit());
        PlanMetrics after = PlanMetrics.of(plan, PlanMetrics.assignmentOf(plan));
        ScoreExplanation explanation = ScoreExplanation.of(scoring.analyze(plan));
        PlanResult.SolveStats stats = PlanResult.SolveStats.builder().timeLimitMillis(settings.timeLimit().toMillis())
                .seed(settings.seed()).reproducible(settings.reproducible() && !termination.equals("time ceiling"))
                .termination(termination).search(searched.millis(), searched.moves())
                .firstFeasibleMillis(firstFeasible.get() < 0 ? null : firstFeasible.get()).start(searched.start())
                .objective(settings.objective()).parts(searched.parts()).build();
        return new PlanResult(plan, before, after, ffd, pabfd, bound.join(), explanation, stats);
    }

    /** A search's outcome: the plan, its start, search time and limit, moves evaluated, and per-part figures. */
    private record Searched(PlacementSolution plan, String start, long millis, Duration limit, long moves,
                            List<PlanResult.PartStats> parts) {
    }

    /** A start: its name, its assignment and its score. */
    private record Start(String name, PlannedHost[] assignment, HardMediumSoftLongScore score) {
    }

    /** Today's single solve: the best start among the baselines and the constructions, then one local search. */
    private Searched single(PlacementSolution problem, SolverFactory<PlacementSolution> factory, SolveSettings settings,
                            SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring,
                            CompletableFuture<LowerBound> bound, List<PlanResult.Baseline> baselines,
                            AtomicLong firstFeasible, long startNanos, SolveListener listener) {
        Start best = null;
        for (PlanResult.Baseline baseline : baselines) {
            String name = baseline == baselines.get(0) ? "power-aware best fit" : "first-fit decreasing";
            if (best == null || baseline.score().compareTo(best.score()) > 0) {
                best = new Start(name, baseline.assignment(), baseline.score());
            }
        }
        Start start = start(problem, settings, scoring, bound, best, firstFeasible, startNanos, listener);
        PlanMetrics.apply(problem, start.assignment());

        long setupMillis = millisSince(startNanos);
        Duration solveLimit = Duration.ofMillis(Math.max(1_000, settings.timeLimit().toMillis() - setupMillis));
        listener.stage("search");
        Search search = search(factory, problem, termination(settings, solveLimit, settings.moveBudget()), solution -> {
            HardMediumSoftLongScore score = solution.getScore();
            long elapsed = millisSince(startNanos);
            if (score.hardScore() == 0) {
                firstFeasible.compareAndSet(-1, elapsed);
            }
            listener.improved(elapsed, score, solution.activeHostCount());
        });
        return new Searched(search.best(), start.name(), search.millis(), solveLimit, search.moves(), List.of());
    }

    /**
     * The decomposed solve: the parts, each with its own start and solver, on a pool as wide as the machine; then the
     * merged plan, searched again as a whole and scored with every constraint.
     */
    private Searched decomposed(PlacementSolution problem, int parts, SolveSettings settings,
                                SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring,
                                CompletableFuture<LowerBound> bound, AtomicLong firstFeasible, long startNanos,
                                SolveListener listener) {
        long searchStart = System.nanoTime();
        listener.stage("splitting into " + parts + " parts");
        List<PlacementSolution> pieces = Decomposition.split(problem, parts);
        int threads = Math.max(1, Math.min(pieces.size(), Runtime.getRuntime().availableProcessors()));
        int rounds = (pieces.size() + threads - 1) / threads;
        long remaining = Math.max(2_000, settings.timeLimit().toMillis() - millisSince(startNanos));
        // Every part searches for the same share of the window (parts run side by side, `rounds` after another).
        Duration partLimit = Duration.ofMillis(Math.max(1_000,
                (long) (remaining * (1 - GLOBAL_PASS_SHARE)) / rounds));
        long totalWorkloads = problem.getPlacements().size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "consolida-part");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<PartResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < pieces.size(); i++) {
                int part = i;
                PlacementSolution piece = pieces.get(i);
                // Per-part move budget in proportion to its size, per-part seed derived from the run's seed: the same
                // inventory and seed give the same parts, the same searches and the same merged plan.
                Long budget = settings.moveBudget() == null ? null : Math.max(1_000L, (long) (settings.moveBudget()
                        * (1 - GLOBAL_PASS_SHARE) * piece.getPlacements().size() / totalWorkloads));
                Long seed = settings.seed() == null ? null : settings.seed() * 1_000_003L + part + 1;
                futures.add(pool.submit(() -> solvePart(piece, part, pieces.size(), settings, seed, budget, partLimit,
                        scoring, bound, startNanos, listener)));
            }
            List<PartResult> results = new ArrayList<>();
            for (Future<PartResult> future : futures) {
                results.add(future.get());
            }
            // Merge in part order: each part's placements are its own, so the order only fixes the bookkeeping.
            Placement[] byIndex = new Placement[problem.placementSlots()];
            problem.getPlacements().forEach(p -> byIndex[p.getIndex()] = p);
            Set<String> starts = new LinkedHashSet<>();
            List<PlanResult.PartStats> stats = new ArrayList<>();
            long moves = 0;
            for (PartResult result : results) {
                result.search().best().getPlacements().forEach(p -> byIndex[p.getIndex()].setHost(p.getHost()));
                starts.add(result.stats().start());
                stats.add(result.stats());
                moves += result.stats().moveEvaluations();
            }
            HardMediumSoftLongScore merged = scoring.update(problem);
            noteFeasible(merged, firstFeasible, startNanos);

            listener.stage("global pass over the merged plan");
            long globalMillis = Math.max(1_000, settings.timeLimit().toMillis() - millisSince(startNanos));
            Duration globalLimit = Duration.ofMillis(globalMillis);
            Long globalBudget = settings.moveBudget() == null ? null
                    : Math.max(1_000L, (long) (settings.moveBudget() * GLOBAL_PASS_SHARE));
            SolverFactory<PlacementSolution> factory = SolverFactory.create(solverConfig(settings, globalLimit));
            // A small minimum of moves, unlike the parts' 20,000: the merged plan has been searched already, and the
            // pass gets what is left of the limit (at 185 moves/s a 20,000-move minimum took 108 s of a 120 s run).
            Search global = search(factory, problem,
                    atLeast(GLOBAL_MINIMUM_MOVES, settings, termination(settings, globalLimit, globalBudget)), solution -> {
                HardMediumSoftLongScore score = solution.getScore();
                long elapsed = millisSince(startNanos);
                if (score.hardScore() == 0) {
                    firstFeasible.compareAndSet(-1, elapsed);
                }
                listener.improved(elapsed, score, -1);
            });
            stats.add(new PlanResult.PartStats("global pass", problem.getPlacements().size(),
                    problem.getHosts().size(), "merged parts (" + merged + ")", global.millis(), global.moves(),
                    PlanResult.PartStats.perSecond(global.moves(), global.millis()), global.best().getScore().toString()));
            moves += global.moves();
            return new Searched(global.best(), "decomposed into " + pieces.size() + " parts: " + String.join(", ", starts),
                    millisSince(searchStart), Duration.ofMillis(remaining), moves, stats);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("planning interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record PartResult(Search search, PlanResult.PartStats stats) {
    }

    /** One part: its best start, then its own solver with its own seed and move budget. */
    private PartResult solvePart(PlacementSolution piece, int part, int parts, SolveSettings settings, Long seed,
                                 Long budget, Duration partLimit,
                                 SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring,
                                 CompletableFuture<LowerBound> bound, long startNanos, SolveListener listener) {
        String name = "part " + (part + 1) + " of " + parts;
        long partStart = System.nanoTime();
        listener.partStage(part, parts, "construction");
        // No first-fit start per part: scoring a candidate costs a full score calculation, and the consolidating
        // best fit beat first fit on every generated inventory measured (docs/planning.md).
        Start start = start(piece, settings, scoring, bound, null, new AtomicLong(), startNanos, SolveListener.NONE);
        PlanMetrics.apply(piece, start.assignment());
        SolveSettings partSettings = new SolveSettings(settings.timeLimit(), settings.unimprovedLimit(), seed, budget,
                settings.objective());
        // The construction's time comes out of this part's window.
        Duration limit = Duration.ofMillis(Math.max(1_000, partLimit.toMillis() - millisSince(partStart)));
        SolverFactory<PlacementSolution> factory = SolverFactory.create(solverConfig(partSettings, limit));
        listener.partStage(part, parts, "search");
        Search search = search(factory, piece, atLeast(MINIMUM_MOVES, partSettings, termination(partSettings, limit, budget)),
                solution -> listener.partImproved(part, parts, solution.getScore()));
        listener.partStage(part, parts, "done, " + search.best().getScore());
        return new PartResult(search, new PlanResult.PartStats(name, piece.getPlacements().size(),
                piece.getHosts().size(), start.name(), search.millis(), search.moves(),
                PlanResult.PartStats.perSecond(search.moves(), search.millis()), search.best().getScore().toString()));
    }

    /**
     * The best start for a problem (or a part): the given one (if any), the consolidating best fit, for the energy objective
     * the LP-guided fit, and today's placement when something runs today, all scored alike (moves cost): the search
     * then never ends worse than any of them, and re-planning keeps today's placement when it is best.
     */
    private static Start start(PlacementSolution problem, SolveSettings settings,
                               SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring,
                               CompletableFuture<LowerBound> bound, Start given, AtomicLong firstFeasible,
                               long startNanos, SolveListener listener) {
        Start best = given;
        listener.stage("construction: consolidating best fit");
        best = better(problem, scoring, best, "consolidating best fit", Baselines.consolidatingBestFit(problem),
                firstFeasible, startNanos);
        if (settings.objective() == Objective.ENERGY) {
            // The energy objective starts where the bound's LP points: its chosen machines filled first.
            listener.stage("construction: waiting for the bound's LP");
            LowerBound.Relaxation lp = bound.join().relaxation();
            if (lp != null && lp.hostOnShare() != null) {
                listener.stage("construction: LP-guided first fit");
                best = better(problem, scoring, best, "LP-guided first fit", LpGuidedFit.assign(problem,
                        lp.hostOnShare()), firstFeasible, startNanos);
            }
        }
        if (PlacementProblem.hasCurrentPlacement(problem)) {
            listener.stage("construction: today's placement");
            best = better(problem, scoring, best, "today's placement", Baselines.todayPlusFirstFit(problem),
                    firstFeasible, startNanos);
        }
        return best;
    }

    private static Start better(PlacementSolution problem,
                                SolutionManager<PlacementSolution, HardMediumSoftLongScore> scoring, Start best,
                                String name, PlannedHost[] assignment, AtomicLong firstFeasible, long startNanos) {
        PlanMetrics.apply(problem, assignment);
        HardMediumSoftLongScore score = scoring.update(problem);
        noteFeasible(score, firstFeasible, startNanos);
        return best == null || score.compareTo(best.score()) > 0 ? new Start(name, assignment, score) : best;
    }

    /** One search's outcome: its best solution, the moves it evaluated and how long it ran. */
    private record Search(PlacementSolution best, long moves, long millis) {
    }

    /**
     * Runs one local search through a {@link SolverManager}, whose {@link SolverJob} reports the moves it evaluated
     * (public API: no cast to Timefold's internal solver class).
     */
    private static Search search(SolverFactory<PlacementSolution> factory, PlacementSolution problem,
                                 TerminationConfig termination, Consumer<PlacementSolution> onBest) {
        long start = System.nanoTime();
        try (SolverManager<PlacementSolution, Integer> manager = SolverManager.create(factory,
                new SolverManagerConfig().withParallelSolverCount("1"))) {
            SolverJob<PlacementSolution, Integer> job = manager.solveBuilder().withProblemId(0).withProblem(problem)
                    .withBestSolutionEventConsumer(event -> onBest.accept(event.solution()))
                    .withConfigOverride(new SolverConfigOverride<PlacementSolution>().withTerminationConfig(termination))
                    .run();
            PlacementSolution best = job.getFinalBestSolution();
            return new Search(best, job.getMoveEvaluationCount(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("planning interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    static TerminationConfig termination(SolveSettings settings, Duration solveLimit) {
        return termination(settings, solveLimit, settings.moveBudget());
    }

    /**
     * A timed search of a decomposed part evaluates at least this many moves, whatever its limit: on a loaded machine
     * the set-up of a solver over 50,000 entities can use a whole short limit, and a search that evaluates nothing
     * leaves the part as its construction made it.
     */
    static final long MINIMUM_MOVES = 20_000;

    /**
     * The global pass's minimum is smaller: it runs last, so every move past its limit is wall clock the user waits
     * for, and at 100,000 workloads it evaluated 185–1,300 moves/s (its old 20,000 cost 15–108 s past the limit) while
     * changing the merged plan's yearly cost by less than 0.01 % (docs/planning.md). It must still evaluate some.
     */
    static final long GLOBAL_MINIMUM_MOVES = 500;

    /** A timed termination that also waits for a minimum of moves; a seeded one is a move budget already. */
    private static TerminationConfig atLeast(long minimumMoves, SolveSettings settings, TerminationConfig termination) {
        if (settings.reproducible()) {
            return termination;
        }
        return new TerminationConfig().withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                .withTerminationConfigList(List.of(termination,
                        new TerminationConfig().withMoveCountLimit(minimumMoves)));
    }

    /** A seeded search stops after {@code moveBudget} moves (a time ceiling aside); a timed one after its limit. */
    static TerminationConfig termination(SolveSettings settings, Duration solveLimit, Long moveBudget) {
        if (settings.reproducible()) {
            return new TerminationConfig().withMoveCountLimit(moveBudget)
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
        PlannedHost[] today = new PlannedHost[problem.placementSlots()];
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
