package org.consolida.roadef;

/**
 * One machine-reassignment instance as the challenge's model file gives it, held in flat arrays: set B reaches 50,000
 * processes, and the checker and the incremental score read these arrays in their inner loops. Immutable after
 * {@link RoadefFiles#readModel}; the arrays are not copied out, so only this package sees them.
 */
public final class RoadefInstance {
    final String name;
    // Resources.
    final int resourceCount;
    final boolean[] transientResource;
    final long[] weightLoadCost;
    // Machines: capacities are [machine * resourceCount + resource]; move costs [from * machineCount + to].
    final int machineCount;
    final int[] neighborhood;
    final int[] location;
    final long[] capacity;
    final long[] safetyCapacity;
    final int[] machineMoveCost;
    final int neighborhoodCount;
    final int locationCount;
    // Services.
    final int serviceCount;
    final int[] spreadMin;
    final int[][] dependsOn;
    // Processes: requirements are [process * resourceCount + resource].
    final int processCount;
    final int[] service;
    final long[] requirement;
    final long[] processMoveCost;
    // Balance objectives.
    final int balanceCount;
    final int[] balanceResource1;
    final int[] balanceResource2;
    final long[] balanceTarget;
    final long[] weightBalanceCost;
    // Move weights.
    final long weightProcessMoveCost;
    final long weightServiceMoveCost;
    final long weightMachineMoveCost;

    private RoadefInstance(Builder b) {
        this.name = b.name;
        this.resourceCount = b.transientResource.length;
        this.transientResource = b.transientResource;
        this.weightLoadCost = b.weightLoadCost;
        this.machineCount = b.neighborhood.length;
        this.neighborhood = b.neighborhood;
        this.location = b.location;
        this.capacity = b.capacity;
        this.safetyCapacity = b.safetyCapacity;
        this.machineMoveCost = b.machineMoveCost;
        this.neighborhoodCount = 1 + max(b.neighborhood);
        this.locationCount = 1 + max(b.location);
        this.serviceCount = b.spreadMin.length;
        this.spreadMin = b.spreadMin;
        this.dependsOn = b.dependsOn;
        this.processCount = b.service.length;
        this.service = b.service;
        this.requirement = b.requirement;
        this.processMoveCost = b.processMoveCost;
        this.balanceCount = b.balanceResource1.length;
        this.balanceResource1 = b.balanceResource1;
        this.balanceResource2 = b.balanceResource2;
        this.balanceTarget = b.balanceTarget;
        this.weightBalanceCost = b.weightBalanceCost;
        this.weightProcessMoveCost = b.weightProcessMoveCost;
        this.weightServiceMoveCost = b.weightServiceMoveCost;
        this.weightMachineMoveCost = b.weightMachineMoveCost;
    }

    /**
     * This instance with resource {@code prioritized}'s load cost {@code factor} times as heavy against every other
     * term of the objective: the other resources' load costs keep their weights and the balance and move costs are
     * multiplied by {@code factor} with it. Team S41's diversification (their weights divided by ten, the other
     * resources'); multiplying the rest instead keeps every weight an exact integer. Shares every other array.
     */
    RoadefInstance prioritizing(int prioritized, long factor) {
        return new RoadefInstance(this, prioritized, factor);
    }

    private RoadefInstance(RoadefInstance base, int prioritized, long factor) {
        this.name = base.name;
        this.resourceCount = base.resourceCount;
        this.transientResource = base.transientResource;
        this.weightLoadCost = base.weightLoadCost.clone();
        this.weightLoadCost[prioritized] *= factor;
        this.machineCount = base.machineCount;
        this.neighborhood = base.neighborhood;
        this.location = base.location;
        this.capacity = base.capacity;
        this.safetyCapacity = base.safetyCapacity;
        this.machineMoveCost = base.machineMoveCost;
        this.neighborhoodCount = base.neighborhoodCount;
        this.locationCount = base.locationCount;
        this.serviceCount = base.serviceCount;
        this.spreadMin = base.spreadMin;
        this.dependsOn = base.dependsOn;
        this.processCount = base.processCount;
        this.service = base.service;
        this.requirement = base.requirement;
        this.processMoveCost = base.processMoveCost;
        this.balanceCount = base.balanceCount;
        this.balanceResource1 = base.balanceResource1;
        this.balanceResource2 = base.balanceResource2;
        this.balanceTarget = base.balanceTarget;
        this.weightBalanceCost = base.weightBalanceCost.clone();
        for (int b = 0; b < balanceCount; b++) {
            this.weightBalanceCost[b] *= factor;
        }
        this.weightProcessMoveCost = base.weightProcessMoveCost * factor;
        this.weightServiceMoveCost = base.weightServiceMoveCost * factor;
        this.weightMachineMoveCost = base.weightMachineMoveCost * factor;
    }

