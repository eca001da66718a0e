package org.consolida.roadef;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.incremental.IncrementalScoreDirector;

/**
 * All the moves of the search from one random iterator: a process to a random machine (change), two processes
 * exchanging machines (swap), and the same two starting from a costly machine, the costliest (load and balance cost,
 * read from {@link RoadefIncrementalScore}) of a few random ones. One factory instead of a union of Timefold's
 * generic selectors: the profiler showed the union's bookkeeping and the reflective setter among the top costs per
 * move (docs/roadef.md). The costly-machine moves are Community's stand-in for Enterprise's nearby selection.
 * Needs the incremental scorer.
 */
public final class ReassignmentMoves implements MoveIteratorFactory<MachineReassignment, Move<MachineReassignment>> {
    /** Custom property: the weight of costly-machine moves against 1 for change and 1 for swap. */
    static final String COSTLY_WEIGHT = "costlyWeight";
    /** How many random machines compete to be the source of a costly-machine move: more is greedier. */
    private static final int TOURNAMENT = 4;

    /**
     * Custom property: the share of the search's time that goes to big-process moves ({@link BigProcessMove}). A time
     * share, not a weight: one such move costs from tens of evaluations (set A, ten processes a machine) to hundreds
     * (b_1, fifty), so a fixed weight that suits a2_2 starved b_1 (measured: 3,600 moves/s against 500,000).
     */
    static final String BIG_WEIGHT = "bigWeight";
    /** Processes on the target machine that one big-process move considers moving (S41 stops at 11 on set B). */
    static final int EVICTION_CANDIDATES = 16;
    /** The big processes are the largest this share of all (by requirement relative to the mean capacity). */
    private static final double BIG_SHARE = 0.1;

    private double costlyWeight = 1.0;
    private double bigWeight;
    // Timefold asks for an iterator at every step: the size order and the clock last for the instance (a factory
    // serves one solver).
    private RoadefInstance sortedInstance;
    private int[] bySize;
    private BigMoveClock clock;

    /** Timefold sets custom properties through these setters. */
    public void setCostlyWeight(double costlyWeight) {
        this.costlyWeight = costlyWeight;
    }

    public void setBigWeight(double bigWeight) {
        this.bigWeight = bigWeight;
    }

    static Map<String, String> properties(double costlyWeight, double bigWeight) {
        return Map.of(COSTLY_WEIGHT, String.valueOf(costlyWeight), BIG_WEIGHT, String.valueOf(bigWeight));
    }

