package org.consolida.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hosts' NICs and the sites' WAN links have left for flows, for a greedy construction ({@link Packing}): a
 * workload may not go where its own traffic and its flows to the peers placed so far would push its host's NIC, a
 * peer host's NIC, or a site's WAN link in either direction over what it offers (for the WAN, what the problem gives
 * it: the link, or a part's share of it). Placed one by one so, the whole stays within every NIC and link. Flows to
 * peers not yet placed count when those peers are.
 */
final class FlowRoom {
    private final PlannedHost[] assignment;

    // The WAN, per site (by index) and direction: what the links may carry and what the flows placed so far put on them.
    private final Map<String, Integer> siteIndex = new HashMap<>();
    private final int[] siteOfHost;
    private final long[] outCapacityMbps;
    private final long[] inCapacityMbps;
    private final long[] outMbps;
    private final long[] inMbps;
    /** Per host (by index), the Mbit/s placed so far on its NIC: its workloads' own traffic, flows to other hosts. */
    private final long[] nicMbps;
    /** Per placement (by index), its flows; null for a workload without flows. */
    private final List<List<Traffic>> flowsOf;

    /** @param assignment the construction's assignment, which this reads as the construction fills it */
    FlowRoom(PlacementSolution problem, PlannedHost[] assignment) {
        this.assignment = assignment;
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

    /** Whether the NICs and the WAN links take the workload's traffic on this host (see the class comment). */
    boolean fits(Placement placement, PlannedHost host) {
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
        return nic == null || nicMbps[host.index()] + addedMbps <= nic.limit();
    }

    private PlannedHost peerHost(Placement placement, Traffic traffic) {
        return assignment[traffic.fromIndex() == placement.getIndex() ? traffic.toIndex() : traffic.fromIndex()];
    }

    /** Counts the workload's own traffic and its flows to its placed peers on the NICs and links, now it is on the host. */
    void place(Placement placement, PlannedHost host) {
        nicMbps[host.index()] += placement.demandOn(Resource.NETWORK, host);
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
}
