package org.consolida.roadef;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/** Puts one process on another machine; what Timefold's change move does, built by {@link ReassignmentMoves}. */
final class ReassignMove extends AbstractMove<MachineReassignment> implements MoveKind.Kinded {
    static final String VARIABLE = "machine";
    private final ProcessAssignment process;
    private final Machine to;
    private final MoveKind kind;

    ReassignMove(ProcessAssignment process, Machine to) {
        this(process, to, MoveKind.CHANGE);
    }

    ReassignMove(ProcessAssignment process, Machine to, MoveKind kind) {
        this.process = process;
        this.to = to;
        this.kind = kind;
    }

    @Override
    public MoveKind kind() {
        return kind;
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