    /** The processes in decreasing size: requirements summed over resources, each over its mean capacity. */
    static int[] bySizeDescending(RoadefInstance instance) {
        int resources = instance.resourceCount;
        double[] meanCapacity = new double[resources];
        for (int m = 0; m < instance.machineCount; m++) {
            for (int r = 0; r < resources; r++) {
                meanCapacity[r] += (double) instance.capacity(m, r) / instance.machineCount;
            }
        }
        double[] size = new double[instance.processCount];
        for (int p = 0; p < instance.processCount; p++) {
            for (int r = 0; r < resources; r++) {
                size[p] += instance.requirement(p, r) / Math.max(1.0, meanCapacity[r]);
            }
        }
        return java.util.stream.IntStream.range(0, instance.processCount).boxed()
                .sorted((a, b) -> Double.compare(size[b], size[a])).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public long getSize(ScoreDirector<MachineReassignment> scoreDirector) {
        MachineReassignment solution = scoreDirector.getWorkingSolution();
        return (long) solution.getProcesses().size() * solution.getMachines().size();
    }

    @Override
    public Iterator<Move<MachineReassignment>> createOriginalMoveIterator(
            ScoreDirector<MachineReassignment> scoreDirector) {
        throw new UnsupportedOperationException("these moves are sampled at random only");
    }

    @Override
    public Iterator<Move<MachineReassignment>> createRandomMoveIterator(
            ScoreDirector<MachineReassignment> scoreDirector, Random random) {
        RoadefIncrementalScore scorer = (RoadefIncrementalScore)
                ((IncrementalScoreDirector<MachineReassignment, ?>) scoreDirector).getIncrementalScoreCalculator();
        MachineReassignment solution = scoreDirector.getWorkingSolution();
        List<ProcessAssignment> processes = solution.getProcesses();
        List<Machine> machines = solution.getMachines();
        double total = 2 + costlyWeight;
        if (sortedInstance != solution.instance()) {
            sortedInstance = solution.instance();
            bySize = bySizeDescending(sortedInstance);
            clock = new BigMoveClock(bigWeight);
        }
        BigMoveClock clock = this.clock;
        int bigCount = Math.max(1, (int) (processes.size() * BIG_SHARE));
        return new Iterator<>() {
            private int sinceClock;

            @Override
            public boolean hasNext() {
                // Past the round's end (RoadefSolver sets it) no more moves, so a long step ends; the clock is read
                // every 16 moves, as nanoTime on every move would cost about 2 % of the search.
                return (++sinceClock & 15) != 0 || System.nanoTime() < scorer.deadlineNanos();
            }

            @Override
            public Move<MachineReassignment> next() {
                if (clock.nextIsBig(random)) {
                    int source = scorer.randomProcessOn(costlyMachine(), random);
                    // S41 takes the big process from a costly machine or from the largest processes.
                    int big = random.nextBoolean() && source >= 0 ? source : bySize[random.nextInt(bigCount)];
                    return new BigProcessMove(scorer, processes, machines, processes.get(big),
                            machines.get(random.nextInt(machines.size())), random.nextLong(), clock);
                }
                double kind = random.nextDouble() * total;
                if (kind < 1) {
                    return new ReassignMove(processes.get(random.nextInt(processes.size())),
                            machines.get(random.nextInt(machines.size())));
                }
                if (kind < 2) {
                    return new SwapProcessesMove(processes.get(random.nextInt(processes.size())),
                            processes.get(random.nextInt(processes.size())));
                }
                int process = scorer.randomProcessOn(costlyMachine(), random);
                if (process < 0) {
                    process = random.nextInt(processes.size());
                }
                int target = random.nextInt(machines.size());
                int partner = random.nextBoolean() ? -1 : scorer.randomProcessOn(target, random);
                return partner < 0 ? new ReassignMove(processes.get(process), machines.get(target), MoveKind.COSTLY)
                        : new SwapProcessesMove(processes.get(process), processes.get(partner), MoveKind.COSTLY);
            }

            /** The costliest (load and balance) of a few random machines. */
            private int costlyMachine() {
                int source = random.nextInt(machines.size());
                for (int i = 1; i < TOURNAMENT; i++) {
                    int other = random.nextInt(machines.size());
                    if (scorer.machineCost(other) > scorer.machineCost(source)) {
                        source = other;
                    }
                }
                return source;
            }
        };
    }

    /**
     * Keeps big-process moves at their share of the search's time: every 64 moves it compares the time they took with
     * the time since the iterator started and raises or lowers their probability by a tenth.
     */
    static final class BigMoveClock {
        private final double share;
        private final long start = System.nanoTime();
        private long bigNanos;
        private double probability;
        private int sinceAdjusted;

        BigMoveClock(double share) {
            this.share = share;
            this.probability = share > 0 ? 0.01 : 0;
        }

        boolean nextIsBig(Random random) {
            if (share <= 0) {
                return false;
            }
            if (++sinceAdjusted == 64) {
                sinceAdjusted = 0;
                long elapsed = System.nanoTime() - start;
                probability = bigNanos < share * elapsed ? Math.min(0.95, probability * 1.1)
                        : Math.max(0.0001, probability / 1.1);
            }
            return random.nextDouble() < probability;
        }

        void spent(long nanos) {
            bigNanos += nanos;
        }
    }
}
