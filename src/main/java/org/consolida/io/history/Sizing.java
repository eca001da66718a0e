package org.consolida.io.history;

import java.util.Locale;

/**
 * How a history becomes planned demand: CPU at a percentile of its samples times a headroom factor, memory at a
 * percentile of its samples (100: the highest). docs/history.md gives the reasons for the defaults.
 *
 * @param cpuPercentile    percentile of the CPU samples planned for, in (0, 100]; 100 is the observed peak
 * @param headroomFactor   multiplies the CPU percentile (a comfort factor), in [0.5, 10]
 * @param memoryPercentile percentile of the memory samples planned for, in (0, 100]
 */
public record Sizing(double cpuPercentile, double headroomFactor, double memoryPercentile) {
    public static final double DEFAULT_CPU_PERCENTILE = 95;
    public static final double DEFAULT_HEADROOM_FACTOR = 1.0;
    public static final double DEFAULT_MEMORY_PERCENTILE = 100;

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

    public static Sizing defaults() {
        return new Sizing(DEFAULT_CPU_PERCENTILE, DEFAULT_HEADROOM_FACTOR, DEFAULT_MEMORY_PERCENTILE);
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
