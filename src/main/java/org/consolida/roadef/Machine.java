package org.consolida.roadef;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A machine: the planning value of a process. Capacities are indexed by resource. */
public final class Machine {
    @PlanningId
    private final int index;
    private final int neighborhood;
    private final int location;
    private final long[] capacity;
    private final long[] safetyCapacity;

    Machine(int index, int neighborhood, int location, long[] capacity, long[] safetyCapacity) {
        this.index = index;
        this.neighborhood = neighborhood;
        this.location = location;
        this.capacity = capacity;
        this.safetyCapacity = safetyCapacity;
    }

    static Machine of(RoadefInstance instance, int m) {
        int r = instance.resourceCount;
        return new Machine(m, instance.neighborhood[m], instance.location[m],
                java.util.Arrays.copyOfRange(instance.capacity, m * r, m * r + r),
                java.util.Arrays.copyOfRange(instance.safetyCapacity, m * r, m * r + r));
    }

    public int index() {
        return index;
    }

    public int neighborhood() {
        return neighborhood;
    }

    public int location() {
        return location;
    }

    public long capacity(Resource resource) {
        return capacity[resource.index()];
    }

    public long safetyCapacity(Resource resource) {
        return safetyCapacity[resource.index()];
    }

    @Override
    public String toString() {
        return "machine " + index;
    }
}
