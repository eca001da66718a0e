package org.consolida.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A start for the energy objective, read off the lower bound's LP: the hosts of the types the least-energy LP keeps on
 * come first (the larger the share of its type it keeps on, the earlier), the others after, each group in inventory
 * order; then first-fit decreasing over that order, with every hard constraint {@link Packing#fits} checks. Rounding
 * the LP this way fills the efficient machines the bound chose before it opens any other.
 */
final class LpGuidedFit {
    private LpGuidedFit() {
    }

    /** The smallest free share, over the per-workload resources, that the host would have left. */
    private static double slackAfter(Packing packing, Placement placement, PlannedHost host) {
        double slack = Double.MAX_VALUE;
        for (Resource resource : Resource.ALL) {
            HostCapacity capacity = host.capacity(resource);
            if (resource.perWorkload() && capacity != null && capacity.limit() > 0) {
                double free = capacity.limit() - packing.used(host, resource) - placement.demandOn(resource, host);
                slack = Math.min(slack, free / capacity.limit());
            }
        }
        return slack;
    }

    static PlannedHost[] assign(PlacementSolution problem, double[] hostOnShare) {
        List<PlannedHost> hosts = new ArrayList<>(problem.getHosts());
        hosts.sort(Comparator.comparingDouble((PlannedHost h) -> -hostOnShare[h.index()])
                .thenComparingInt(PlannedHost::index));
        Packing packing = new Packing(problem);
        packing.placePinned();
        List<Placement> order = problem.getPlacements().stream().filter(p -> !p.isPinned())
                .sorted(Comparator.comparingLong(Placement::getSize).reversed().thenComparingInt(Placement::getIndex))
                .toList();
        // Best fit among the hosts already on (the one left with the least free share of its tightest resource),
        // then the next host in the LP's order: fills the chosen machines before opening another.
        List<PlannedHost> open = new ArrayList<>();
        problem.getHosts().stream().filter(packing::isActive).forEach(open::add);
        int next = 0;
        for (Placement placement : order) {
            PlannedHost best = null;
            double bestSlack = Double.MAX_VALUE;
            for (PlannedHost host : open) {
                if (packing.fits(placement, host)) {
                    double slack = slackAfter(packing, placement, host);
                    if (slack < bestSlack) {
                        bestSlack = slack;
                        best = host;
                    }
                }
            }
            while (best == null && next < hosts.size()) {
                PlannedHost host = hosts.get(next++);
                if (!packing.isActive(host) && packing.fits(placement, host)) {
                    best = host;
                    open.add(host);
                } else if (!packing.isActive(host)) {
                    next--; // keep it for a later, smaller workload
                    break;
                }
            }
            if (best == null) {
                for (PlannedHost host : hosts) {
                    if (packing.fits(placement, host)) {
                        best = host;
                        if (!open.contains(host)) {
                            open.add(host);
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                packing.place(placement, best);
            }
        }
        return packing.assignment();
    }
}
