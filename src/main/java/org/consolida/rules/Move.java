package org.consolida.rules;

import org.consolida.inventory.Host;
import org.consolida.inventory.Workload;

/**
 * A workload the plan moves from {@code source} to {@code target}. {@code linkGbps} is the slowest link on the way:
 * the smaller NIC of the two hosts, and the WAN when they stand at different sites.
 */
public record Move(Workload workload, Host source, Host target, double linkGbps) implements Subject {
    private static final double GBIT_PER_GIB = 8 * 1.073741824;

    public boolean isSameFamily() {
        return source.hypervisor().family().equals(target.hypervisor().family());
    }

    public boolean isSameCpuVendor() {
        return source.model().cpuVendor().equals(target.model().cpuVendor());
    }

    public boolean isCrossSite() {
        return !source.site().id().equals(target.site().id());
    }

    /**
     * Whether it can move live: both hypervisors migrate live, they are of one family, and the CPUs are of one vendor.
     * Rules may spell out their own condition from the fields instead.
     */
    public boolean isLive() {
        return source.hypervisor().liveMigration() && target.hypervisor().liveMigration() && isSameFamily()
                && isSameCpuVendor();
    }

    /**
     * Seconds to copy its memory once over the link: a lower bound on a live migration (pre-copy rounds for dirtied
     * pages come on top; the simulation models them).
     */
    public double transferSeconds() {
        return linkGbps <= 0 ? Double.POSITIVE_INFINITY : workload.memoryGib() * GBIT_PER_GIB / linkGbps;
    }

    @Override
    public String subject() {
        return "workload " + workload.id();
    }
}
