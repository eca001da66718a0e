package org.consolida.inventory;

/**
 * A VM, VDI desktop or container and what it demands. {@code cpuGhz} is its CPU demand at a high percentile (the
 * figure capacity is planned for), {@code opsPerSec} the throughput it must deliver at peak, and {@code profile} how
 * its demand moves over the day. {@code currentHost} is where it runs today, or null for a workload not yet placed.
 */
public record Workload(String id, WorkloadKind kind, int vcpus, double cpuGhz, double memoryGib, double storageGib,
                       String os, VirtualizationMode virtualization, Host currentHost, boolean pinned, String group,
                       SpreadScope spread, Criticality criticality, double opsPerSec, DemandProfile profile,
                       RemoteAccess remoteAccess) {
    public Workload {
        id = Checks.id("workload", id);
        Checks.present("kind", kind);
        Checks.positive("vcpus", vcpus);
        Checks.nonNegative("cpu_ghz", cpuGhz);
        Checks.positive("memory_gib", memoryGib);
        Checks.nonNegative("storage_gib", storageGib);
        os = os == null ? "" : os.strip();
        Checks.present("virtualization", virtualization);
        group = group == null || group.isBlank() ? null : group.strip();
        spread = spread == null ? SpreadScope.HOST : spread;
        criticality = criticality == null ? Criticality.NORMAL : criticality;
        Checks.nonNegative("ops_per_sec", opsPerSec);
        profile = profile == null ? DemandProfile.flat() : profile;
        remoteAccess = remoteAccess == null ? RemoteAccess.NONE : remoteAccess;
        if (pinned && currentHost == null) {
            throw new IllegalArgumentException("a pinned workload needs a current_host to stay on");
        }
    }

    // Records hash every component; workloads sit in hash joins of the solver, so hash by id alone.
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
