package org.consolida.planning;

import java.util.Comparator;
import java.util.List;

/**
 * The simple heuristics every plan is compared with, under the same cost model. Both place the pinned workloads
 * first, never put a workload where {@link Packing#fits} says no, and leave unplaced what fits nowhere.
 */
public final class Baselines {
    private Baselines() {
    }

    /** First-fit decreasing: the largest workloads first, each on the first host (inventory order) that fits it. */
    public static PlannedHost[] firstFitDecreasing(PlacementSolution problem) {
        Packing packing = new Packing(problem);
        packing.placePinned();
        for (Placement placement : unpinnedBy(problem, Comparator.comparingLong(Placement::getSize).reversed())) {
            for (PlannedHost host : problem.getHosts()) {
                if (packing.fits(placement, host)) {
                    packing.place(placement, host);
                    break;
                }
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
        for (Placement placement : unpinnedBy(problem, Comparator.comparingLong(Placement::cpuMhz).reversed())) {
            PlannedHost best = null;
            long bestIncrease = Long.MAX_VALUE;
            for (PlannedHost host : problem.getHosts()) {
                if (!packing.fits(placement, host)) {
                    continue;
                }
                long cpuMhz = packing.cpuMhz(host);
                long before = packing.isActive(host) ? host.energyCents(cpuMhz) : 0;
                long increase = host.energyCents(cpuMhz + placement.cpuMhz()) - before;
                if (increase < bestIncrease) {
                    bestIncrease = increase;
                    best = host;
                }
            }
            if (best != null) {
                packing.place(placement, best);
            }
        }
        return packing.assignment();
    }

    /**
     * The search's own start, not a baseline: power-aware best fit that keeps every host within the policy's
     * utilisation ceiling (so no headroom cost) and counts a workload's own host as cheaper by the migration it
     * saves. Workloads that fit nowhere within the ceiling are then placed without it.
     */
    public static PlannedHost[] consolidatingBestFit(PlacementSolution problem) {
        Packing packing = new Packing(problem, true);
        packing.placePinned();
        List<Placement> order = unpinnedBy(problem, Comparator.comparingLong(Placement::cpuMhz).reversed());
        List<Placement> left = new java.util.ArrayList<>();
        for (Placement placement : order) {
            PlannedHost best = null;
            long bestIncrease = Long.MAX_VALUE;
            for (PlannedHost host : problem.getHosts()) {
                if (!packing.fits(placement, host)) {
                    continue;
                }
                long cpuMhz = packing.cpuMhz(host);
                long before = packing.isActive(host) ? host.energyCents(cpuMhz) + host.rackSpaceCentsPerYear() : 0;
                long increase = host.energyCents(cpuMhz + placement.cpuMhz()) + host.rackSpaceCentsPerYear() - before;
                if (placement.getCurrentHost() != null && host != placement.getCurrentHost()) {
                    increase += placement.getMigrationCents();
                }
                if (increase < bestIncrease) {
                    bestIncrease = increase;
                    best = host;
                }
            }
            if (best != null) {
                packing.place(placement, best);
            } else {
                left.add(placement);
            }
        }
        Packing relaxed = new Packing(problem);
        PlannedHost[] assignment = packing.assignment();
        for (Placement placement : problem.getPlacements()) {
            if (assignment[placement.getIndex()] != null) {
                relaxed.place(placement, assignment[placement.getIndex()]);
            }
        }
        for (Placement placement : left) {
            for (PlannedHost host : problem.getHosts()) {
                if (relaxed.fits(placement, host)) {
                    relaxed.place(placement, host);
                    break;
                }
            }
        }
        return relaxed.assignment();
    }

    /**
     * Today's placement, with the workloads that run nowhere yet added first-fit decreasing on what is left: the
     * start of a re-plan.
     */
    public static PlannedHost[] todayPlusFirstFit(PlacementSolution problem) {
        Packing packing = new Packing(problem);
        for (Placement placement : problem.getPlacements()) {
            if (placement.getCurrentHost() != null) {
                packing.place(placement, placement.getCurrentHost());
            }
        }
        for (Placement placement : problem.getPlacements().stream().filter(p -> p.getCurrentHost() == null)
                .sorted(Comparator.comparingLong(Placement::getSize).reversed()).toList()) {
            for (PlannedHost host : problem.getHosts()) {
                if (packing.fits(placement, host)) {
                    packing.place(placement, host);
                    break;
                }
            }
        }
        return packing.assignment();
    }

    private static List<Placement> unpinnedBy(PlacementSolution problem, Comparator<Placement> order) {
        return problem.getPlacements().stream().filter(p -> !p.isPinned())
                .sorted(order.thenComparingInt(Placement::getIndex)).toList();
    }
}
