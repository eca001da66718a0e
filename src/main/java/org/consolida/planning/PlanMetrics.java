package org.consolida.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.consolida.inventory.Policy;

/**
 * The figures by which placements are compared, one shape for today, the plan and the baselines. A host is active
 * when it carries a workload (the plan switches empty hosts off); {@code powerWatts} is IT power at the planned CPU
 * utilisation, {@code energyKwhPerYear} that power for a year times the site's PUE, {@code costPerYear} the energy
 * at the site's price (as docs/plan-json.md defines it; rack space and the other costs are in the score),
 * {@code co2KgPerYear} the energy at the site's grid intensity.
 */
public record PlanMetrics(int activeHosts, int activeRacks, int rackUnits, double powerWatts, double energyKwhPerYear,
                          double costPerYear, double co2KgPerYear) {

    /** Metrics of an assignment (host per placement index; null: unplaced). */
    public static PlanMetrics of(PlacementSolution problem, PlannedHost[] assignment) {
        return of(problem, assignment, Set.of());
    }

    /**
     * Metrics of an assignment where {@code alsoOn} hosts draw idle power even when empty: today, a host that is on
     * but runs nothing still costs.
     */
    public static PlanMetrics of(PlacementSolution problem, PlannedHost[] assignment, Set<PlannedHost> alsoOn) {
        List<PlannedHost> hosts = problem.getHosts();
        long[] cpuMhz = new long[problem.hostSlots()];
        boolean[] active = new boolean[problem.hostSlots()];
        for (Placement placement : problem.getPlacements()) {
            PlannedHost host = assignment[placement.getIndex()];
            if (host != null) {
                cpuMhz[host.index()] += placement.cpuMhzOn(host);
                active[host.index()] = true;
            }
        }
        alsoOn.forEach(host -> active[host.index()] = true);
        int activeHosts = 0;
        int rackUnits = 0;
        double watts = 0;
        double kwh = 0;
        double cost = 0;
        double co2 = 0;
        Set<String> racks = new HashSet<>();
        for (PlannedHost host : hosts) {
            if (!active[host.index()]) {
                continue;
            }
            activeHosts++;
            racks.add(host.rack().id());
            rackUnits += host.host().model().rackUnits();
            double hostWatts = host.watts(cpuMhz[host.index()]);
            double hostKwh = hostWatts * Policy.HOURS_PER_YEAR * host.host().site().pue() / 1000;
            watts += hostWatts;
            kwh += hostKwh;
            cost += hostKwh * host.host().site().kwhPrice();
            co2 += hostKwh * host.host().site().co2GramsPerKwh() / 1000;
        }
        return new PlanMetrics(activeHosts, racks.size(), rackUnits, watts, kwh, cost, co2);
    }

    /** The current assignment of a solution, host per placement index. */
    public static PlannedHost[] assignmentOf(PlacementSolution solution) {
        PlannedHost[] assignment = new PlannedHost[solution.placementSlots()];
        for (Placement placement : solution.getPlacements()) {
            assignment[placement.getIndex()] = placement.getHost();
        }
        return assignment;
    }

    /** Sets every placement of a solution to an assignment. */
    public static void apply(PlacementSolution solution, PlannedHost[] assignment) {
        for (Placement placement : solution.getPlacements()) {
            placement.setHost(assignment[placement.getIndex()]);
        }
    }
}
