package org.consolida.rules;

import java.util.Locale;

import org.consolida.inventory.MeasuredUse;

/**
 * A right-sizing suggestion: a workload whose configured vCPUs or memory exceed what its history says it needs by a
 * factor, the size suggested, and what the change frees. Review rules insert it beside their finding, and the reports
 * sum what all of them free. What a workload needs: enough vCPUs to run its observed CPU peak at full speed on the
 * cores of its host, and its observed memory peak with a margin (see {@link MeasuredUse}).
 *
 * @param workload            the workload's id
 * @param vcpus               vCPUs configured
 * @param suggestedVcpus      vCPUs suggested (the configured count when vCPUs are not oversized)
 * @param memoryGib           memory configured
 * @param suggestedMemoryGib  memory suggested (the configured memory when it is not oversized)
 * @param cpuPeakGhz          the observed CPU peak (null without CPU history)
 * @param memoryPeakGib       the observed memory peak (null without memory history)
 */
public record RightSizing(String workload, int vcpus, int suggestedVcpus, double memoryGib, double suggestedMemoryGib,
                          Double cpuPeakGhz, Double memoryPeakGib) implements Subject {

    /**
     * The suggestion for a measured workload on cores of a clock, or null when neither its vCPUs reach
     * {@code vcpuFactor} × the vCPUs its peak needs nor its memory {@code memoryFactor} × its peak with the margin.
     */
    public static RightSizing suggest(MeasuredUse use, double coreGhz, double vcpuFactor, double memoryFactor,
                                      double memoryMargin) {
        int neededVcpus = use.vcpusForPeak(coreGhz);
        double neededMemory = use.memoryForPeakGib(memoryMargin);
        boolean vcpusOversized = use.hasCpu() && use.configuredVcpus() >= vcpuFactor * neededVcpus
                && neededVcpus < use.configuredVcpus();
        boolean memoryOversized = use.hasMemory() && use.configuredMemoryGib() >= memoryFactor * neededMemory
                && neededMemory < use.configuredMemoryGib();
        if (!vcpusOversized && !memoryOversized) {
            return null;
        }
        return new RightSizing(use.workload(), use.configuredVcpus(), vcpusOversized ? neededVcpus : use.configuredVcpus(),
                use.configuredMemoryGib(), memoryOversized ? neededMemory : use.configuredMemoryGib(), use.cpuPeakGhz(),
                use.memoryPeakGib());
    }

    public int vcpusFreed() {
        return vcpus - suggestedVcpus;
    }

    public double memoryGibFreed() {
        return memoryGib - suggestedMemoryGib;
    }

    /** What the finding says: the measured peaks against the configuration. */
    public String message() {
        StringBuilder text = new StringBuilder("configured with ").append(vcpus).append(" vCPUs and ")
                .append(gib(memoryGib)).append(" GiB, it used at most ");
        text.append(cpuPeakGhz == null ? "(CPU not measured)" : String.format(Locale.ROOT, "%.2f GHz", cpuPeakGhz));
        text.append(" and ").append(memoryPeakGib == null ? "(memory not measured)"
                : String.format(Locale.ROOT, "%.1f GiB", memoryPeakGib));
        return text.append(" in its history").toString();
    }

    /** What the finding recommends: the suggested size and what it frees. */
    public String recommendation() {
        StringBuilder text = new StringBuilder("resize to ").append(suggestedVcpus).append(" vCPUs and ")
                .append(gib(suggestedMemoryGib)).append(" GiB, freeing ");
        if (vcpusFreed() > 0) {
            text.append(vcpusFreed()).append(" vCPUs");
        }
        if (memoryGibFreed() > 0) {
            text.append(vcpusFreed() > 0 ? " and " : "").append(gib(memoryGibFreed())).append(" GiB of memory");
        }
        return text.toString();
    }

    private static String gib(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String subject() {
        return "workload " + workload;
    }
}
