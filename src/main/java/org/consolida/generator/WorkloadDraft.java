package org.consolida.generator;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.RemoteAccess;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;

/**
 * A workload while it is being generated: first what it is and its unscaled size, then its size scaled to the
 * datacenter, then where it runs today and what it demands there. Becomes a {@code Workload} record at the end.
 */
final class WorkloadDraft {
    /** The hosts a workload can run on today: bare-metal hypervisors, the container runtime or the hosted lab. */
    enum Pool { VM, CONTAINER, LAB }

    /** Position in the inventory's workload list. */
    final int index;
    final String id;
    final WorkloadRole role;
    final Pool pool;
    final String os;
    final Criticality criticality;
    /** The site the workload lives at, or null if any will do. */
    Site homeSite;
    String group;
    SpreadScope spread;
    RemoteAccess remoteAccess = RemoteAccess.NONE;

    double rawVcpus;
    double rawMemoryGib;
    double rawStorageGib;

    int vcpus;
    double memoryGib;
    double storageGib;

    /** Index of today's host in the fleet, or -1 before placement. */
    int host = -1;
    VirtualizationMode virtualization = VirtualizationMode.ANY;
    double cpuGhz;
    double opsPerSec;
    boolean pinned;

    WorkloadDraft(int index, String id, WorkloadRole role, Pool pool, String os, Criticality criticality,
                  Site homeSite) {
        this.index = index;
        this.id = id;
        this.role = role;
        this.pool = pool;
        this.os = os;
        this.criticality = criticality;
        this.homeSite = homeSite;
    }

    WorkloadDraft sized(double vcpus, double memoryGib, double storageGib) {
        this.rawVcpus = vcpus;
        this.rawMemoryGib = memoryGib;
        this.rawStorageGib = storageGib;
        return this;
    }

    WorkloadDraft inGroup(String group, SpreadScope spread) {
        this.group = group;
        this.spread = spread;
        return this;
    }
}
