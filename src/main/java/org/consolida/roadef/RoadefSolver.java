package org.consolida.roadef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
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
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.score.director.incremental.IncrementalScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * Local search from the original assignment (feasible by the challenge's rules, so no construction phase), in rounds:
 * each round, one Timefold solver per thread starts from the best assignment so far (all but the first after a few
 * random feasible changes, when the schedule asks for a shake) with its own seed, and the best of them is the next
 * round's start. That is how two cores share the best solution, and how a search that walked away from a good plan
 * comes back to it: Timefold's local search cannot take a solution from outside while it runs. Whatever the search
 * returns, the checker has the last word: an infeasible or costlier result is replaced by the original assignment.
 */
public final class RoadefSolver {
    /** Below this, a round would spend more on building its solver than on searching. */
    private static final long SHORTEST_ROUND_NANOS = 200_000_000L;
    /** How much heavier the prioritized resource's load cost is in a reweighted search (S41's factor). */
    private static final long REWEIGHT_FACTOR = 10;
    /** The true-objective part of a reweighted or paired round gets its own seed. */
    private static final long SECOND_SEED_OFFSET = 1_000_003L;
    /** Nodes per machine pair's exact search: on set A (about 20 processes a pair) most pairs finish well within it. */
    private static final long PAIR_NODE_LIMIT = 200_000;
    /** Above this many processes a machine on average, a round's second search skips the machine pairs. */
    private static final int MAX_PROCESSES_PER_MACHINE_FOR_PAIRS = 30;

    private RoadefSolver() {
    }

    public static SearchResult solve(RoadefInstance instance, int[] original, SearchSettings settings) {
        return solve(instance, original, settings, EnvironmentMode.NON_REPRODUCIBLE, best -> { });
    }

    /** As {@link #solve(RoadefInstance, int[], SearchSettings)}, telling {@code onBetter} each better round's best. */
    public static SearchResult solve(RoadefInstance instance, int[] original, SearchSettings settings,
                                     Consumer<int[]> onBetter) {
        return solve(instance, original, settings, EnvironmentMode.NON_REPRODUCIBLE, onBetter);
    }

    static SearchResult solve(RoadefInstance instance, int[] original, SearchSettings settings,
                              EnvironmentMode environmentMode) {
        return solve(instance, original, settings, environmentMode, best -> { });
    }

    static SearchResult solve(RoadefInstance instance, int[] original, SearchSettings settings,
                              EnvironmentMode environmentMode, Consumer<int[]> onBetter) {
        long start = System.nanoTime();
        long deadline = start + settings.limit().toNanos();
        SolverConfig config = config(settings).withEnvironmentMode(environmentMode);
        if (environmentMode.isFullyAsserted()) {
            config.getScoreDirectorFactoryConfig().withAssertionScoreDirectorFactory(
                    new ScoreDirectorFactoryConfig().withConstraintProviderClass(RoadefConstraints.class));
        }
        SearchSettings.Schedule schedule = settings.schedule();
        int threads = Math.max(1, schedule.threads());
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "roadef-search");
            thread.setDaemon(true);
            return thread;
        }) : null;
        Evaluation originalEvaluation = RoadefChecker.check(instance, original, original);
        int[] best = original.clone();
        long bestCost = originalEvaluation.total();
        long[] gains = new long[MoveKind.values().length];
        long[] improvements = new long[MoveKind.values().length];
        long evaluations = 0;
        try {
            for (int round = 0; ; round++) {
                long remaining = deadline - System.nanoTime();
                if (round > 0 && remaining < SHORTEST_ROUND_NANOS) {
                    break;
                }
                long roundNanos = Math.min(remaining, schedule.round().toNanos());
                if (remaining - roundNanos < schedule.round().toNanos() / 2) {
                    roundNanos = remaining; // no short round at the end: the last one takes what is left
                }
                long roundEnd = System.nanoTime() + roundNanos;
                boolean lastRound = roundNanos == remaining;
                boolean pairs = schedule.pairs() > 0 && pairsAreSmall(instance);
                long known = bestCost;
                List<Future<Run>> others = new ArrayList<>();
                for (int i = 1; i < threads; i++) {
                    long seed = settings.seed() + (long) round * threads + i;
                    int[] from = best;
                    int prioritized = prioritizedResource(instance, from, round);
                    others.add(pool.submit(() -> {
                        int[] shaken = shake(instance, original, from, schedule.shake(), seed);
                        long startCost = schedule.shake() > 0 ? RoadefChecker.check(instance, original, shaken).total()
                                : known;
                        int[] next = shaken;
                        long nextCost = startCost;
                        MoveKind kind = MoveKind.SHAKE;
                        long earlier = 0;
                        if (pairs && (schedule.pairing() == SearchSettings.Pairing.FIRST
                                || schedule.pairing() == SearchSettings.Pairing.BOTH
                                || schedule.pairing() == SearchSettings.Pairing.FINAL && !lastRound)) {
                            long now = System.nanoTime();
                            MachinePairSearch.Outcome paired = MachinePairSearch.run(instance, original, next,
                                    now + (long) ((roundEnd - now) * schedule.pairs()), seed, PAIR_NODE_LIMIT,
                                    schedule.groupSize());
                            Evaluation there = RoadefChecker.check(instance, original, paired.machineIds());
                            if (there.feasible() && there.total() <= nextCost) {
                                next = paired.machineIds();
                                nextCost = there.total();
                                kind = MoveKind.MACHINE_PAIR;
                            }
                        }
                        if (schedule.reweight() > 0) {
                            long now = System.nanoTime();
                            long reweightedEnd = now + (long) ((roundEnd - now) * schedule.reweight());
                            Run reweighted = run(config, instance.prioritizing(prioritized, REWEIGHT_FACTOR), original,
                                    next, nextCost, reweightedEnd, seed);
                            Evaluation there = RoadefChecker.check(instance, original, reweighted.best());
                            // Its best by the reweighted objective; the true objective then goes on from there.
                            if (there.feasible()) {
                                next = reweighted.best();
                                nextCost = there.total();
                                kind = MoveKind.REWEIGHT;
                            }
                            earlier = reweighted.evaluations();
                        }
                        boolean pairsLast = pairs && (schedule.pairing() == SearchSettings.Pairing.LAST
                                || schedule.pairing() == SearchSettings.Pairing.FINAL && lastRound);
                        long searchEnd = pairsLast ? pairsStart(roundEnd, schedule.pairs()) : roundEnd;
                        Run run = run(config, instance, original, next, nextCost, searchEnd,
                                kind == MoveKind.SHAKE ? seed : seed + SECOND_SEED_OFFSET).after(kind, earlier);
                        return pairsLast ? pairsAfter(config, instance, original, run, roundEnd, seed, schedule) : run;
                    }));
                }
                List<Run> runs = new ArrayList<>();
                long firstSeed = settings.seed() + (long) round * threads;
                if (pairs && schedule.pairing() == SearchSettings.Pairing.BOTH) {
                    // The first thread searches first and re-solves groups last, the others the other way round.
                    Run run = run(config, instance, original, best, bestCost, pairsStart(roundEnd, schedule.pairs()),
                            firstSeed);
                    runs.add(pairsAfter(config, instance, original, run, roundEnd, firstSeed, schedule));
                } else {
                    runs.add(run(config, instance, original, best, bestCost, roundEnd, firstSeed));
                }
                for (Future<Run> other : others) {
                    runs.add(other.get());
                }
                Run winner = null;
                for (Run run : runs) {
                    evaluations += run.evaluations();
                    if (run.feasible() && (winner == null || run.cost() < winner.cost())) {
                        winner = run;
                    }
                }
                if (winner != null && winner.cost() < bestCost) {
                    // The shake's or reweighting's loss is counted so that the kinds' gains add up to the round's gain.
                    gains[winner.diversification().ordinal()] -= winner.startCost() - bestCost;
                    for (int k = 0; k < gains.length; k++) {
                        gains[k] += winner.gains()[k];
                        improvements[k] += winner.improvements()[k];
                    }
                    best = winner.best();
                    bestCost = winner.cost();
                    if (deadline - System.nanoTime() >= SHORTEST_ROUND_NANOS) {
                        onBetter.accept(best.clone()); // after the last round the caller writes the result itself
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a search thread failed", e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        int[] bestIds = best;
        Evaluation evaluation = RoadefChecker.check(instance, original, bestIds);
        if (!evaluation.feasible() || evaluation.total() > originalEvaluation.total()) {
            bestIds = original.clone();
            evaluation = originalEvaluation;
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> gainByKind = new LinkedHashMap<>();
        Map<String, Long> improvementsByKind = new LinkedHashMap<>();
        for (MoveKind kind : MoveKind.values()) {
            gainByKind.put(kind.name(), gains[kind.ordinal()]);
            improvementsByKind.put(kind.name(), improvements[kind.ordinal()]);
        }
        return new SearchResult(bestIds, evaluation, evaluations,
                evaluations * 1000 / Math.max(1, spent.toMillis()), spent, gainByKind, improvementsByKind);
    }

    /** One search of one round, from {@code from}, counting what each move kind gained when it made a new best. */
    private static Run run(SolverConfig config, RoadefInstance instance, int[] original, int[] from, long fromCost,
                           long endNanos, long seed) {
        MachineReassignment problem = MachineReassignment.of(instance, original, from);
        // The round's limit is what is left once the problem is built: on b_9 (50,000 processes) building it and the
        // solver took long enough under load that -t 20 ran 23.5 s.
        Duration limit = Duration.ofMillis(Math.max(1, (endNanos - System.nanoTime()) / 1_000_000L));
        // A solver per round and seed: a round that found nothing must not replay the last one.
        Solver<MachineReassignment> solver = SolverFactory.<MachineReassignment>create(config.copyConfig()
                .withRandomSeed(seed).withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
                .buildSolver();
        DefaultSolver<MachineReassignment> defaultSolver = (DefaultSolver<MachineReassignment>) solver;
        long[] gains = new long[MoveKind.values().length];
        long[] improvements = new long[MoveKind.values().length];
        long[] lastBest = new long[1];
        defaultSolver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<MachineReassignment> phaseScope) {
                lastBest[0] = phaseScope.<HardSoftLongScore>getBestScore().raw().softScore();
                // Timefold checks its time limit between steps, and a step of 1000 moves took seconds on a loaded
                // machine (a2_3, -t 10, 206 moves/s: 3.8 s over): the moves stop coming at the limit instead. From
                // the phase's start (after Timefold's clock started, so its limit is reached by then) plus 5 ms for
                // its millisecond clock.
                if (phaseScope.getScoreDirector() instanceof IncrementalScoreDirector<MachineReassignment, ?> director
                        && director.getIncrementalScoreCalculator() instanceof RoadefIncrementalScore scorer) {
                    scorer.setDeadlineNanos(System.nanoTime() + limit.toNanos() + 5_000_000L);
                }
            }

            @Override
            public void stepEnded(AbstractStepScope<MachineReassignment> stepScope) {
                if (stepScope.getBestScoreImproved() && stepScope instanceof LocalSearchStepScope<MachineReassignment> local
                        && local.getStep() instanceof MoveKind.Kinded kinded) {
                    long soft = stepScope.<HardSoftLongScore>getScore().raw().softScore();
                    gains[kinded.kind().ordinal()] += soft - lastBest[0];
                    improvements[kinded.kind().ordinal()]++;
                    lastBest[0] = soft;
                }
            }
        });
        MachineReassignment result = solver.solve(problem);
        HardSoftLongScore score = result.getScore();
        return new Run(result.machineIds(), score.hardScore() == 0, -score.softScore(), fromCost, gains,
                improvements, defaultSolver.getMoveEvaluationCount(), MoveKind.SHAKE);
    }

    /** When the group search of a round that ends with it starts: share {@code pairs} of what is left is its. */
    private static long pairsStart(long roundEnd, double pairs) {
        long now = System.nanoTime();
        return now + (long) ((roundEnd - now) * (1 - pairs));
    }

    /**
     * {@code run}'s best re-solved by machine groups ({@link MachinePairSearch}) until {@code endNanos}: the search ends
     * with them, so its result is a local optimum over pairs (and larger groups) when time allows. When the groups reach
     * that optimum early, Timefold searches on from it and the groups follow again, until the round ends.
     */
    private static Run pairsAfter(SolverConfig config, RoadefInstance instance, int[] original, Run run, long endNanos,
                                  long seed, SearchSettings.Schedule schedule) {
        for (int again = 1; run.feasible(); again++) {
            MachinePairSearch.Outcome paired = MachinePairSearch.run(instance, original, run.best(), endNanos,
                    seed + again * SECOND_SEED_OFFSET, PAIR_NODE_LIMIT, schedule.groupSize());
            Evaluation there = RoadefChecker.check(instance, original, paired.machineIds());
            if (there.feasible() && there.total() < run.cost()) {
                long[] gains = run.gains().clone();
                long[] improvements = run.improvements().clone();
                gains[MoveKind.MACHINE_PAIR.ordinal()] += run.cost() - there.total();
                improvements[MoveKind.MACHINE_PAIR.ordinal()]++;
                run = new Run(paired.machineIds(), true, there.total(), run.startCost(), gains, improvements,
                        run.evaluations(), run.diversification());
            }
            if (endNanos - System.nanoTime() < SHORTEST_ROUND_NANOS) {
                break;
            }
            Run more = run(config, instance, original, run.best(), run.cost(), pairsStart(endNanos, schedule.pairs()),
                    seed + again);
            if (!more.feasible()) {
                break;
            }
            long[] gains = run.gains().clone();
            long[] improvements = run.improvements().clone();
            for (int k = 0; k < gains.length; k++) {
                gains[k] += more.gains()[k];
                improvements[k] += more.improvements()[k];
            }
            // Timefold's best is never worse than where it started.
            run = new Run(more.best(), more.feasible(), more.cost(), run.startCost(), gains, improvements,
                    run.evaluations() + more.evaluations(), run.diversification());
        }
        return run;
    }

    /**
     * Whether a machine pair holds few enough processes for {@link MachinePairSearch} to search its splits through:
     * set A's a1 and a2 (10–25 processes a machine), not a1_5 (83) nor set B (40–400), where the node limit left the
     * pair search with only the last levels of its tree and the pair part won no round (docs/roadef.md).
     */
    static boolean pairsAreSmall(RoadefInstance instance) {
        return instance.processCount <= MAX_PROCESSES_PER_MACHINE_FOR_PAIRS * instance.machineCount;
    }

    /**
     * The resource whose load cost the reweighted part of round {@code round} weights up: S41 cycles through the half
     * of the resources whose load cost in the best assignment lies furthest above its lower bound.
     */
    static int prioritizedResource(RoadefInstance instance, int[] best, int round) {
        long[] excess = instance.loadCostExcess(best);
        Integer[] order = new Integer[instance.resourceCount];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(excess[b], excess[a]));
        return order[round % Math.max(1, (order.length + 1) / 2)];
    }

    /** {@code count} random changes from {@code best} that keep it feasible (capacity and conflicts checked). */
    static int[] shake(RoadefInstance instance, int[] original, int[] best, int count, long seed) {
        if (count <= 0) {
            return best;
        }
        MachineReassignment solution = MachineReassignment.of(instance, original, best);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(solution);
        java.util.Random random = new java.util.Random(seed);
        List<ProcessAssignment> processes = solution.getProcesses();
        List<Machine> machines = solution.getMachines();
        for (int done = 0, tries = 0; done < count && tries < 100 * count; tries++) {
            ProcessAssignment process = processes.get(random.nextInt(processes.size()));
            Machine from = process.getMachine();
            int to = random.nextInt(machines.size());
            if (!scorer.fits(process.index(), to)) {
                continue;
            }
            change(scorer, process, machines.get(to));
            if (scorer.calculateScore().hardScore() < 0) {
                change(scorer, process, from); // spread or dependency broken
            } else {
                done++;
            }
        }
        return solution.machineIds();
    }

    private static void change(RoadefIncrementalScore scorer, ProcessAssignment process, Machine to) {
        scorer.beforeVariableChanged(process, ReassignMove.VARIABLE);
        process.setMachine(to);
        scorer.afterVariableChanged(process, ReassignMove.VARIABLE);
    }

    /** What one search of one round found, and how. */
    private record Run(int[] best, boolean feasible, long cost, long startCost, long[] gains, long[] improvements,
                       long evaluations, MoveKind diversification) {
        /** This run as the second part of a round whose first part ({@code kind}) evaluated {@code earlier} moves. */
        Run after(MoveKind kind, long earlier) {
            return new Run(best, feasible, cost, startCost, gains, improvements, evaluations + earlier, kind);
        }
    }

    static SolverConfig config(SearchSettings settings) {
        ScoreDirectorFactoryConfig scoring = settings.scoring() == SearchSettings.Scoring.INCREMENTAL
                ? new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(RoadefIncrementalScore.class)
                : new ScoreDirectorFactoryConfig().withConstraintProviderClass(RoadefConstraints.class);
        MoveSelectorConfig<?> moves = settings.scoring() == SearchSettings.Scoring.INCREMENTAL
                // One custom factory: change, swap and costly-machine moves (ReassignmentMoves says why).
                ? new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReassignmentMoves.class)
                        .withMoveIteratorFactoryCustomProperties(
                                ReassignmentMoves.properties(settings.moves().costly(), settings.moves().big()))
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
