package org.consolida.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one run of the engine accumulated: per workload, per host and in total. Filled by {@link RuntimeModel}. */
final class Outcome {
    private static final Limit[] LIMITS = Limit.values();
    /** A ratio this close to 1 is 1: floating-point sums must not count as a shortfall or an overload. */
    private static final double OVERLOAD_TOLERANCE = 1e-9;
    private static final float SHORT_TOLERANCE = 1e-6f;

    final Layout layout;
    final int[] hostOf;
    final int steps;
    final double[] demandedOps;
    final double[] deliveredOps;
    final double[] lostOps;
    /** Per step and workload (step-major, so that a step writes one contiguous run): delivered / demanded. */
    final float[] ratios;
    final double[] hostUtilizationSum;
    final int[] hostSteps;
    /** Host steps (of hosts that were on) at which the guests asked more CPU than the host has. */
    long overloadedHostSteps;
    double itEnergyWh;
    double facilityEnergyWh;
    double peakUtilization;
    double peakDemand;

    Outcome(Layout layout, int[] hostOf, int steps) {
        this.layout = layout;
        this.hostOf = hostOf.clone();
        this.steps = steps;
        demandedOps = new double[layout.workloadCount];
        deliveredOps = new double[layout.workloadCount];
        lostOps = new double[layout.workloadCount * LIMITS.length];
        ratios = new float[layout.workloadCount * steps];
        hostUtilizationSum = new double[layout.hostCount];
        hostSteps = new int[layout.hostCount];
    }

    void addHostStep(int host, double utilization, double demandRatio, double wattHours, double pue) {
        hostUtilizationSum[host] += utilization;
        hostSteps[host]++;
        itEnergyWh += wattHours;
        facilityEnergyWh += wattHours * pue;
        peakUtilization = Math.max(peakUtilization, utilization);
        peakDemand = Math.max(peakDemand, demandRatio);
        if (demandRatio > 1 + OVERLOAD_TOLERANCE) {
            overloadedHostSteps++;
        }
    }

    void addWorkloadStep(int workload, int step, double demanded, double delivered, Limit limit) {
        demandedOps[workload] += demanded;
        deliveredOps[workload] += delivered;
        ratios[step * demandedOps.length + workload] = demanded > 0 ? (float) (delivered / demanded) : 1f;
        if (limit != null) {
            lostOps[workload * LIMITS.length + limit.ordinal()] += demanded - delivered;
        }
    }

    boolean counted(int workload) {
        return hostOf[workload] != RuntimeModel.EXCLUDED;
    }

    double ratio(int workload) {
        return demandedOps[workload] > 0 ? deliveredOps[workload] / demandedOps[workload] : 1;
    }

    /** The cause that cost a workload the most operations, or null when it lost none. */
    Limit dominantLimit(int workload) {
        Limit worst = null;
        double most = 0;
        for (Limit limit : LIMITS) {
            double lost = lostOps[workload * LIMITS.length + limit.ordinal()];
            if (lost > most) {
                most = lost;
                worst = limit;
            }
        }
        return worst;
    }

    double deliveredRatio() {
        double demanded = 0;
        double delivered = 0;
        for (int w = 0; w < demandedOps.length; w++) {
            demanded += demandedOps[w];
            delivered += deliveredOps[w];
        }
        return demanded > 0 ? delivered / demanded : 1;
    }

    int activeHosts() {
        int active = 0;
        for (int steps : hostSteps) {
            active += steps > 0 ? 1 : 0;
        }
        return active;
    }

    /** Mean utilisation over the steps of hosts that were on. */
    double meanHostUtilization() {
        double sum = 0;
        long count = 0;
        for (int h = 0; h < hostSteps.length; h++) {
            sum += hostUtilizationSum[h];
            count += hostSteps[h];
        }
        return count > 0 ? sum / count : 0;
    }

    /** Share of the counted workloads' steps at which a workload got less than it demanded. */
    double shortOfDemandShare() {
        long counted = 0;
        long shortSteps = 0;
        int workloads = demandedOps.length;
        for (int w = 0; w < workloads; w++) {
            counted += counted(w) ? steps : 0;
        }
        // Step by step, along the ratios as they are stored (step-major), not workload by workload across them.
        for (int t = 0; t < steps; t++) {
            int row = t * workloads;
            for (int w = 0; w < workloads; w++) {
                if (ratios[row + w] < 1 - SHORT_TOLERANCE && counted(w)) {
                    shortSteps++;
                }
            }
        }
        return counted == 0 ? 0 : (double) shortSteps / counted;
    }

    /** Share of the steps of hosts that were on at which their guests asked more CPU than the host has. */
    double overloadedHostShare() {
        long total = 0;
        for (int s : hostSteps) {
            total += s;
        }
        return total == 0 ? 0 : (double) overloadedHostSteps / total;
    }

    /**
     * Per workload, the minimum and the nearest-rank 5th percentile of its per-step delivered ratio, at
     * {@code [2w]} and {@code [2w + 1]}. The ratios are stored step-major; a block of workloads is copied out at a
     * time so that each step's row is read in order, and each workload keeps only its {@code rank} smallest ratios
     * (the order statistics a sort would give, in {@link Float#compare} order).
     */
    double[] minAndP5() {
        int workloads = demandedOps.length;
        int rank = Math.max(1, (int) Math.ceil(0.05 * steps));
        double[] result = new double[2 * workloads];
        int block = 256;
        float[] columns = new float[block * steps];
        float[] smallest = new float[rank];
        for (int from = 0; from < workloads; from += block) {
            int to = Math.min(workloads, from + block);
            for (int t = 0; t < steps; t++) {
                int row = t * workloads;
                for (int w = from; w < to; w++) {
                    columns[(w - from) * steps + t] = ratios[row + w];
                }
            }
            for (int w = from; w < to; w++) {
                int offset = (w - from) * steps;
                int kept = 0;
                for (int t = 0; t < steps; t++) {
                    float ratio = columns[offset + t];
                    if (kept == rank && Float.compare(ratio, smallest[rank - 1]) >= 0) {
                        continue;
                    }
                    int i = kept < rank ? kept++ : rank - 1;
                    while (i > 0 && Float.compare(smallest[i - 1], ratio) > 0) {
                        smallest[i] = smallest[i - 1];
                        i--;
                    }
                    smallest[i] = ratio;
                }
                result[2 * w] = smallest[0];
                result[2 * w + 1] = smallest[rank - 1];
            }
        }
        return result;
    }

    List<Integer> belowTarget(double target) {
        List<Integer> below = new ArrayList<>();
        for (int w = 0; w < demandedOps.length; w++) {
            if (counted(w) && ratio(w) < target - 1e-12) {
                below.add(w);
            }
        }
        return below;
    }

    /** How many of the given workloads each cause held back most, in the order of {@link Limit}. */
    Map<String, Integer> limitedBy(List<Integer> workloads) {
        Map<Limit, Integer> counts = new EnumMap<>(Limit.class);
        for (int w : workloads) {
            Limit limit = dominantLimit(w);
            if (limit != null) {
                counts.merge(limit, 1, Integer::sum);
            }
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((limit, count) -> byName.put(limit.name(), count));
        return byName;
    }
}
