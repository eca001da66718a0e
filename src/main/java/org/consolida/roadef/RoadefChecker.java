package org.consolida.roadef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The challenge's objective and hard constraints in plain loops, independent of the solver's incremental scoring, so
 * that each can check the other. Follows FORMAT.md term by term.
 */
public final class RoadefChecker {
    private RoadefChecker() {
    }

    /** Evaluates {@code solution} against {@code original}: every cost term, and the first violated constraint. */
    public static Evaluation check(RoadefInstance instance, int[] original, int[] solution) {
        if (original.length != instance.processCount || solution.length != instance.processCount) {
            throw new IllegalArgumentException("assignments of " + original.length + " and " + solution.length
                    + " processes for an instance of " + instance.processCount);
        }
        int resources = instance.resourceCount;
        long[] usage = new long[instance.machineCount * resources];
        long[] transientUsage = new long[instance.machineCount * resources];
        for (int p = 0; p < instance.processCount; p++) {
            for (int r = 0; r < resources; r++) {
                usage[solution[p] * resources + r] += instance.requirement(p, r);
                if (instance.transientResource[r] && original[p] != solution[p]) {
                    transientUsage[original[p] * resources + r] += instance.requirement(p, r);
                }
            }
        }
        String violation = firstViolation(instance, original, solution, usage, transientUsage);

        long loadCost = 0;
        for (int r = 0; r < resources; r++) {
            long overSafety = 0;
            for (int m = 0; m < instance.machineCount; m++) {
                overSafety += Math.max(0, usage[m * resources + r] - instance.safetyCapacity(m, r));
            }
            loadCost += instance.weightLoadCost[r] * overSafety;
        }
        long balanceCost = 0;
        for (int b = 0; b < instance.balanceCount; b++) {
            int r1 = instance.balanceResource1[b];
            int r2 = instance.balanceResource2[b];
            long imbalance = 0;
            for (int m = 0; m < instance.machineCount; m++) {
                long available1 = instance.capacity(m, r1) - usage[m * resources + r1];
                long available2 = instance.capacity(m, r2) - usage[m * resources + r2];
                imbalance += Math.max(0, instance.balanceTarget[b] * available1 - available2);
            }
            balanceCost += instance.weightBalanceCost[b] * imbalance;
        }
        long movedProcessCost = 0;
        long machineMoveCost = 0;
        int[] movedPerService = new int[instance.serviceCount];
        int mostMovedInOneService = 0;
        for (int p = 0; p < instance.processCount; p++) {
            if (original[p] != solution[p]) {
                movedProcessCost += instance.processMoveCost[p];
                int s = instance.service[p];
                mostMovedInOneService = Math.max(mostMovedInOneService, ++movedPerService[s]);
            }
            machineMoveCost += instance.machineMoveCost(original[p], solution[p]);
        }
        return new Evaluation(loadCost, balanceCost,
                instance.weightProcessMoveCost * movedProcessCost,
                instance.weightServiceMoveCost * mostMovedInOneService,
                instance.weightMachineMoveCost * machineMoveCost,
                violation);
    }

    private static String firstViolation(RoadefInstance instance, int[] original, int[] solution,
                                         long[] usage, long[] transientUsage) {
        int resources = instance.resourceCount;
        for (int m = 0; m < instance.machineCount; m++) {
            for (int r = 0; r < resources; r++) {
                long used = usage[m * resources + r] + transientUsage[m * resources + r];
                if (used > instance.capacity(m, r)) {
                    return "capacity: machine " + m + " resource " + r + " holds " + used
                            + (transientUsage[m * resources + r] > 0
                            ? " (of which " + transientUsage[m * resources + r] + " transient, from processes moved away)"
                            : "")
                            + " over its capacity " + instance.capacity(m, r);
                }
            }
        }
        Map<Long, Integer> processByServiceMachine = new HashMap<>();
        for (int p = 0; p < instance.processCount; p++) {
            long key = (long) instance.service[p] * instance.machineCount + solution[p];
            Integer other = processByServiceMachine.putIfAbsent(key, p);
            if (other != null) {
                return "conflict: processes " + other + " and " + p + " of service " + instance.service[p]
                        + " both run on machine " + solution[p];
            }
        }
        Set<Long> serviceLocations = new HashSet<>();
        int[] locationsPerService = new int[instance.serviceCount];
        Set<Long> serviceNeighborhoods = new HashSet<>();
        for (int p = 0; p < instance.processCount; p++) {
            int s = instance.service[p];
            if (serviceLocations.add((long) s * instance.locationCount + instance.location[solution[p]])) {
                locationsPerService[s]++;
            }
            serviceNeighborhoods.add((long) s * instance.neighborhoodCount + instance.neighborhood[solution[p]]);
        }
        for (int s = 0; s < instance.serviceCount; s++) {
            if (locationsPerService[s] < instance.spreadMin[s]) {
                return "spread: service " + s + " occupies " + locationsPerService[s] + " locations, fewer than its spreadMin "
                        + instance.spreadMin[s];
            }
        }
        for (int p = 0; p < instance.processCount; p++) {
            int s = instance.service[p];
            int n = instance.neighborhood[solution[p]];
            for (int d : instance.dependsOn[s]) {
                if (!serviceNeighborhoods.contains((long) d * instance.neighborhoodCount + n)) {
                    return "dependency: service " + s + " depends on service " + d + ", which has no process in neighborhood "
                            + n + " where process " + p + " runs (machine " + solution[p] + ")";
                }
            }
        }
        return "";
    }
}
