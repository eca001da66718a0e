package org.consolida.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.SpreadScope;

/**
 * A greedy packer's view of a partial placement: what each host carries, what each rack draws, where each redundancy
 * group already stands. {@link #fits} checks the vCPUs' speed, capacity (per-workload resources, CPU with the host's
 * overhead: the machine model's answers, as the constraints count them), maintenance, restrictions, spread and rack
 * power, the hosts' NICs and the WAN: a workload may not go where its flows to the peers placed so far would push its
 * host's NIC, a peer host's NIC, or a site's WAN link in either direction over what it offers (for the WAN, what the
 * problem gives it: the link, or a part's share of it). Placed one by one so, the whole stays within every NIC and
 * link. The failover reserve is left to the score, which judges every plan alike.
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

    // The WAN, per site (by index) and direction: what the links may carry and what the flows placed so far put on them.
    private final Map<String, Integer> siteIndex = new HashMap<>();
    private final int[] siteOfHost;
    private final long[] outCapacityMbps;
    private final long[] inCapacityMbps;
    private final long[] outMbps;
    private final long[] inMbps;
    /** Per host (by index), the Mbit/s of the flows placed so far between it and another host. */
    private final long[] nicMbps;
    /** Per placement (by index), its flows; null for a workload without flows. */
    private final List<List<Traffic>> flowsOf;

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
        this.siteOfHost = new int[problem.hostSlots()];
        for (PlannedHost host : problem.getHosts()) {
            String site = host.rack().site().id();
            siteOfHost[host.index()] = siteIndex.computeIfAbsent(site, k -> siteIndex.size());
        }
        int sites = siteIndex.size();
        this.outCapacityMbps = new long[sites];
        this.inCapacityMbps = new long[sites];
        Arrays.fill(outCapacityMbps, Long.MAX_VALUE);
        Arrays.fill(inCapacityMbps, Long.MAX_VALUE);
        for (WanLink link : problem.getWanLinks()) {
            Integer site = siteIndex.get(link.siteId());
            if (site != null) {
                (link.direction() == WanLink.Direction.OUT ? outCapacityMbps : inCapacityMbps)[site] =
                        link.capacityMbps();
            }
        }
        this.nicMbps = new long[problem.hostSlots()];
        this.outMbps = new long[sites];
        this.inMbps = new long[sites];
        this.flowsOf = new ArrayList<>(Collections.nCopies(problem.placementSlots(), null));
        for (Traffic traffic : problem.getTraffic()) {
            for (int end : new int[] {traffic.fromIndex(), traffic.toIndex()}) {
                if (flowsOf.get(end) == null) {
                    flowsOf.set(end, new ArrayList<>(2));
                }
                flowsOf.get(end).add(traffic);
            }
        }
    }

    /** The sites by index: {@link #siteOf} numbers them 0, 1, ... */
    int siteCount() {
        return siteIndex.size();
    }

    int siteOf(PlannedHost host) {
        return siteOfHost[host.index()];
    }

    /**
     * Per site (by {@link #siteOf} index), whether the workload's flows to its peers placed so far would push a WAN
     * link over what the problem gives it, were it placed at that site. All false for a workload without flows.
     */
    boolean[] wanBlockedSites(Placement placement) {
        boolean[] blocked = new boolean[siteCount()];
        if (flowsOf.get(placement.getIndex()) != null) {
            for (int site = 0; site < blocked.length; site++) {
                blocked[site] = !wanFits(placement, site);
            }
        }
        return blocked;
    }

    /**
     * The site (by index) that the workload's flows to its placed peers carry the most Mbit/s to, provided the WAN
     * can take its flows there; -1 when it has no placed peer or the WAN cannot.
     */
    int peersSite(Placement placement) {
        List<Traffic> flows = flowsOf.get(placement.getIndex());
        if (flows == null) {
            return -1;
        }
        long[] mbps = new long[siteCount()];
        boolean any = false;
        for (Traffic traffic : flows) {
            PlannedHost peer = assignment[traffic.fromIndex() == placement.getIndex() ? traffic.toIndex()
                    : traffic.fromIndex()];
            if (peer != null) {
                mbps[siteOf(peer)] += traffic.mbps();
                any = true;
            }
        }
        int best = -1;
        for (int site = 0; any && site < mbps.length; site++) {
            if (best < 0 || mbps[site] > mbps[best]) {
                best = site;
            }
        }
        return best >= 0 && wanFits(placement, best) ? best : -1;
    }

    /** Whether the links stay within their capacity with the workload at this site (links it adds nothing to may not). */
    private boolean wanFits(Placement placement, int site) {
        List<Traffic> flows = flowsOf.get(placement.getIndex());
        if (flows == null) {
            return true;
        }
        int sites = siteCount();
        long[] addedOut = new long[sites];
        long[] addedIn = new long[sites];
        if (!addCrossing(placement, site, flows, addedOut, addedIn)) {
            return true;
        }
        for (int s = 0; s < sites; s++) {
            if (addedOut[s] > 0 && outMbps[s] + addedOut[s] > outCapacityMbps[s]
                    || addedIn[s] > 0 && inMbps[s] + addedIn[s] > inCapacityMbps[s]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds to {@code out} and {@code in} (per site) the Mbit/s of the workload's flows to placed peers on other sites,
     * were it at {@code site}: a flow leaves its sender's site and enters its receiver's. False when none crosses.
     */
    private boolean addCrossing(Placement placement, int site, List<Traffic> flows, long[] out, long[] in) {
        boolean crosses = false;
        for (Traffic traffic : flows) {
            boolean sends = traffic.fromIndex() == placement.getIndex();
            PlannedHost peer = assignment[sends ? traffic.toIndex() : traffic.fromIndex()];
            if (peer == null || siteOf(peer) == site) {
                continue;
            }
            int from = sends ? site : siteOf(peer);
            int to = sends ? siteOf(peer) : site;
            out[from] += traffic.mbps();
            in[to] += traffic.mbps();
            crosses = true;
        }
        return crosses;
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
        return nicFits(placement, host) && wanFits(placement, siteOf(host));
    }

    /** Whether the NICs of the host and of its placed peers' hosts take its own traffic and the flows between them. */
    private boolean nicFits(Placement placement, PlannedHost host) {
        List<Traffic> flows = flowsOf.get(placement.getIndex());
        long added = placement.demandOn(Resource.NETWORK, host);
        for (Traffic traffic : flows == null ? List.<Traffic>of() : flows) {
            PlannedHost peer = peerHost(placement, traffic);
            if (peer != null && peer != host) {
                added += traffic.mbps();
                // Flows of one workload to peers on one host are few; each peer host is checked with all of them.
                if (!nicTakes(peer, peerLoad(placement, host, peer, flows))) {
                    return false;
                }
            }
        }
        return added == 0 || nicTakes(host, added);
    }

    /** The Mbit/s between the workload, were it on {@code host}, and its placed peers on {@code peer}. */
    private long peerLoad(Placement placement, PlannedHost host, PlannedHost peer, List<Traffic> flows) {
        long mbps = 0;
        for (Traffic traffic : flows) {
            if (peerHost(placement, traffic) == peer) {
                mbps += traffic.mbps();
            }
        }
        return mbps;
    }

    private boolean nicTakes(PlannedHost host, long addedMbps) {
        HostCapacity nic = host.capacity(Resource.NETWORK);
        return nic == null
                || used[host.index()][Resource.NETWORK.ordinal()] + nicMbps[host.index()] + addedMbps <= nic.limit();
    }

    private PlannedHost peerHost(Placement placement, Traffic traffic) {
        return assignment[traffic.fromIndex() == placement.getIndex() ? traffic.toIndex() : traffic.fromIndex()];
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
        List<Traffic> flows = flowsOf.get(placement.getIndex());
        if (flows != null) {
            addCrossing(placement, siteOf(host), flows, outMbps, inMbps);
            for (Traffic traffic : flows) {
                PlannedHost peer = peerHost(placement, traffic);
                if (peer != null && peer != host) {
                    nicMbps[host.index()] += traffic.mbps();
                    nicMbps[peer.index()] += traffic.mbps();
                }
            }
        }
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
