package org.consolida.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;

/**
 * Each workload's demand per step as a share of its peak: CPU demand = {@code cpuGhz} × share, throughput demand =
 * {@code opsPerSec} × share, flow rate = {@code mbps} × the sender's share. Rows are shared between workloads with the
 * same profile, so memory grows with the number of distinct profiles or traces, not of workloads.
 */
public final class DemandShares {
    private final double[][] rowOfWorkload;
    private final String description;

    private DemandShares(double[][] rowOfWorkload, String description) {
        this.rowOfWorkload = rowOfWorkload;
        this.description = description;
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
        java.util.Arrays.fill(row, 1.0);
        double[][] rows = new double[inventory.workloads().size()][];
        java.util.Arrays.fill(rows, row);
        return new DemandShares(rows, "planned demand (cpu_ghz) at every step");
    }

    /**
     * Real traces: workload i (in inventory order) follows trace i mod n (traces in the order given, which
     * {@link PlanetLabTraces#read} makes the sorted order of file names). A sample of p % means p % of {@code cpuGhz};
     * steps map onto samples by time of day.
     */
    public static DemandShares traces(Inventory inventory, List<PlanetLabTraces.Trace> traces, String source,
                                      SimulationSettings settings) {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("no traces to map onto workloads");
        }
        double[][] stepRows = new double[traces.size()][];
        for (int i = 0; i < traces.size(); i++) {
            double[] samples = traces.get(i).sharePerSample();
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

    /** Share of its peak that a workload demands at a step. */
    public double share(int workload, int step) {
        return rowOfWorkload[workload][step];
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
