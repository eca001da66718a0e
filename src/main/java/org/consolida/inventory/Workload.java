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

    /**
     * A builder for a workload with this id. Defaults are those of a blank optional column of the Workloads sheet: a
     * VM, no storage, any virtualisation mode, not placed today, not pinned, in no group (spread by host), normal
     * criticality, no throughput target, flat demand, no remote access. {@code vcpus}, {@code cpuGhz} and
     * {@code memoryGib} have no default: left unset, {@link Builder#build()} rejects them.
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this workload's values, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(id).kind(kind).vcpus(vcpus).cpuGhz(cpuGhz).memoryGib(memoryGib).storageGib(storageGib).os(os)
                .virtualization(virtualization).currentHost(currentHost).pinned(pinned).group(group).spread(spread)
                .criticality(criticality).opsPerSec(opsPerSec).profile(profile).remoteAccess(remoteAccess);
    }

    // Records hash every component; workloads sit in hash joins of the solver, so hash by id alone.
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Fluent construction of a {@link Workload}; the record's constructor checks the values on {@link #build()}. */
    public static final class Builder {
        private String id;
        private WorkloadKind kind = WorkloadKind.VM;
        private int vcpus;
        private double cpuGhz = Double.NaN;
        private double memoryGib = Double.NaN;
        private double storageGib;
        private String os = "";
        private VirtualizationMode virtualization = VirtualizationMode.ANY;
        private Host currentHost;
        private boolean pinned;
        private String group;
        private SpreadScope spread = SpreadScope.HOST;
        private Criticality criticality = Criticality.NORMAL;
        private double opsPerSec;
        private DemandProfile profile;
        private RemoteAccess remoteAccess = RemoteAccess.NONE;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String value) { id = value; return this; }
        public Builder kind(WorkloadKind value) { kind = value; return this; }
        public Builder vcpus(int value) { vcpus = value; return this; }
        public Builder cpuGhz(double value) { cpuGhz = value; return this; }
        public Builder memoryGib(double value) { memoryGib = value; return this; }
        public Builder storageGib(double value) { storageGib = value; return this; }
        public Builder os(String value) { os = value; return this; }
        public Builder virtualization(VirtualizationMode value) { virtualization = value; return this; }
        /** Where it runs today; null for a workload not placed yet. */
        public Builder currentHost(Host value) { currentHost = value; return this; }
        public Builder pinned(boolean value) { pinned = value; return this; }
        /** Its redundancy group (null: none); members are spread across {@link #spread(SpreadScope)}. */
        public Builder group(String value) { group = value; return this; }
        public Builder spread(SpreadScope value) { spread = value; return this; }
        public Builder criticality(Criticality value) { criticality = value; return this; }
        public Builder opsPerSec(double value) { opsPerSec = value; return this; }
        /** Its demand over the day; null: at peak all day. */
        public Builder profile(DemandProfile value) { profile = value; return this; }
        public Builder remoteAccess(RemoteAccess value) { remoteAccess = value; return this; }

        public Workload build() {
            return new Workload(id, kind, vcpus, cpuGhz, memoryGib, storageGib, os, virtualization, currentHost, pinned,
                    group, spread, criticality, opsPerSec, profile, remoteAccess);
        }
    }
}
