package org.consolida.io.history;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a history sample measures, with the metric names that say so and how a value becomes CPU GHz or memory GiB.
 * Names are matched ignoring case; docs/history.md lists them.
 */
public enum Metric {
    /** CPU in use, in MHz: vCenter's {@code cpu.usagemhz.average}. */
    CPU_MHZ(true, "cpu.usagemhz.average", "cpu.usagemhz", "cpu_mhz", "cpu_usage_mhz"),
    /**
     * CPU busy in cores (core-seconds per second), as a Prometheus {@code rate(…cpu…seconds_total[5m])} gives it: one
     * busy core is the clock of one core of the workload's host.
     */
    CPU_CORES(true, "cpu_cores", "cpu_usage_cores"),
    /** CPU in % of the workload's vCPUs × its host's core clock: vCenter's {@code cpu.usage.average}. */
    CPU_PERCENT(true, "cpu.usage.average", "cpu.usage", "cpu_percent", "cpu_usage_percent"),
    /** CPU in % of the workload's {@code cpu_ghz} in the inventory: a PlanetLab trace (the VM's size is 100 %). */
    TRACE_PERCENT(true),
    /** Memory the host backs for the guest, in KB (KiB, as vCenter counts): {@code mem.consumed.average}. */
    MEMORY_KIB(false, "mem.consumed.average", "mem.consumed"),
    /** Memory in bytes, as Prometheus exporters give it ({@code container_memory_working_set_bytes} and the like). */
    MEMORY_BYTES(false, "memory_bytes", "mem_bytes"),
    /** Memory in MiB. */
    MEMORY_MIB(false, "memory_mib", "mem_mib");

    private final boolean cpu;
    private final List<String> names;

    Metric(boolean cpu, String... names) {
        this.cpu = cpu;
        this.names = List.of(names);
    }

    public boolean isCpu() {
        return cpu;
    }

    /** The names a CSV may give this metric; empty for metrics only a trace folder carries. */
    public List<String> names() {
        return names;
    }

    /** The metric a CSV row names, if Consolida reads it. */
    public static Optional<Metric> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.names.contains(key)).findFirst();
    }

    /** Whether a value is a share in percent, so that it cannot exceed 100. */
    boolean isPercent() {
        return this == CPU_PERCENT || this == TRACE_PERCENT;
    }

    /** A memory sample in GiB. */
    double gib(double value) {
        return switch (this) {
            case MEMORY_KIB -> value / (1024.0 * 1024);
            case MEMORY_BYTES -> value / (1024.0 * 1024 * 1024);
            case MEMORY_MIB -> value / 1024.0;
            default -> throw new IllegalStateException(this + " is not a memory metric");
        };
    }

    /** Preference among several CPU series of one workload: the most direct measurement first. */
    int cpuPreference() {
        return switch (this) {
            case CPU_MHZ -> 0;
            case CPU_CORES -> 1;
            case CPU_PERCENT -> 2;
            case TRACE_PERCENT -> 3;
            default -> Integer.MAX_VALUE;
        };
    }
}
