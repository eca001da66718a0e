package org.consolida.inventory;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a workload's utilisation history says it uses, beside what it is configured with: the basis of its planned
 * demand, of its day profile, of the simulated day and of right-sizing. CPU figures are null when the history has no
 * CPU samples for it, memory figures when it has no memory samples.
 *
 * @param workload            the workload's id
 * @param cpuSamples          CPU samples in the history
 * @param cpuPercentileGhz    CPU at the sizing percentile, before the headroom factor
 * @param plannedCpuGhz       the CPU demand planned from it: the percentile times the headroom factor
 * @param cpuPeakGhz          the highest CPU sample
 * @param cpuMeanGhz          the mean of the CPU samples
 * @param memoryGib           memory at the memory percentile: the memory planned
 * @param memoryPeakGib       the highest memory sample
 * @param configuredVcpus     vCPUs the workload is configured with
 * @param configuredMemoryGib the workload's memory before the history replaced it
 * @param daySlotMinutes      length of one slot of {@code dayCpuGhz}
 * @param dayCpuGhz           the history's last 24 hours of CPU by time of day: slot {@code s} covers minutes
 *                            {@code [s·daySlotMinutes, (s+1)·daySlotMinutes)} after midnight and holds the mean of
 *                            the samples in it, NaN where there is none; empty without CPU samples
 */
public record MeasuredUse(String workload, int cpuSamples, Double cpuPercentileGhz, Double plannedCpuGhz,
                          Double cpuPeakGhz, Double cpuMeanGhz, Double memoryGib, Double memoryPeakGib,
                          int configuredVcpus, double configuredMemoryGib, int daySlotMinutes, double[] dayCpuGhz) {
    public MeasuredUse {
        workload = Checks.id("workload", workload);
        Checks.positive("configured vcpus", configuredVcpus);
        Checks.positive("day slot minutes", daySlotMinutes);
        dayCpuGhz = dayCpuGhz == null ? new double[0] : dayCpuGhz.clone();
    }

    public boolean hasCpu() {
        return cpuPeakGhz != null;
    }

    public boolean hasMemory() {
        return memoryPeakGib != null;
    }

    /**
     * The fewest vCPUs that run the observed CPU peak at full speed on cores of this clock: a vCPU runs on at most one
     * core, so fewer would have held back a measured sample. At least one.
     */
    public int vcpusForPeak(double coreGhz) {
        if (!hasCpu() || !(coreGhz > 0)) {
            return configuredVcpus;
        }
        return Math.max(1, (int) Math.ceil(cpuPeakGhz / coreGhz - 1e-9));
    }

    /** Memory for the observed peak with a margin ({@code 1.2} adds a fifth), rounded up to a whole GiB; at least 1. */
    public double memoryForPeakGib(double margin) {
        if (!hasMemory()) {
            return configuredMemoryGib;
        }
        return Math.max(1, Math.ceil(memoryPeakGib * margin - 1e-9));
    }

    /** CPU demand at a slot of the day, or NaN where the history has no sample. */
    public double dayCpuGhzAt(int minuteOfDay) {
        if (dayCpuGhz.length == 0) {
            return Double.NaN;
        }
        int slot = Math.floorMod(minuteOfDay, 24 * 60) / daySlotMinutes;
        return slot < dayCpuGhz.length ? dayCpuGhz[slot] : Double.NaN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasuredUse m && workload.equals(m.workload) && cpuSamples == m.cpuSamples
                && Objects.equals(cpuPercentileGhz, m.cpuPercentileGhz) && Objects.equals(plannedCpuGhz, m.plannedCpuGhz)
                && Objects.equals(cpuPeakGhz, m.cpuPeakGhz) && Objects.equals(cpuMeanGhz, m.cpuMeanGhz)
                && Objects.equals(memoryGib, m.memoryGib) && Objects.equals(memoryPeakGib, m.memoryPeakGib)
                && configuredVcpus == m.configuredVcpus && configuredMemoryGib == m.configuredMemoryGib
                && daySlotMinutes == m.daySlotMinutes && Arrays.equals(dayCpuGhz, m.dayCpuGhz);
    }

    @Override
    public int hashCode() {
        return workload.hashCode();
    }

    @Override
    public String toString() {
        return "MeasuredUse[" + workload + ": " + cpuSamples + " CPU samples, percentile " + cpuPercentileGhz
                + " GHz, peak " + cpuPeakGhz + " GHz, memory " + memoryGib + " GiB]";
    }

    /** A builder: the 12 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasuredUse}; a component not set is null, zero or false. */
    public static final class Builder {
        private String workload;
        private int cpuSamples;
        private Double cpuPercentileGhz;
        private Double plannedCpuGhz;
        private Double cpuPeakGhz;
        private Double cpuMeanGhz;
        private Double memoryGib;
        private Double memoryPeakGib;
        private int configuredVcpus;
        private double configuredMemoryGib;
        private int daySlotMinutes;
        private double[] dayCpuGhz;

        private Builder() {
        }

        public Builder workload(String value) { workload = value; return this; }
        public Builder cpuSamples(int value) { cpuSamples = value; return this; }
        public Builder cpuPercentileGhz(Double value) { cpuPercentileGhz = value; return this; }
        public Builder plannedCpuGhz(Double value) { plannedCpuGhz = value; return this; }
        public Builder cpuPeakGhz(Double value) { cpuPeakGhz = value; return this; }
        public Builder cpuMeanGhz(Double value) { cpuMeanGhz = value; return this; }
        public Builder memoryGib(Double value) { memoryGib = value; return this; }
        public Builder memoryPeakGib(Double value) { memoryPeakGib = value; return this; }
        public Builder configuredVcpus(int value) { configuredVcpus = value; return this; }
        public Builder configuredMemoryGib(double value) { configuredMemoryGib = value; return this; }
        public Builder daySlotMinutes(int value) { daySlotMinutes = value; return this; }
        public Builder dayCpuGhz(double[] value) { dayCpuGhz = value; return this; }

        public MeasuredUse build() {
            return new MeasuredUse(workload, cpuSamples, cpuPercentileGhz, plannedCpuGhz, cpuPeakGhz, cpuMeanGhz,
                    memoryGib, memoryPeakGib, configuredVcpus, configuredMemoryGib, daySlotMinutes, dayCpuGhz);
        }
    }
}
