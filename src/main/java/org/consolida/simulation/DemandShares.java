package org.consolida.simulation;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.MeasuredUse;
import org.consolida.inventory.Workload;

/**
 * Each workload's demand per step as a share of its peak: CPU demand = {@code cpuGhz} × share, throughput demand =
 * {@code opsPerSec} × share, flow rate = {@code mbps} × the sender's share. Rows are shared between workloads with the
 * same profile, so memory grows with the number of distinct profiles or traces, not of workloads.
 */
public final class DemandShares {
    private final double[][] rowOfWorkload;
    private final String description;
    private final boolean[] repeatsPreviousStep;

    private DemandShares(double[][] rowOfWorkload, String description) {
        this.rowOfWorkload = rowOfWorkload;
        this.description = description;
        // Hourly profiles change once an hour: 11 steps in 12 repeat the one before, and a run need not share the
        // estate's CPU and links again for them. Checked on each distinct row once.
        Set<double[]> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        rows.addAll(Arrays.asList(rowOfWorkload));
        int steps = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        repeatsPreviousStep = new boolean[steps];
        for (int t = 1; t < steps; t++) {
            int step = t;
            repeatsPreviousStep[t] = rows.stream().allMatch(row -> row.length == steps && row[step] == row[step - 1]);
        }
    }

    /** The inventory's hourly demand profiles, constant within each hour. */
    public static DemandShares profiles(Inventory inventory, SimulationSettings settings) {
        List<Workload> workloads = inventory.workloads();
        double[][] rows = new double[workloads.size()][];
        Map<DemandProfile, double[]> byProfile = new HashMap<>();
        for (int w = 0; w < rows.length; w++) {
            rows[w] = byProfile.computeIfAbsent(workloads.get(w).profile(), profile -> {
                double[] row = new double[settings.steps()];
                for (int t = 0; t < row.length; t++) {
                    row[t] = profile.shareAt(t * settings.stepMinutes());
                }
                return row;
            });
        }
        return new DemandShares(rows, "hourly demand profiles of the inventory");
    }

    /** Every workload at its planned demand ({@code cpuGhz}, the planning percentile) at every step. */
    public static DemandShares planned(Inventory inventory, SimulationSettings settings) {
        double[] row = new double[settings.steps()];
        Arrays.fill(row, 1.0);
        double[][] rows = new double[inventory.workloads().size()][];
        Arrays.fill(rows, row);
        return new DemandShares(rows, "planned demand (cpu_ghz) at every step");
    }

    /**
     * Real traces: workload i (in inventory order) follows trace i mod n, in the order given (the PlanetLab reader gives
     * them in sorted order of file names). A sample is a share of {@code cpuGhz} (0.3 for 30 %) spread evenly over the
     * day: steps map onto samples by time of day.
     */
    public static DemandShares traces(Inventory inventory, List<double[]> traces, String source,
                                      SimulationSettings settings) {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("no traces to map onto workloads");
        }
        double[][] stepRows = new double[traces.size()][];
        for (int i = 0; i < traces.size(); i++) {
            double[] samples = traces.get(i);
            double sampleMinutes = 24.0 * 60 / samples.length;
            double[] row = new double[settings.steps()];
            for (int t = 0; t < row.length; t++) {
                int sample = (int) Math.floor(t * settings.stepMinutes() / sampleMinutes) % samples.length;
                row[t] = samples[sample];
            }
            stepRows[i] = row;
        }
        double[][] rows = new double[inventory.workloads().size()][];
        for (int w = 0; w < rows.length; w++) {
            rows[w] = stepRows[w % stepRows.length];
        }
        return new DemandShares(rows, traces.size() + " traces from " + source
                + ", in sorted file-name order: workload i (inventory order) follows trace i mod " + traces.size());
    }

    /**
     * Measured days: a workload with a measured history follows its last 24 hours by time of day, as a share of the
     * CPU planned from it ({@code MeasuredUse.plannedCpuGhz}, so that a what-if that grows {@code cpuGhz} grows the
     * day with it); a slot of the day with no sample, and a workload without history, follow the profile. Shares may
     * exceed 1: the planned demand is a percentile, and the day has samples above it.
     */
    public static DemandShares measured(Inventory inventory, MeasuredDemand measured, SimulationSettings settings) {
        List<Workload> workloads = inventory.workloads();
        double[][] rows = profiles(inventory, settings).rowOfWorkload;
        int replayed = 0;
        for (int w = 0; w < rows.length; w++) {
            MeasuredUse use = measured.of(workloads.get(w).id()).orElse(null);
            if (use == null || use.dayCpuGhz().length == 0 || use.plannedCpuGhz() == null
                    || !(use.plannedCpuGhz() > 0)) {
                continue;
            }
            double[] row = rows[w].clone();
            for (int t = 0; t < row.length; t++) {
                double ghz = use.dayCpuGhzAt(t * settings.stepMinutes());
                if (!Double.isNaN(ghz)) {
                    row[t] = ghz / use.plannedCpuGhz();
                }
            }
            rows[w] = row;
            replayed++;
        }
        return new DemandShares(rows, replayed + " workloads replay the last 24 hours of their history ("
                + measured.source() + ") by time of day; " + (rows.length - replayed)
                + " follow the inventory's profiles");
    }

    /** Share of its peak that a workload demands at a step. */
    public double share(int workload, int step) {
        return rowOfWorkload[workload][step];
    }

    /** Whether every workload demands at step t exactly what it demanded at step t − 1. */
    boolean repeatsPreviousStep(int step) {
        return step > 0 && step < repeatsPreviousStep.length && repeatsPreviousStep[step];
    }

    double[] row(int workload) {
        return rowOfWorkload[workload];
    }

    public int workloadCount() {
        return rowOfWorkload.length;
    }

    public String description() {
        return description;
    }
}
