package org.consolida.rules;

import org.consolida.inventory.Host;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Workload;

/**
 * A workload the plan moves from {@code source} to {@code target}. {@code linkGbps} is the slowest link on the way:
 * the smaller NIC of the two hosts, and the WAN when they stand at different sites.
 */
public record Move(Workload workload, Host source, Host target, double linkGbps) implements Subject {
    private static final double GBIT_PER_GIB = 8 * 1.073741824;

    public boolean isSameFamily() {
        return source.hypervisor().family().equalsIgnoreCase(target.hypervisor().family());
    }

    /** One CPU vendor at both ends, after normalisation ("intel" is "Intel", {@code MachineModel.cpuVendor}). */
    public boolean isSameCpuVendor() {
        return MachineModel.cpuVendor(source.model().cpuVendor())
                .equalsIgnoreCase(MachineModel.cpuVendor(target.model().cpuVendor()));
    }

    public boolean isCrossSite() {
        return !source.site().id().equals(target.site().id());
    }

    /**
     * Whether it can move live: the machine model's one answer ({@code MachineModel.canMigrateLive}: both hypervisors
     * migrate live, one family, one CPU vendor), which review rule MIG-001 reads as {@code live}.
     */
    public boolean isLive() {
        return MachineModel.canMigrateLive(source, target);
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