    /**
     * Each resource's load cost in assignment {@code machineOf} above what any assignment must pay for it (the total
     * requirement over the total safety capacity, weighted): where S41's reweighting looks first.
     */
    long[] loadCostExcess(int[] machineOf) {
        long[] used = new long[machineCount * resourceCount];
        for (int p = 0; p < processCount; p++) {
            for (int r = 0; r < resourceCount; r++) {
                used[machineOf[p] * resourceCount + r] += requirement[p * resourceCount + r];
            }
        }
        long[] excess = new long[resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            long cost = 0;
            long totalUsed = 0;
            long totalSafety = 0;
            for (int m = 0; m < machineCount; m++) {
                long u = used[m * resourceCount + r];
                cost += Math.max(0, u - safetyCapacity[m * resourceCount + r]);
                totalUsed += u;
                totalSafety += safetyCapacity[m * resourceCount + r];
            }
            excess[r] = weightLoadCost[r] * (cost - Math.max(0, totalUsed - totalSafety));
        }
        return excess;
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    /** Collects the model file's sections in the file's order; every section is required. */
    static final class Builder {
        private final String name;
        private boolean[] transientResource;
        private long[] weightLoadCost;
        private int[] neighborhood;
        private int[] location;
        private long[] capacity;
        private long[] safetyCapacity;
        private int[] machineMoveCost;
        private int[] spreadMin;
        private int[][] dependsOn;
        private int[] service;
        private long[] requirement;
        private long[] processMoveCost;
        private int[] balanceResource1;
        private int[] balanceResource2;
        private long[] balanceTarget;
        private long[] weightBalanceCost;
        private long weightProcessMoveCost;
        private long weightServiceMoveCost;
        private long weightMachineMoveCost;

        private Builder(String name) {
            this.name = name;
        }

        Builder resources(boolean[] isTransient, long[] weightLoadCost) {
            this.transientResource = isTransient;
            this.weightLoadCost = weightLoadCost;
            return this;
        }

        /** Capacities are [machine * resourceCount + resource]; move costs [from * machineCount + to]. */
        Builder machines(int[] neighborhood, int[] location, long[] capacity, long[] safetyCapacity,
                         int[] machineMoveCost) {
            this.neighborhood = neighborhood;
            this.location = location;
            this.capacity = capacity;
            this.safetyCapacity = safetyCapacity;
            this.machineMoveCost = machineMoveCost;
            return this;
        }

        Builder services(int[] spreadMin, int[][] dependsOn) {
            this.spreadMin = spreadMin;
            this.dependsOn = dependsOn;
            return this;
        }

        /** Requirements are [process * resourceCount + resource]. */
        Builder processes(int[] service, long[] requirement, long[] processMoveCost) {
            this.service = service;
            this.requirement = requirement;
            this.processMoveCost = processMoveCost;
            return this;
        }

        Builder balances(int[] resource1, int[] resource2, long[] target, long[] weightBalanceCost) {
            this.balanceResource1 = resource1;
            this.balanceResource2 = resource2;
            this.balanceTarget = target;
            this.weightBalanceCost = weightBalanceCost;
            return this;
        }

        Builder moveWeights(long process, long service, long machine) {
            this.weightProcessMoveCost = process;
            this.weightServiceMoveCost = service;
            this.weightMachineMoveCost = machine;
            return this;
        }

        RoadefInstance build() {
            if (transientResource == null || neighborhood == null || spreadMin == null || service == null
                    || balanceResource1 == null) {
                throw new IllegalStateException(name + ": a section of the model is missing");
            }
            return new RoadefInstance(this);
        }
    }

    private static int max(int[] values) {
        int max = -1;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    public String name() {
        return name;
    }

    public int resourceCount() {
        return resourceCount;
    }

    public int machineCount() {
        return machineCount;
    }

    public int serviceCount() {
        return serviceCount;
    }

    public int processCount() {
        return processCount;
    }

    long capacity(int machine, int resource) {
        return capacity[machine * resourceCount + resource];
    }

    long safetyCapacity(int machine, int resource) {
        return safetyCapacity[machine * resourceCount + resource];
    }

    long requirement(int process, int resource) {
        return requirement[process * resourceCount + resource];
    }

    long machineMoveCost(int from, int to) {
        return machineMoveCost[from * machineCount + to];
    }

    @Override
    public String toString() {
        return name + " (" + machineCount + " machines, " + processCount + " processes, " + resourceCount
                + " resources, " + serviceCount + " services)";
    }
}
