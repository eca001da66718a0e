package org.consolida.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.SpreadScope;

/**
 * A greedy packer's view of a partial placement: what each host carries, what each rack draws, where each redundancy
 * group already stands. {@link #fits} checks the vCPUs' speed, capacity (per-workload resources, CPU with the host's
 * overhead: the machine model's answers, as the constraints count them), maintenance, restrictions, spread and rack
 * power, and the NICs and the WAN links for the flows to the peers placed so far ({@link FlowRoom}). The failover
 * reserve is left to the score, which judges every plan alike.
 */
final class Packing {
    private final PlacementSolution problem;
    private final PlannedHost[] assignment;
    private final long[][] used;
    private final boolean[] active;
    private final long[] energyCents;
    private final Map<String, Long> rackWatts = new HashMap<>();
    private final Map<String, List<Placement>> groupMembers = new HashMap<>();

    private final boolean withinCeiling;

    /** What the NICs and WAN links have left for flows, over the same assignment. */
    private final FlowRoom flows;

    Packing(PlacementSolution problem) {
        this(problem, false);
    }

    /** With {@code withinCeiling}, a host takes CPU only up to the policy's utilisation ceiling (no headroom cost). */
    Packing(PlacementSolution problem, boolean withinCeiling) {
        this.problem = problem;
        this.withinCeiling = withinCeiling;
        this.assignment = new PlannedHost[problem.placementSlots()];
        this.used = new long[problem.hostSlots()][Resource.COUNT];
        this.active = new boolean[problem.hostSlots()];
        this.energyCents = new long[problem.hostSlots()];
        this.flows = new FlowRoom(problem, assignment);
    }

    /** The sites by index: {@link #siteOf} numbers them 0, 1, ... */
    int siteCount() {
        return flows.siteCount();
    }

    int siteOf(PlannedHost host) {
        return flows.siteOf(host);
    }

    /** See {@link FlowRoom#wanBlockedSites}. */
    boolean[] wanBlockedSites(Placement placement) {
        return flows.wanBlockedSites(placement);
    }

    /** See {@link FlowRoom#peersSite}. */
    int peersSite(Placement placement) {
        return flows.peersSite(placement);
    }

    PlannedHost[] assignment() {
        return assignment;
    }

    long used(PlannedHost host, Resource resource) {
        return used[host.index()][resource.ordinal()];
    }

    long cpuMhz(PlannedHost host) {
        return used[host.index()][Resource.CPU.ordinal()];
    }

    /** Yearly energy cost of a host as packed so far (0 while it is empty and off). */
    long energyCents(PlannedHost host) {
        return energyCents[host.index()];
    }

    boolean isActive(PlannedHost host) {
        return active[host.index()];
    }

    boolean fits(Placement placement, PlannedHost host) {
        if (host.inMaintenance() || placement.forbiddenOn(host) || !placement.vcpusKeepUpOn(host)) {
            return false;
        }
        long[] load = used[host.index()];
        for (Resource resource : Resource.ALL) {
            HostCapacity capacity = host.capacity(resource);
            if (resource.perWorkload() && capacity != null
                    && load[resource.ordinal()] + placement.demandOn(resource, host) > capacity.limit()) {
                return false;
            }
        }
        if (withinCeiling && host.headroomCents(load[Resource.CPU.ordinal()] + placement.cpuMhzOn(host)) > 0) {
            return false;
        }
        if (placement.getGroup() != null) {
            for (Placement member : groupMembers.getOrDefault(placement.getGroup(), List.of())) {
                if (sameDomain(host, assignment[member.getIndex()], stricter(placement, member))) {
                    return false;
                }
            }
        }
        if (host.rackCanOverload()) {
            long before = isActive(host) ? Math.round(host.watts(cpuMhz(host))) : 0;
            long after = Math.round(host.watts(cpuMhz(host) + placement.cpuMhzOn(host)));
            long rackBefore = rackWatts.getOrDefault(host.rack().id(), 0L);
            if (rackBefore - before + after > Math.round(host.rack().powerWatts())) {
                return false;
            }
        }
        return flows.fits(placement, host);
    }

    void place(Placement placement, PlannedHost host) {
        long before = isActive(host) ? Math.round(host.watts(cpuMhz(host))) : 0;
        long[] load = used[host.index()];
        for (Resource resource : Resource.ALL) {
            load[resource.ordinal()] += placement.demandOn(resource, host);
        }
        long after = Math.round(host.watts(cpuMhz(host)));
        rackWatts.merge(host.rack().id(), after - before, Long::sum);
        assignment[placement.getIndex()] = host;
        active[host.index()] = true;
        energyCents[host.index()] = host.energyCents(cpuMhz(host));
        if (placement.getGroup() != null) {
            groupMembers.computeIfAbsent(placement.getGroup(), k -> new ArrayList<>()).add(placement);
        }
        flows.place(placement, host);
    }

    /** Places the pinned workloads where they are, whatever fits: the search could not move them either. */
    void placePinned() {
        for (Placement placement : problem.getPlacements()) {
            if (placement.isPinned()) {
                place(placement, placement.getCurrentHost());
            }
        }
    }

    /** Two members of one redundancy group are kept apart at the stricter of their spreads. */
    static SpreadScope stricter(Placement a, Placement b) {
        return a.getSpread().compareTo(b.getSpread()) >= 0 ? a.getSpread() : b.getSpread();
    }

    static boolean sameDomain(PlannedHost a, PlannedHost b, SpreadScope scope) {
        return switch (scope) {
            case HOST -> a == b;
            case RACK -> a.rack().id().equals(b.rack().id());
            case SITE -> a.rack().site().id().equals(b.rack().site().id());
        };
    }
}
