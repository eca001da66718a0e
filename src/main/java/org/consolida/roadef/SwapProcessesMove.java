package org.consolida.roadef;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/** Exchanges the machines of two processes; built by {@link ReassignmentMoves}. */
final class SwapProcessesMove extends AbstractMove<MachineReassignment> implements MoveKind.Kinded {
    private final ProcessAssignment left;
    private final ProcessAssignment right;
    private final MoveKind kind;

    SwapProcessesMove(ProcessAssignment left, ProcessAssignment right) {
        this(left, right, MoveKind.SWAP);
    }

    SwapProcessesMove(ProcessAssignment left, ProcessAssignment right, MoveKind kind) {
        this.left = left;
        this.right = right;
        this.kind = kind;
    }

    @Override
    public MoveKind kind() {
        return kind;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MachineReassignment> scoreDirector) {
        return left.getMachine() != right.getMachine();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MachineReassignment> scoreDirector) {
        Machine leftMachine = left.getMachine();
        Machine rightMachine = right.getMachine();
        scoreDirector.beforeVariableChanged(left, ReassignMove.VARIABLE);
        left.setMachine(rightMachine);
        scoreDirector.afterVariableChanged(left, ReassignMove.VARIABLE);
        scoreDirector.beforeVariableChanged(right, ReassignMove.VARIABLE);
        right.setMachine(leftMachine);
        scoreDirector.afterVariableChanged(right, ReassignMove.VARIABLE);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(left.getMachine(), right.getMachine());
    }

    @Override
    public String toString() {
        return left + " <-> " + right;
    }
}
