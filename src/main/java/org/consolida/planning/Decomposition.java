package org.consolida.planning;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a placement problem into parts that share no hard constraint, so that independent solvers can search them
 * in parallel and the merged plan scores exactly the sum of its parts.
 *
 * <p>The rule, constraint by constraint ({@link PlacementConstraints}): every part owns whole hosts, and a workload is
 * searched only on its own part's hosts. Capacity, vCPU speed, restrictions and maintenance concern one workload and
 * one host, so they never cross parts. Rack power couples the hosts of a rack, so a rack whose hosts could together
 * draw more than its budget ({@link PlannedHost#rackCanOverload()}) stays in one part; racks that cannot overload are
 * never penalised and may be split. The failover reserve couples a cluster's hosts, so with N+1 a cluster stays in one
 * part. Redundancy spread couples the members of a group, so a group stays in one part (on that part's hosts no two
 * members can then share a failure domain with a member elsewhere). Traffic is soft but couples the two ends of a
 * flow, so flow-connected workloads stay in one part too: then no constraint match spans two parts, and the merged
 * plan's score is the sum of the parts' scores. Pinned workloads stay with their host. A site's WAN capacity couples
 * every part whose flows may cross sites: each part gets a share of each link ({@link #wanShares}), the shares summing
 * to at most the capacity, so parts within their shares merge into a whole within the capacity (a part over its
 * share may still merge into a whole within it: then the sum of the parts' hard scores exceeds the whole's).
 *
 * <p>Host blocks (hosts tied by a rack or a cluster) are sorted by site, machine and inventory order and dealt to the
 * parts in turn, so every part gets a like share of every site's machines, old and new; a workload component follows
 * the host that its first member (a pinned one first) runs on today, and new workloads go to the part with the fewest.
 * The split is a function of the problem alone: the same problem gives the same parts.
 */
final class Decomposition {
    private Decomposition() {
    }

    /** The parts of a problem, each a {@link PlacementSolution} over the problem's own host and placement objects. */
    static List<PlacementSolution> split(PlacementSolution problem, int parts) {
        List<PlannedHost> hosts = problem.getHosts();
        int hostSlots = problem.hostSlots();
        UnionFind hostBlocks = new UnionFind(hostSlots);
        Map<String, Integer> firstOfRack = new HashMap<>();
        Map<String, Integer> firstOfCluster = new HashMap<>();
        for (PlannedHost host : hosts) {
            if (host.rackCanOverload()) {
                hostBlocks.union(host.index(), firstOfRack.computeIfAbsent(host.rack().id(), k -> host.index()));
            }
            boolean reserved = host.capacity(Resource.CPU) != null && host.capacity(Resource.CPU).failoverReserved()
                    || host.capacity(Resource.MEMORY) != null && host.capacity(Resource.MEMORY).failoverReserved();
            if (reserved) {
                hostBlocks.union(host.index(), firstOfCluster.computeIfAbsent(host.cluster(), k -> host.index()));
            }
        }
        int placementSlots = problem.placementSlots();
        UnionFind components = new UnionFind(placementSlots);
        Map<String, Integer> firstOfGroup = new HashMap<>();
        for (Placement placement : problem.getPlacements()) {
            if (placement.getGroup() != null) {
                components.union(placement.getIndex(),
                        firstOfGroup.computeIfAbsent(placement.getGroup(), k -> placement.getIndex()));
            }
        }
        for (Traffic traffic : problem.getTraffic()) {
            components.union(traffic.fromIndex(), traffic.toIndex());
        }
        // Pinned members of one component tie their hosts together: the component must sit where they all are.
        Map<Integer, Integer> pinnedHostOfComponent = new HashMap<>();
        for (Placement placement : problem.getPlacements()) {
            if (placement.isPinned()) {
                Integer other = pinnedHostOfComponent.putIfAbsent(components.find(placement.getIndex()),
                        placement.getCurrentHost().index());
                if (other != null) {
                    hostBlocks.union(other, placement.getCurrentHost().index());
                }
            }
        }

        Map<Integer, List<PlannedHost>> blocks = new HashMap<>();
        for (PlannedHost host : hosts) {
            blocks.computeIfAbsent(hostBlocks.find(host.index()), k -> new ArrayList<>()).add(host);
        }
        List<List<PlannedHost>> ordered = new ArrayList<>(blocks.values());
        ordered.sort(Comparator.comparing((List<PlannedHost> b) -> b.get(0).rack().site().id())
                .thenComparingInt(b -> b.get(0).machineIndex()).thenComparingInt(b -> b.get(0).index()));
        int[] partOfBlock = new int[hostSlots];
        for (int i = 0; i < ordered.size(); i++) {
            partOfBlock[hostBlocks.find(ordered.get(i).get(0).index())] = i % parts;
        }

        int[] partOfComponent = new int[placementSlots];
        Arrays.fill(partOfComponent, -1);
        // A component's anchor: its first pinned member's host, else its first member with a current host.
        for (boolean pinnedPass : new boolean[] {true, false}) {
            for (Placement placement : problem.getPlacements()) {
                int component = components.find(placement.getIndex());
                if (partOfComponent[component] < 0 && placement.getCurrentHost() != null
                        && (!pinnedPass || placement.isPinned())) {
                    partOfComponent[component] = partOfBlock[hostBlocks.find(placement.getCurrentHost().index())];
                }
            }
        }
        int[] workloadsInPart = new int[parts];
        for (Placement placement : problem.getPlacements()) {
            int component = components.find(placement.getIndex());
            if (partOfComponent[component] >= 0) {
                workloadsInPart[partOfComponent[component]]++;
            }
        }
        boolean[] placedLate = new boolean[placementSlots];
        for (Placement placement : problem.getPlacements()) {
            int component = components.find(placement.getIndex());
            if (partOfComponent[component] < 0) {
                int fewest = 0;
                for (int p = 1; p < parts; p++) {
                    fewest = workloadsInPart[p] < workloadsInPart[fewest] ? p : fewest;
                }
                partOfComponent[component] = fewest;
                placedLate[component] = true;
            }
            if (placedLate[component]) {
                workloadsInPart[partOfComponent[component]]++;
            }
        }

        List<List<PlannedHost>> partHosts = new ArrayList<>();
        List<List<HostCapacity>> partCapacities = new ArrayList<>();
        List<List<Traffic>> partTraffic = new ArrayList<>();
        List<List<Placement>> partPlacements = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partHosts.add(new ArrayList<>());
            partCapacities.add(new ArrayList<>());
            partTraffic.add(new ArrayList<>());
            partPlacements.add(new ArrayList<>());
        }
        for (PlannedHost host : hosts) {
            partHosts.get(partOfBlock[hostBlocks.find(host.index())]).add(host);
        }
        for (HostCapacity capacity : problem.getCapacities()) {
            partCapacities.get(partOfBlock[hostBlocks.find(capacity.host().index())]).add(capacity);
        }
        for (Placement placement : problem.getPlacements()) {
            partPlacements.get(partOfComponent[components.find(placement.getIndex())]).add(placement);
        }
        for (Traffic traffic : problem.getTraffic()) {
            partTraffic.get(partOfComponent[components.find(traffic.fromIndex())]).add(traffic);
        }
        long totalMbps = problem.getTraffic().stream().mapToLong(Traffic::mbps).sum();
        List<PlacementSolution> result = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            if (!partPlacements.get(p).isEmpty()) {
                long partMbps = partTraffic.get(p).stream().mapToLong(Traffic::mbps).sum();
                result.add(new PlacementSolution(problem.getInventory(), partHosts.get(p), partCapacities.get(p),
                        partTraffic.get(p), wanShares(problem.getWanLinks(), partMbps, totalMbps),
                        partPlacements.get(p)));
            }
        }
        return result;
    }

    /**
     * A part's share of every WAN link: the capacity times the part's share of all flows' Mbit/s, rounded down, so
     * the shares of the parts sum to at most the capacity. Any of a part's flows may end up across sites, so the share
     * follows the Mbit/s the part could send, not what crosses today (a part whose flows all stay in one site today
     * would get nothing and could move none of them apart); a part without flows needs none. When the WAN can carry
     * all flows at once, each part's share carries all of its own, so the split restricts nothing.
     */
    static List<WanLink> wanShares(List<WanLink> links, long partMbps, long totalMbps) {
        List<WanLink> shares = new ArrayList<>(links.size());
        for (WanLink link : links) {
            // Exact: capacity × Mbit/s may exceed a long, and a double's rounding could push the sum over the capacity.
            long share = totalMbps == 0 ? 0 : BigInteger.valueOf(link.capacityMbps())
                    .multiply(BigInteger.valueOf(partMbps)).divide(BigInteger.valueOf(totalMbps)).longValueExact();
            shares.add(new WanLink(link.siteId(), link.direction(), share));
        }
        return shares;
    }

    /** Disjoint sets over 0..n-1 with path halving; the smaller index is the root, so results do not depend on order. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
