package org.consolida.roadef;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A process and the machine it is assigned to: the planning entity. */
@PlanningEntity
public final class ProcessAssignment {
    @PlanningId
    private int index;
    private Service service;
    private Machine original;
    private long[] requirement;
    private long moveCost;
    private RoadefInstance instance;

    @PlanningVariable
    private Machine machine;

    ProcessAssignment() {
        // Timefold's reflection needs it.
    }

    ProcessAssignment(int index, Service service, Machine original, long[] requirement, long moveCost,
                      RoadefInstance instance, Machine machine) {
        this.index = index;
        this.service = service;
        this.original = original;
        this.requirement = requirement;
        this.moveCost = moveCost;
        this.instance = instance;
        this.machine = machine;
    }

    /** The same process on another machine; its fixed data is shared, not copied. */
    ProcessAssignment on(Machine other) {
        return new ProcessAssignment(index, service, original, requirement, moveCost, instance, other);
    }

    public int index() {
        return index;
    }

    public Service getService() {
        return service;
    }

    public Machine getOriginal() {
        return original;
    }

    public Machine getMachine() {
        return machine;
    }

    public void setMachine(Machine machine) {
        this.machine = machine;
    }

    public long requirement(Resource resource) {
        return requirement[resource.index()];
    }

    public long moveCost() {
        return moveCost;
    }

    public boolean isMoved() {
        return machine != null && machine != original;
    }

    public int neighborhood() {
        return machine.neighborhood();
    }

    public int location() {
        return machine.location();
    }

    /** The unweighted cost of moving from the original machine to this one, 0 when not moved. */
    public long machineMoveCost() {
        return machine == null ? 0 : instance.machineMoveCost(original.index(), machine.index());
    }

    /** The machines this process occupies: its own, and its original one while it moves away (transient). */
    List<Occupation> occupations() {
        return isMoved() ? List.of(new Occupation(this, machine, false), new Occupation(this, original, true))
                : List.of(new Occupation(this, machine, false));
    }

    /** The process holds {@code machine}; {@code transientOnly} when it left it and holds only transient resources. */
    record Occupation(ProcessAssignment process, Machine machine, boolean transientOnly) {
        long requirement(Resource resource) {
            return transientOnly && !resource.isTransient() ? 0 : process.requirement(resource);
        }
    }

    @Override
    public String toString() {
        return "process " + index + " on " + machine;
    }
}
