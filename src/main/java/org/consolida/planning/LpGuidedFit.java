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

    static PlannedHost[] assign(PlacementSolution problem, double[] hostOnShare) {
        List<PlannedHost> hosts = new ArrayList<>(problem.getHosts());
        hosts.sort(Comparator.comparingDouble((PlannedHost h) -> -hostOnShare[h.index()])
                .thenComparingInt(PlannedHost::index));
        Packing packing = new Packing(problem);
        packing.placePinned();
        List<Placement> order = problem.getPlacements().stream().filter(p -> !p.isPinned())
                .sorted(Comparator.comparingLong(Placement::getSize).reversed().thenComparingInt(Placement::getIndex))
                .toList();
        for (Placement placement : order) {
            for (PlannedHost host : hosts) {
                if (packing.fits(placement, host)) {
                    packing.place(placement, host);
                    break;
                }
            }
        }
        return packing.assignment();
    }
}
