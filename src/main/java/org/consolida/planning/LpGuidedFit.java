package org.consolida.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A start for the energy objective, read off the lower bound's LP: the hosts of the types the least-energy LP keeps on
 * come first (the larger the share of its type it keeps on, the earlier), the others after, each group in inventory
 * order; then first-fit decreasing over that order (running hosts before empty ones, found through a {@link HostIndex}),
 * with every hard constraint {@link Packing#fits} checks, flow-connected workloads kept on one site where they fit
 * ({@link HostIndex#keepingFlowsTogether}: the LP does not see the WAN). Rounding
 * the LP this way fills the efficient machines the bound chose before it opens any other.
 */
final class LpGuidedFit {
    private LpGuidedFit() {
    }

    static PlannedHost[] assign(PlacementSolution problem, double[] hostOnShare) {
        List<PlannedHost> hosts = new ArrayList<>(problem.getHosts());
        hosts.sort(Comparator.comparingDouble((PlannedHost h) -> -hostOnShare[h.index()])
                .thenComparingInt(PlannedHost::index));
        int[] position = new int[problem.hostSlots()];
        for (int i = 0; i < hosts.size(); i++) {
            position[hosts.get(i).index()] = i;
        }
        Packing packing = new Packing(problem);
        packing.placePinned();
        HostIndex index = new HostIndex(packing, problem, position, false, false).keepingFlowsTogether();
        List<Placement> order = problem.getPlacements().stream().filter(p -> !p.isPinned())
                .sorted(Comparator.comparingLong(Placement::getSize).reversed().thenComparingInt(Placement::getIndex))
                .toList();
        // The first running host in the LP's order that fits, else the first empty one: fills the chosen machines
        // before opening another.
        for (Placement placement : order) {
            PlannedHost best = index.firstRunningElseEmpty(placement);
            if (best != null) {
                index.place(placement, best);
            }
        }
        return packing.assignment();
    }
}
