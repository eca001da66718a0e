package org.consolida.planning;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The placement problem and, once solved, its plan. Soft scores are cents of the policy's currency per year
 * (one-off migration costs are counted once, as if paid in the plan's first year).
 */
@PlanningSolution(solutionCloner = PlacementSolution.Cloner.class)
public class PlacementSolution {
    private Inventory inventory;
    @ProblemFactCollectionProperty
    private List<PlannedHost> hosts;
    /** The hosts as the planning variable's value range (see {@link HostRange} for why not the list). */
    @ValueRangeProvider
    private CountableValueRange<PlannedHost> hostRange;
    @ProblemFactCollectionProperty
    private List<HostCapacity> capacities;
    @ProblemFactCollectionProperty
    private List<Traffic> traffic;
    @ProblemFactCollectionProperty
    private List<WanLink> wanLinks;
    @PlanningEntityCollectionProperty
    private List<Placement> placements;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public PlacementSolution() {
        // for Timefold's solution cloner
    }

    PlacementSolution(Inventory inventory, List<PlannedHost> hosts, List<HostCapacity> capacities,
                      List<Traffic> traffic, List<WanLink> wanLinks, List<Placement> placements) {
        this.inventory = inventory;
        this.hosts = hosts;
        this.hostRange = new HostRange(hosts);
        this.capacities = capacities;
        this.traffic = traffic;
        this.wanLinks = wanLinks;
        this.placements = placements;
    }

    /**
     * Clones a solution for Timefold (each new best solution, each solver start): new placements, everything else
     * shared, as Timefold's own cloner would, but without its reflection. At 50,000 workloads a part the energy
     * objective's search finds a new best at most steps, and the reflective clone of every placement was most of its
     * time (a thread dump of the 100,000-workload run showed the part's solver in the cloner throughout).
     */
    public static final class Cloner implements SolutionCloner<PlacementSolution> {
        @Override
        public PlacementSolution cloneSolution(PlacementSolution original) {
            List<Placement> placements = new ArrayList<>(original.placements.size());
            for (Placement placement : original.placements) {
                placements.add(placement.copy());
            }
            PlacementSolution clone = new PlacementSolution();
            clone.inventory = original.inventory;
            clone.hosts = original.hosts;
            clone.hostRange = original.hostRange;
            clone.capacities = original.capacities;
            clone.traffic = original.traffic;
            clone.wanLinks = original.wanLinks;
            clone.placements = placements;
            clone.score = original.score;
            return clone;
        }
    }

    public Inventory getInventory() {
        return inventory;
    }

    public List<PlannedHost> getHosts() {
        return hosts;
    }

    public List<HostCapacity> getCapacities() {
        return capacities;
    }

    public List<Traffic> getTraffic() {
        return traffic;
    }

    public List<WanLink> getWanLinks() {
        return wanLinks;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /**
     * One more than the largest host index: arrays indexed by {@link PlannedHost#index()} have this length. A part of
     * a decomposed problem keeps the whole problem's indexes, so this can exceed {@code getHosts().size()}.
     */
    int hostSlots() {
        return hosts.stream().mapToInt(PlannedHost::index).max().orElse(-1) + 1;
    }

    /** One more than the largest placement index: the length of an assignment array (see {@link #hostSlots()}). */
    int placementSlots() {
        return placements.stream().mapToInt(Placement::getIndex).max().orElse(-1) + 1;
    }

    /** Hosts that carry at least one workload: the ones that stay on. */
    public long activeHostCount() {
        return placements.stream().map(Placement::getHost).filter(h -> h != null).distinct().count();
    }
}
