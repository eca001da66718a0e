package org.consolida.roadef;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * The big-process rearrangement of team S41 (ROADEF/EURO 2012 winners): put a large process on a machine where it
 * adds no conflict even if capacity does not allow it, then take the processes that were on that machine, in turn, to
 * their best other machine (the one that fits them and costs least): first those whose departure lowers the score,
 * then, while the machine is still over capacity, the others. Machines are ranked by the scorer's estimate of the
 * change in load, balance and move costs, without trial moves (five to ten times cheaper than scoring each trial). Single changes and swaps cannot do this on tight
 * instances (a2_*): every intermediate state is infeasible. The move ends feasible or not; the acceptor keeps it only
 * when the score says so. Its evictions are decided inside the move from the working solution, so doing it twice from
 * the same state does the same changes (Timefold evaluates a move, undoes it, and redoes the chosen one); the sample of
 * candidate machines on large instances comes from the seed the move was built with.
 */
final class BigProcessMove extends AbstractMove<MachineReassignment> implements MoveKind.Kinded {
    /** Machines examined per evicted process (S41 looks at 100). */
    static final int CANDIDATES = 100;

    private final RoadefIncrementalScore scorer;
    private final List<ProcessAssignment> processes;
    private final List<Machine> machines;
    private final ProcessAssignment big;
    private final Machine target;
    private final long seed;
    private final ReassignmentMoves.BigMoveClock clock;

    BigProcessMove(RoadefIncrementalScore scorer, List<ProcessAssignment> processes, List<Machine> machines,
                   ProcessAssignment big, Machine target, long seed, ReassignmentMoves.BigMoveClock clock) {
        this.clock = clock;
        this.scorer = scorer;
        this.processes = processes;
        this.machines = machines;
        this.big = big;
        this.target = target;
        this.seed = seed;
    }

    @Override
    public MoveKind kind() {
        return MoveKind.BIG_PROCESS;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MachineReassignment> scoreDirector) {
        return big.getMachine() != target && !scorer.conflicts(big.index(), target.index());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MachineReassignment> scoreDirector) {
        long start = System.nanoTime();
        rearrange((process, to) -> change(scoreDirector, process, to));
        // The undo that follows costs about as much again.
        clock.spent(2 * (System.nanoTime() - start));
    }

    /**
     * The move, with each change of a process's machine (trials included) made by {@code change}, which must tell
     * the scorer (before, set, after), as Timefold's score director does.
     */
    void rearrange(BiConsumer<ProcessAssignment, Machine> change) {
        int m = target.index();
        Random random = new Random(seed);
        int[] onTarget = evictionCandidates(scorer.processesOn(m), random);
        change.accept(big, target);
        int[] candidates = candidates(random);
        // First pass: evictions that pay for themselves; second: whatever it takes to fit within capacity.
        for (int pass = 0; pass < 2; pass++) {
            for (int q : onTarget) {
                if (pass == 1 && scorer.overCapacity(m) == 0) {
                    return;
                }
                ProcessAssignment process = processes.get(q);
                if (process.getMachine() != target) {
                    continue;
                }
                int best = -1;
                long bestDelta = Long.MAX_VALUE;
                for (int t : candidates) {
                    if (t != m && scorer.fits(q, t)) {
                        long delta = scorer.estimatedSoftDelta(q, t);
                        if (delta < bestDelta) {
                            best = t;
                            bestDelta = delta;
                        }
                    }
                }
                if (best >= 0 && (pass == 1 || bestDelta < 0)) {
                    change.accept(process, machines.get(best));
                }
            }
        }
    }

    /** At most {@link ReassignmentMoves#EVICTION_CANDIDATES} of the machine's processes, drawn from the seed. */
    private static int[] evictionCandidates(int[] on, Random random) {
        if (on.length <= ReassignmentMoves.EVICTION_CANDIDATES) {
            return on;
        }
        for (int i = 0; i < ReassignmentMoves.EVICTION_CANDIDATES; i++) {
            int j = i + random.nextInt(on.length - i);
            int swap = on[i];
            on[i] = on[j];
            on[j] = swap;
        }
        return java.util.Arrays.copyOf(on, ReassignmentMoves.EVICTION_CANDIDATES);
    }

    /** Every machine on instances of up to {@link #CANDIDATES} machines, else a sample of that many. */
    private int[] candidates(Random random) {
        int count = machines.size();
        if (count <= CANDIDATES) {
            int[] all = new int[count];
            for (int t = 0; t < count; t++) {
                all[t] = t;
            }
            return all;
        }
        int[] sample = new int[CANDIDATES];
        for (int i = 0; i < CANDIDATES; i++) {
            sample[i] = random.nextInt(count);
        }
        return sample;
    }

    private static void change(ScoreDirector<MachineReassignment> scoreDirector, ProcessAssignment process,
                               Machine to) {
        scoreDirector.beforeVariableChanged(process, ReassignMove.VARIABLE);
        process.setMachine(to);
        scoreDirector.afterVariableChanged(process, ReassignMove.VARIABLE);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(big);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(target);
    }

    @Override
    public String toString() {
        return "big " + big + " -> " + target;
    }
}
