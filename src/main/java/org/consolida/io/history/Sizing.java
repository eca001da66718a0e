package org.consolida.io.history;

import java.util.Locale;

import org.consolida.inventory.Policy;

/**
 * How a history becomes planned demand: CPU at a percentile of its samples times a headroom factor, memory at a
 * percentile of its samples (100: the highest). The inventory's Policy sets them ({@code history_cpu_percentile},
 * {@code history_cpu_headroom}, {@code history_memory_percentile}); docs/history.md gives the reasons for the
 * defaults.
 *
 * @param cpuPercentile    percentile of the CPU samples planned for, in (0, 100]; 100 is the observed peak
 * @param headroomFactor   multiplies the CPU percentile (a comfort factor), in [0.5, 10]
 * @param memoryPercentile percentile of the memory samples planned for, in (0, 100]
 */
public record Sizing(double cpuPercentile, double headroomFactor, double memoryPercentile) {
    public Sizing {
        if (!(cpuPercentile > 0 && cpuPercentile <= 100)) {
            throw new IllegalArgumentException("CPU percentile must be in (0, 100], was " + cpuPercentile);
        }
        if (!(headroomFactor >= 0.5 && headroomFactor <= 10)) {
            throw new IllegalArgumentException("headroom factor must be between 0.5 and 10, was " + headroomFactor);
        }
        if (!(memoryPercentile > 0 && memoryPercentile <= 100)) {
            throw new IllegalArgumentException("memory percentile must be in (0, 100], was " + memoryPercentile);
        }
    }

    /** The sizing of the default policy: CPU p95 × 1.0, memory at its peak. */
    public static Sizing defaults() {
        return of(Policy.defaults());
    }

    /** The sizing a policy sets. */
    public static Sizing of(Policy policy) {
        return new Sizing(policy.historyCpuPercentile(), policy.historyCpuHeadroom(), policy.historyMemoryPercentile());
    }

    /** The same sizing at the observed CPU peak ({@code --sizing peak}). */
    public Sizing atPeak() {
        return new Sizing(100, headroomFactor, memoryPercentile);
    }

    /** In words, as reports and warnings say it: {@code CPU p95 × 1.0, memory max}. */
    public String describe() {
        return "CPU " + percentile(cpuPercentile) + " × " + String.format(Locale.ROOT, "%.2f", headroomFactor)
                .replaceAll("0$", "") + ", memory " + percentile(memoryPercentile);
    }

    private static String percentile(double p) {
        if (p == 100) {
            return "max";
        }
        return "p" + (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p));
    }
}
