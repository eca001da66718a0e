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
