package org.consolida.roadef;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;

/** Clones by snapshot of the machine ids (see {@link MachineReassignment}): a copy of one int per process. */
public final class MachineReassignmentCloner implements SolutionCloner<MachineReassignment> {
    @Override
    public MachineReassignment cloneSolution(MachineReassignment original) {
        return original.snapshot();
    }
}
