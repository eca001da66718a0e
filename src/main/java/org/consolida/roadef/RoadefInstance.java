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

    RoadefInstance(String name, boolean[] transientResource, long[] weightLoadCost,
                   int[] neighborhood, int[] location, long[] capacity, long[] safetyCapacity, int[] machineMoveCost,
                   int[] spreadMin, int[][] dependsOn,
                   int[] service, long[] requirement, long[] processMoveCost,
                   int[] balanceResource1, int[] balanceResource2, long[] balanceTarget, long[] weightBalanceCost,
                   long weightProcessMoveCost, long weightServiceMoveCost, long weightMachineMoveCost) {
        this.name = name;
        this.resourceCount = transientResource.length;
        this.transientResource = transientResource;
        this.weightLoadCost = weightLoadCost;
        this.machineCount = neighborhood.length;
        this.neighborhood = neighborhood;
        this.location = location;
        this.capacity = capacity;
        this.safetyCapacity = safetyCapacity;
        this.machineMoveCost = machineMoveCost;
        this.neighborhoodCount = 1 + max(neighborhood);
        this.locationCount = 1 + max(location);
        this.serviceCount = spreadMin.length;
        this.spreadMin = spreadMin;
        this.dependsOn = dependsOn;
        this.processCount = service.length;
        this.service = service;
        this.requirement = requirement;
        this.processMoveCost = processMoveCost;
        this.balanceCount = balanceResource1.length;
        this.balanceResource1 = balanceResource1;
        this.balanceResource2 = balanceResource2;
        this.balanceTarget = balanceTarget;
        this.weightBalanceCost = weightBalanceCost;
        this.weightProcessMoveCost = weightProcessMoveCost;
        this.weightServiceMoveCost = weightServiceMoveCost;
        this.weightMachineMoveCost = weightMachineMoveCost;
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
