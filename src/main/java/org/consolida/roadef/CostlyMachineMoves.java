package org.consolida.roadef;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.incremental.IncrementalScoreDirector;

/**
 * Moves that start where the cost is: a process taken from the costliest of a few random machines (load and balance
 * cost, from {@link RoadefIncrementalScore}), moved to a random machine or swapped with a random process there.
 * Uniform change moves mostly pick processes on machines that cost nothing; this is Community's stand-in for the
 * Enterprise edition's nearby selection. Needs the incremental scorer.
 */
public final class CostlyMachineMoves implements MoveIteratorFactory<MachineReassignment, Move<MachineReassignment>> {
    /** How many random machines compete to be the source: more is greedier. */
    private static final int TOURNAMENT = 4;

    @Override
    public long getSize(ScoreDirector<MachineReassignment> scoreDirector) {
        MachineReassignment solution = scoreDirector.getWorkingSolution();
        return (long) solution.getProcesses().size() * solution.getMachines().size();
    }

    @Override
    public Iterator<Move<MachineReassignment>> createOriginalMoveIterator(
            ScoreDirector<MachineReassignment> scoreDirector) {
        throw new UnsupportedOperationException("costly-machine moves are sampled at random only");
    }

    @Override
    public Iterator<Move<MachineReassignment>> createRandomMoveIterator(
            ScoreDirector<MachineReassignment> scoreDirector, Random random) {
        @SuppressWarnings("unchecked")
        RoadefIncrementalScore scorer = (RoadefIncrementalScore)
                ((IncrementalScoreDirector<MachineReassignment, ?>) scoreDirector).getIncrementalScoreCalculator();
        MachineReassignment solution = scoreDirector.getWorkingSolution();
        List<ProcessAssignment> processes = solution.getProcesses();
        List<Machine> machines = solution.getMachines();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<MachineReassignment> next() {
                int source = random.nextInt(machines.size());
                for (int i = 1; i < TOURNAMENT; i++) {
                    int other = random.nextInt(machines.size());
                    if (scorer.machineCost(other) > scorer.machineCost(source)) {
                        source = other;
                    }
                }
                int process = scorer.randomProcessOn(source, random);
                if (process < 0) {
                    process = random.nextInt(processes.size());
                }
                int target = random.nextInt(machines.size());
                if (random.nextBoolean()) {
                    return new ReassignMove(processes.get(process), machines.get(target));
                }
                int partner = scorer.randomProcessOn(target, random);
                return partner < 0 ? new ReassignMove(processes.get(process), machines.get(target))
                        : new SwapProcessesMove(processes.get(process), processes.get(partner));
            }
        };
    }
}
