package org.consolida.planning;

import java.util.BitSet;

import org.consolida.inventory.Restriction;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.Workload;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Where one workload runs in the plan. The only thing the search changes is {@link #getHost()}; null means the
 * workload could not be placed. Everything else is fixed for the problem and precomputed (demand per resource in
 * whole units, its size for the unplaced penalty, the cost of moving it).
 */
@PlanningEntity
public class Placement {
    @PlanningId
    private String id;
    private int index;
    private Workload workload;
    private long[] demand;
    private long[] cpuMhzByMachine;
    private BitSet vcpusTooSlow;
    private long size;
    private long migrationCents;
    private PlannedHost currentHost;
    private BitSet forbidden;
    private ForbiddenPlacements restrictions;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true)
    private PlannedHost host;

    public Placement() {
        // for Timefold's solution cloner
    }

    Placement(int index, Workload workload, long[] demand, long[] cpuMhzByMachine, BitSet vcpusTooSlow, long size,
              long migrationCents, PlannedHost currentHost, BitSet forbidden, ForbiddenPlacements restrictions,
              boolean pinned) {
        this.id = workload.id();
        this.index = index;
        this.workload = workload;
        this.demand = demand;
        this.cpuMhzByMachine = cpuMhzByMachine;
        this.vcpusTooSlow = vcpusTooSlow;
        this.size = size;
        this.migrationCents = migrationCents;
        this.currentHost = currentHost;
        this.forbidden = forbidden;
        this.restrictions = restrictions;
        this.pinned = pinned;
    }

    /** A copy for a clone of the solution: the same workload and facts, its own host variable. */
    Placement copy() {
        Placement copy = new Placement(index, workload, demand, cpuMhzByMachine, vcpusTooSlow, size, migrationCents,
                currentHost, forbidden, restrictions, pinned);
        copy.host = host;
        return copy;
    }

    /** Builds a {@link Placement} by name: the problem facts of one workload, more than a call should list. */
    static final class Builder {
        private int index;
        private Workload workload;
        private long[] demand;
        private long[] cpuMhzByMachine;
        private BitSet vcpusTooSlow;
        private long size;
        private long migrationCents;
        private PlannedHost currentHost;
        private BitSet forbidden;
        private ForbiddenPlacements restrictions;
        private boolean pinned;

        Builder index(int value) {
            index = value;
            return this;
        }

        Builder workload(Workload value) {
            workload = value;
            return this;
        }

        /** Nominal demand per resource, and its size for the constructions' ordering. */
        Builder demand(long[] value, long sizeValue) {
            demand = value;
            size = sizeValue;
            return this;
        }

        /** Per machine kind: the host CPU (MHz) the workload costs there, and whether its vCPUs are too slow. */
        Builder machines(long[] cpuMhz, BitSet tooSlow) {
            cpuMhzByMachine = cpuMhz;
            vcpusTooSlow = tooSlow;
            return this;
        }

        /** Where it runs today (null: nowhere), what moving it costs a year, and whether it must stay. */
        Builder today(PlannedHost host, long cents, boolean pinnedThere) {
            currentHost = host;
            migrationCents = cents;
            pinned = pinnedThere;
            return this;
        }

        Builder forbidden(BitSet hostIndexes, ForbiddenPlacements value) {
            forbidden = hostIndexes;
            restrictions = value;
            return this;
        }

        Placement build() {
            return new Placement(index, workload, demand, cpuMhzByMachine, vcpusTooSlow, size, migrationCents,
                    currentHost, forbidden, restrictions, pinned);
        }
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public Workload getWorkload() {
        return workload;
    }

    /**
     * Nominal demand of a per-workload resource in its unit (0 for network, which depends on the peers' placement);
     * CPU without the hypervisor's overhead, which depends on the host: see {@link #demandOn}.
     */
    public long demand(Resource resource) {
        return demand[resource.ordinal()];
    }

    /** What the workload costs a host of a resource: CPU with that host's hypervisor overhead, the rest as demanded. */
    public long demandOn(Resource resource, PlannedHost host) {
        return resource == Resource.CPU ? cpuMhzOn(host) : demand[resource.ordinal()];
    }

    /** Host CPU (MHz) the workload costs on a host at planned demand, overhead included (MachineModel.hostGhz). */
    public long cpuMhzOn(PlannedHost host) {
        return cpuMhzByMachine[host.machineIndex()];
    }

    /** Whether its vCPUs can run its planned demand on a host's cores (MachineModel.vcpusKeepUp). */
    public boolean vcpusKeepUpOn(PlannedHost host) {
        return !vcpusTooSlow.get(host.machineIndex());
    }

    /** Demand of every resource, by {@link Resource} ordinal; not to be changed. */
    long[] demandVector() {
        return demand;
    }

    /** Nominal CPU demand (MHz) without overhead: a size for ordering; a host's load counts {@link #cpuMhzOn}. */
    public long cpuMhz() {
        return demand[Resource.CPU.ordinal()];
    }

    /** Weight of leaving it unplaced: 1 + its largest share of an average host, in thousandths. */
    public long getSize() {
        return size;
    }

    public long getMigrationCents() {
        return migrationCents;
    }

    public PlannedHost getCurrentHost() {
        return currentHost;
    }

    public boolean isPinned() {
        return pinned;
    }

    public PlannedHost getHost() {
        return host;
    }

    public void setHost(PlannedHost host) {
        this.host = host;
    }

    public boolean isMoved() {
        return currentHost != null && host != null && host != currentHost;
    }

    /** Whether the policy forbids this workload on a host: one bit, as it is asked on every move. */
    public boolean forbiddenOn(PlannedHost candidate) {
        return candidate != null && forbidden.get(candidate.index());
    }

    /** The hosts the policy forbids it, by host index; not to be changed. */
    BitSet forbiddenHosts() {
        return forbidden;
    }

    /** The restriction that forbids this workload on a host, with its rule and reason, or null. */
    public Restriction restrictionOn(PlannedHost candidate) {
        return forbiddenOn(candidate) ? restrictions.restriction(workload, candidate.host()).orElse(null) : null;
    }

    public String getGroup() {
        return workload.group();
    }

    public SpreadScope getSpread() {
        return workload.spread();
    }

    @Override
    public String toString() {
        return id + "@" + (host == null ? "-" : host.id());
    }
}
