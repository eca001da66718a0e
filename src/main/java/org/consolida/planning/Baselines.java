package org.consolida.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simple heuristics every plan is compared with, under the same cost model. Both place the pinned workloads
 * first, never put a workload where {@link Packing#fits} says no (the WAN included), and leave unplaced what fits
 * nowhere. The search's own starts (the consolidating best fit, today's placement plus first fit) also keep
 * flow-connected workloads on one site ({@link HostIndex#keepingFlowsTogether}); the baselines do not.
 */
public final class Baselines {
    private Baselines() {
    }

    /** First-fit decreasing: the largest workloads first, each on the first host (inventory order) that fits it. */
    public static PlannedHost[] firstFitDecreasing(PlacementSolution problem) {
        Packing packing = new Packing(problem);
        packing.placePinned();
        HostIndex index = new HostIndex(packing, problem, HostIndex.inventoryOrder(problem), false, false);
        for (Placement placement : unpinnedBy(problem, Comparator.comparingLong(Placement::getSize).reversed())) {
            PlannedHost host = index.firstFit(placement);
            if (host != null) {
                index.place(placement, host);
            }
        }
        return packing.assignment();
    }

    /**
     * Power-aware best-fit decreasing (Beloglazov &amp; Buyya 2012): the most CPU-hungry workloads first, each on the
     * host whose yearly energy cost rises least when it lands there. Switching on an empty host costs its idle power
     * as well, so the heuristic fills running hosts before it opens new ones.
     */
    public static PlannedHost[] powerAwareBestFit(PlacementSolution problem) {
        Packing packing = new Packing(problem);
        packing.placePinned();
        HostIndex index = new HostIndex(packing, problem, HostIndex.inventoryOrder(problem), true, false);
        for (Placement placement : unpinnedBy(problem, Comparator.comparingLong(Placement::cpuMhz).reversed())) {
            PlannedHost best = null;
            long bestIncrease = Long.MAX_VALUE;
            for (PlannedHost host : index.candidates(placement)) {
                long cpuMhz = packing.cpuMhz(host);
                long increase = host.energyCents(cpuMhz + placement.cpuMhzOn(host)) - packing.energyCents(host);
                if (increase < bestIncrease || increase == bestIncrease && host.index() < best.index()) {
                    bestIncrease = increase;
                    best = host;
                }
            }
            if (best != null) {
                index.place(placement, best);
            }
        }
        return packing.assignment();
    }

    /**
     * The search's own start, not a baseline: a best fit on the whole cost model's yearly terms that a greedy step
     * can see. Workloads are taken flow-connected group by group (largest CPU first), and each goes where the cost
     * rises least: the host's energy and rack space if it is switched on, the migration if it leaves its current
     * host, and the traffic to the peers already placed. Hosts are filled only up to the policy's utilisation ceiling
     * (no headroom cost); workloads that fit nowhere within it are then placed first-fit without it.
     */
    public static PlannedHost[] consolidatingBestFit(PlacementSolution problem) {
        Packing packing = new Packing(problem, true);
        packing.placePinned();
        HostIndex index = new HostIndex(packing, problem, HostIndex.inventoryOrder(problem), true, true)
                .keepingFlowsTogether();
        boolean[] own = ownHosts(problem);
        List<List<Traffic>> flowsOf = new ArrayList<>();
        int slots = problem.placementSlots();
        for (int i = 0; i < slots; i++) {
            flowsOf.add(new ArrayList<>());
        }
        for (Traffic traffic : problem.getTraffic()) {
            flowsOf.get(traffic.fromIndex()).add(traffic);
            flowsOf.get(traffic.toIndex()).add(traffic);
        }
        PlannedHost[] assignment = packing.assignment();
        List<Placement> left = new ArrayList<>();
        for (Placement placement : flowConnectedOrder(problem, flowsOf)) {
            // Candidates: per kind the first running and the first empty host that fit (hosts of a kind cost alike),
            // plus the two hosts where the workload may save more: its current host and its placed peers' hosts.
            // Where its placed peers mostly are, if anywhere: the index offers hosts there first, and so do these two.
            List<PlannedHost> candidates = index.candidates(placement);
            int peersSite = packing.peersSite(placement);
            PlannedHost current = placement.getCurrentHost();
            if (current != null && owns(own, current) && atSite(packing, current, peersSite)
                    && packing.fits(placement, current)) {
                candidates.add(current);
            }
            for (Traffic traffic : flowsOf.get(placement.getIndex())) {
                int peer = traffic.fromIndex() == placement.getIndex() ? traffic.toIndex() : traffic.fromIndex();
                if (assignment[peer] != null && atSite(packing, assignment[peer], peersSite)
                        && packing.fits(placement, assignment[peer])) {
                    candidates.add(assignment[peer]);
                }
            }
            PlannedHost best = null;
            long bestIncrease = Long.MAX_VALUE;
            for (PlannedHost host : candidates) {
                long increase = increase(packing, placement, host, flowsOf, assignment);
                if (increase < bestIncrease || increase == bestIncrease && host.index() < best.index()) {
                    bestIncrease = increase;
                    best = host;
                }
            }
            if (best != null) {
                index.place(placement, best);
            } else {
                left.add(placement);
            }
        }
        if (left.isEmpty()) {
            return assignment;
        }
        Packing relaxed = new Packing(problem);
        for (Placement placement : problem.getPlacements()) {
            if (assignment[placement.getIndex()] != null) {
                relaxed.place(placement, assignment[placement.getIndex()]);
            }
        }
        HostIndex relaxedIndex = new HostIndex(relaxed, problem, HostIndex.inventoryOrder(problem), false, false)
                .keepingFlowsTogether();
        for (Placement placement : left) {
            PlannedHost host = relaxedIndex.firstFit(placement);
            if (host != null) {
                relaxedIndex.place(placement, host);
            }
        }
        return relaxed.assignment();
    }

    /** Whether the host stands at the site (by {@link Packing#siteOf} index); any host when the site is -1. */
    private static boolean atSite(Packing packing, PlannedHost host, int site) {
        return site < 0 || packing.siteOf(host) == site;
    }

    /** What the yearly cost rises by when a workload lands on a host: energy, rack space, migration, traffic. */
    private static long increase(Packing packing, Placement placement, PlannedHost host, List<List<Traffic>> flowsOf,
                                 PlannedHost[] assignment) {
        long cpuMhz = packing.cpuMhz(host);
        long before = packing.isActive(host) ? packing.energyCents(host) + host.rackSpaceCentsPerYear() : 0;
        long increase = host.energyCents(cpuMhz + placement.cpuMhzOn(host)) + host.rackSpaceCentsPerYear() - before;
        if (placement.getCurrentHost() != null && host != placement.getCurrentHost()) {
            increase += placement.getMigrationCents();
        }
        for (Traffic traffic : flowsOf.get(placement.getIndex())) {
            int peer = traffic.fromIndex() == placement.getIndex() ? traffic.toIndex() : traffic.fromIndex();
            if (assignment[peer] != null) {
                increase += traffic.costCents(host, assignment[peer]);
            }
        }
        return increase;
    }

    /** Unpinned workloads, flow-connected groups together: each group from its largest CPU member, breadth first. */
    private static List<Placement> flowConnectedOrder(PlacementSolution problem, List<List<Traffic>> flowsOf) {
        List<Placement> byCpu = unpinnedBy(problem, Comparator.comparingLong(Placement::cpuMhz).reversed());
        boolean[] seen = new boolean[problem.placementSlots()];
        Placement[] byIndex = new Placement[problem.placementSlots()];
        problem.getPlacements().forEach(p -> byIndex[p.getIndex()] = p);
        List<Placement> order = new ArrayList<>();
        for (Placement first : byCpu) {
            if (seen[first.getIndex()]) {
                continue;
            }
            ArrayDeque<Placement> queue = new ArrayDeque<>();
            queue.add(first);
            seen[first.getIndex()] = true;
            while (!queue.isEmpty()) {
                Placement placement = queue.poll();
                order.add(placement);
                for (Traffic traffic : flowsOf.get(placement.getIndex())) {
                    int peer = traffic.fromIndex() == placement.getIndex() ? traffic.toIndex() : traffic.fromIndex();
                    Placement other = byIndex[peer];
                    if (!seen[peer] && !other.isPinned()) {
                        seen[peer] = true;
                        queue.add(other);
                    }
                }
            }
        }
        return order;
    }

    /**
     * Today's placement, with the workloads that run nowhere yet added first-fit decreasing on what is left: the
     * start of a re-plan.
     */
    public static PlannedHost[] todayPlusFirstFit(PlacementSolution problem) {
        Packing packing = new Packing(problem);
        boolean[] own = ownHosts(problem);
        for (Placement placement : problem.getPlacements()) {
            if (placement.getCurrentHost() != null && owns(own, placement.getCurrentHost())) {
                packing.place(placement, placement.getCurrentHost());
            }
        }
        HostIndex index = new HostIndex(packing, problem, HostIndex.inventoryOrder(problem), false, false)
                .keepingFlowsTogether();
        for (Placement placement : problem.getPlacements().stream()
                .filter(p -> p.getCurrentHost() == null || !owns(own, p.getCurrentHost()))
                .sorted(Comparator.comparingLong(Placement::getSize).reversed()).toList()) {
            PlannedHost host = index.firstFit(placement);
            if (host != null) {
                index.place(placement, host);
            }
        }
        return packing.assignment();
    }

    /**
     * Which hosts (by index) belong to the problem: a part of a decomposed problem holds some workloads whose host
     * today is in another part, and may not put them there.
     */
    private static boolean[] ownHosts(PlacementSolution problem) {
        boolean[] own = new boolean[problem.hostSlots()];
        problem.getHosts().forEach(h -> own[h.index()] = true);
        return own;
    }

    private static boolean owns(boolean[] own, PlannedHost host) {
        return host.index() < own.length && own[host.index()];
    }

    private static List<Placement> unpinnedBy(PlacementSolution problem, Comparator<Placement> order) {
        return problem.getPlacements().stream().filter(p -> !p.isPinned())
                .sorted(order.thenComparingInt(Placement::getIndex)).toList();
    }
}
