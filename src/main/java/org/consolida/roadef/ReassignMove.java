package org.consolida.roadef;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/** Puts one process on another machine; what Timefold's change move does, built by {@link ReassignmentMoves}. */
final class ReassignMove extends AbstractMove<MachineReassignment> {
    static final String VARIABLE = "machine";
    private final ProcessAssignment process;
    private final Machine to;

    ReassignMove(ProcessAssignment process, Machine to) {
        this.process = process;
        this.to = to;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MachineReassignment> scoreDirector) {
        return process.getMachine() != to;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MachineReassignment> scoreDirector) {
        scoreDirector.beforeVariableChanged(process, VARIABLE);
        process.setMachine(to);
        scoreDirector.afterVariableChanged(process, VARIABLE);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(process);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(to);
    }

    @Override
    public String toString() {
        return process + " -> " + to;
    }
}
