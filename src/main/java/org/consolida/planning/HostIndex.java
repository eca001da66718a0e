package org.consolida.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The hosts of a {@link Packing}, indexed by free capacity so that a greedy construction finds a host in about
 * O(kinds × log hosts) instead of scanning every host per workload.
 *
 * <p>Hosts are grouped by kind: hosts of one kind cost a workload the same CPU and the same yearly money when it lands
 * there (one machine, one site's energy price, one rack-space price), so among the empty hosts of a kind any one is as
 * good as another, and the running ones differ only by how full they are. Each kind keeps two max-trees (segment
 * trees) over its hosts in a given order, one for the running hosts and one for the empty ones; each node holds the
 * largest free amount of every per-workload resource below it (CPU up to the policy's utilisation ceiling when the
 * packing keeps to it). A query walks down to the first host, in that order, whose free amounts cover the demand and
 * which {@link Packing#fits} (restrictions, spread, rack power, vCPU speed), skipping subtrees that cannot hold it.
 * A workload the restrictions forbid on every host of a kind skips that kind at once (one look-up per distinct
 * restriction pattern), and so does one whose flows to its placed peers the WAN cannot take at the kind's site.
 */
final class HostIndex {
    private static final long NONE = Long.MIN_VALUE;
    /**
     * Running hosts per kind offered as candidates: their cost differs where their power curves stand, so a few give
     * the best fit a choice (on medium, 4 came nearer the exhaustive scan's start than 1).
     */
    private static final int RUNNING_CANDIDATES = 4;
    private static final int DIMENSIONS = 3; // CPU, MEMORY, STORAGE: the per-workload resources
    private static final Resource[] PER_WORKLOAD = {Resource.CPU, Resource.MEMORY, Resource.STORAGE};

    private final Packing packing;
    private final Kind[] kinds;
    private final Kind[] kindOfHost;
    private final int[] leafOfHost;
    private final long[] cpuCeilingMhz;
    private final Map<BitSet, boolean[]> wholeKindForbidden = new HashMap<>();
    private boolean keepFlowsTogether;

    /**
     * @param position the rank of each host (by host index) in the order queries prefer: the first host that fits,
     *                 in this order, is returned
     * @param byCost   whether kinds also separate hosts by price (site energy price, rack space); without, by machine
     */
    HostIndex(Packing packing, PlacementSolution problem, int[] position, boolean byCost, boolean withinCeiling) {
        this.packing = packing;
        List<PlannedHost> hosts = new ArrayList<>(problem.getHosts());
        hosts.sort((a, b) -> Integer.compare(position[a.index()], position[b.index()]));
        Map<String, List<PlannedHost>> byKind = new LinkedHashMap<>();
        for (PlannedHost host : hosts) {
            if (host.inMaintenance()) {
                continue; // nothing may run there
            }
            // A kind stands at one site, so that a workload whose flows the WAN cannot take there skips it whole.
            String key = packing.siteOf(host) + "/" + host.machineIndex() + (byCost ? "/"
                    + host.energyCentsPerWattYear() + "/" + host.rackSpaceCentsPerYear() : "");
            byKind.computeIfAbsent(key, k -> new ArrayList<>()).add(host);
        }
        this.kinds = new Kind[byKind.size()];
        this.kindOfHost = new Kind[problem.hostSlots()];
        this.leafOfHost = new int[problem.hostSlots()];
        this.cpuCeilingMhz = new long[problem.hostSlots()];
        int k = 0;
        for (List<PlannedHost> members : byKind.values()) {
            Kind kind = new Kind(k, members);
            kinds[k++] = kind;
            for (int leaf = 0; leaf < members.size(); leaf++) {
                PlannedHost host = members.get(leaf);
                kindOfHost[host.index()] = kind;
                leafOfHost[host.index()] = leaf;
                kind.rank[leaf] = position[host.index()];
                cpuCeilingMhz[host.index()] = withinCeiling ? ceilingMhz(host) : Long.MAX_VALUE;
            }
        }
        for (Kind kind : kinds) {
            for (PlannedHost host : kind.hosts) {
                update(host);
            }
        }
    }

    /** The rank of each host in inventory order. */
    static int[] inventoryOrder(PlacementSolution problem) {
        int[] position = new int[problem.hostSlots()];
        Arrays.setAll(position, i -> i);
        return position;
    }

    /** Places a workload through the packing and refreshes the host's free amounts. */
    void place(Placement placement, PlannedHost host) {
        packing.place(placement, host);
        if (kindOfHost[host.index()] != null) {
            update(host);
        }
    }

    /**
     * From now on, a workload with peers placed already looks first at the site its flows to them mostly go to, and
     * elsewhere only when nothing fits there: flow-connected workloads end up on one site and leave the WAN to the flows
     * that must cross it (a group spread by site, or peers that fit nowhere together). The search's own constructions
     * use it; the baselines do not.
     */
    HostIndex keepingFlowsTogether() {
        keepFlowsTogether = true;
        return this;
    }

    /** The first host in the index's order that fits the workload, running or empty; null when none fits. */
    PlannedHost firstFit(Placement placement) {
        return peersSiteFirst(placement, sites -> firstFit(placement, sites), Objects::nonNull);
    }

    private PlannedHost firstFit(Placement placement, boolean[] sites) {
        PlannedHost active = first(placement, true, sites);
        PlannedHost empty = first(placement, false, sites);
        if (active == null || empty == null) {
            return active == null ? empty : active;
        }
        return rank(active) <= rank(empty) ? active : empty;
    }

    /**
     * The first running host in the index's order that fits, else the first empty one: fills the hosts early in the
     * order before it opens another. With flows kept together, both are looked for at the peers' site first.
     */
    PlannedHost firstRunningElseEmpty(Placement placement) {
        return peersSiteFirst(placement, sites -> firstRunningElseEmpty(placement, sites), Objects::nonNull);
    }

    private PlannedHost firstRunningElseEmpty(Placement placement, boolean[] sites) {
        PlannedHost running = first(placement, true, sites);
        return running != null ? running : first(placement, false, sites);
    }

    /** The first host, in the index's order and among the running ones ({@code active}) or the empty ones, that fits. */
    private PlannedHost first(Placement placement, boolean active, boolean[] sites) {
        PlannedHost best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Kind kind : eligibleKinds(placement, sites)) {
            PlannedHost found = kind.first(placement, active);
            if (found != null && rank(found) < bestRank) {
                best = found;
                bestRank = rank(found);
            }
        }
        return best;
    }

    /**
     * Per kind, the first few running hosts and the first empty host that fit: the candidates among which every host of a kind
     * costs alike (empty hosts) or nearly alike (running ones, which differ only in where their power curve stands).
     */
    List<PlannedHost> candidates(Placement placement) {
        return peersSiteFirst(placement, sites -> candidates(placement, sites), found -> !found.isEmpty());
    }

    private List<PlannedHost> candidates(Placement placement, boolean[] sites) {
        List<PlannedHost> found = new ArrayList<>(2 * kinds.length);
        for (Kind kind : eligibleKinds(placement, sites)) {
            kind.first(placement, true, RUNNING_CANDIDATES, found);
            PlannedHost empty = kind.first(placement, false);
            if (empty != null) {
                found.add(empty);
            }
        }
        return found;
    }

    /** The kinds at these sites that the restrictions allow and whose cores keep up with the workload's vCPUs. */
    private List<Kind> eligibleKinds(Placement placement, boolean[] sites) {
        boolean[] forbiddenKinds = forbiddenKinds(placement);
        List<Kind> eligible = new ArrayList<>(kinds.length);
        for (Kind kind : kinds) {
            if (!forbiddenKinds[kind.id] && sites[kind.site] && placement.vcpusKeepUpOn(kind.hosts.get(0))) {
                eligible.add(kind);
            }
        }
        return eligible;
    }

    /** Asks at the placed peers' site first, when flows are kept together and there is one, then wherever it may go. */
    private <T> T peersSiteFirst(Placement placement, Function<boolean[], T> query, Predicate<T> found) {
        boolean[] preferred = preferredSites(placement);
        if (preferred != null) {
            T result = query.apply(preferred);
            if (found.test(result)) {
                return result;
            }
        }
        return query.apply(allowedSites(placement));
    }

    /** The sites (by index) where the WAN can take the workload's flows to its placed peers. */
    private boolean[] allowedSites(Placement placement) {
        boolean[] allowed = packing.wanBlockedSites(placement);
        for (int site = 0; site < allowed.length; site++) {
            allowed[site] = !allowed[site];
        }
        return allowed;
    }

    /** Only the site its placed peers' flows mostly go to, when flows are kept together and it has such a site. */
    private boolean[] preferredSites(Placement placement) {
        int site = keepFlowsTogether ? packing.peersSite(placement) : -1;
        if (site < 0) {
            return null;
        }
        boolean[] preferred = new boolean[packing.siteCount()];
        preferred[site] = true;
        return preferred;
    }

    private int rank(PlannedHost host) {
        return kindOfHost[host.index()].rank[leafOfHost[host.index()]];
    }

    private boolean[] forbiddenKinds(Placement placement) {
        BitSet forbidden = placement.forbiddenHosts();
        if (forbidden.isEmpty()) {
            return new boolean[kinds.length];
        }
        return wholeKindForbidden.computeIfAbsent(forbidden, bits -> {
            boolean[] whole = new boolean[kinds.length];
            for (Kind kind : kinds) {
                whole[kind.id] = kind.hosts.stream().allMatch(h -> bits.get(h.index()));
            }
            return whole;
        });
    }

    private void update(PlannedHost host) {
        Kind kind = kindOfHost[host.index()];
        int leaf = leafOfHost[host.index()];
        long[] free = new long[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            HostCapacity capacity = host.capacity(PER_WORKLOAD[d]);
            free[d] = capacity == null ? Long.MAX_VALUE : capacity.limit() - packing.used(host, PER_WORKLOAD[d]);
        }
        free[0] = Math.min(free[0], cpuCeilingMhz[host.index()] - packing.cpuMhz(host));
        boolean active = packing.isActive(host);
        kind.set(true, leaf, active ? free : null);
        kind.set(false, leaf, active ? null : free);
    }

    /** The most CPU (MHz) a host may carry without a headroom cost: the policy's ceiling, found by bisection. */
    private static long ceilingMhz(PlannedHost host) {
        long low = 0;
        long high = host.physicalCpuMhz() * 64;
        if (host.headroomCents(high) == 0) {
            return Long.MAX_VALUE;
        }
        while (low < high) {
            long mid = (low + high + 1) >>> 1;
            if (host.headroomCents(mid) == 0) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The hosts of one kind and their two max-trees. */
    private final class Kind {
        final int id;
        final List<PlannedHost> hosts;
        /** The kind's site, by {@link Packing#siteOf} index. */
        final int site;
        final int[] rank;
        final int size;
        // tree[active ? 1 : 0][dimension][node]; leaves at size + leaf
        final long[][][] tree;
        final long[] demand = new long[DIMENSIONS];

        Kind(int id, List<PlannedHost> hosts) {
            this.id = id;
            this.hosts = hosts;
            this.site = packing.siteOf(hosts.get(0));
            this.rank = new int[hosts.size()];
            int s = 1;
            while (s < hosts.size()) {
                s <<= 1;
            }
            this.size = s;
            this.tree = new long[2][DIMENSIONS][2 * s];
            for (long[][] byState : tree) {
                for (long[] byDimension : byState) {
                    Arrays.fill(byDimension, NONE);
                }
            }
        }

        void set(boolean active, int leaf, long[] free) {
            long[][] t = tree[active ? 1 : 0];
            int node = size + leaf;
            for (int d = 0; d < DIMENSIONS; d++) {
                t[d][node] = free == null ? NONE : free[d];
            }
            for (node >>= 1; node >= 1; node >>= 1) {
                for (int d = 0; d < DIMENSIONS; d++) {
                    t[d][node] = Math.max(t[d][2 * node], t[d][2 * node + 1]);
                }
            }
        }

        PlannedHost first(Placement placement, boolean active) {
            List<PlannedHost> found = new ArrayList<>(1);
            first(placement, active, 1, found);
            return found.isEmpty() ? null : found.get(0);
        }

        /** Adds to {@code found} the first {@code count} hosts, in order, that fit. */
        void first(Placement placement, boolean active, int count, List<PlannedHost> found) {
            PlannedHost sample = hosts.get(0);
            for (int d = 0; d < DIMENSIONS; d++) {
                demand[d] = placement.demandOn(PER_WORKLOAD[d], sample);
            }
            descend(tree[active ? 1 : 0], 1, placement, found.size() + count, found);
        }

        private void descend(long[][] t, int node, Placement placement, int until, List<PlannedHost> found) {
            for (int d = 0; d < DIMENSIONS; d++) {
                if (t[d][node] < demand[d]) {
                    return;
                }
            }
            if (node >= size) {
                PlannedHost host = hosts.get(node - size);
                if (packing.fits(placement, host)) {
                    found.add(host);
                }
                return;
            }
            descend(t, 2 * node, placement, until, found);
            if (found.size() < until) {
                descend(t, 2 * node + 1, placement, until, found);
            }
        }
    }
}
