package org.consolida.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.SpreadScope;

/**
 * Lower bounds that no plan placing every workload can beat (see docs/planning.md for the argument).
 *
 * <p>Active hosts: for each resource, the fewest hosts whose largest capacities together hold the total demand; and
 * for each redundancy group spread per host, its size. The bound is the largest of these.
 *
 * <p>Energy: a relaxation of the placement to fractional CPU load. For every host take its best ratio of facility
 * energy to CPU carried, over every load it may legally carry; any active host spends at least that ratio times its
 * load. Pouring the total CPU demand into the hosts with the best ratios first, each up to its capacity, gives the
 * least any placement can spend.
 */
public record LowerBound(int activeHosts, double energyKwhPerYear) {

    public static LowerBound of(PlacementSolution problem) {
        List<PlannedHost> usable = problem.getHosts().stream().filter(h -> !h.inMaintenance()).toList();
        int hosts = activeHosts(problem, usable);
        double energy = Math.max(energyKwhPerYear(problem, usable), idlePlusDynamicKwhPerYear(problem, usable, hosts));
        return new LowerBound(hosts, energy);
    }

    /**
     * A second energy bound, tighter when memory rather than CPU decides how many hosts stay on: at least
     * {@code activeHosts} hosts are on, so the facility idle power of the {@code activeHosts} hosts that idle
     * cheapest is spent in any case; on top of it, every host spends at least its least power rise per MHz
     * (over the loads it may carry) for each MHz it carries, so the whole CPU demand costs at least the least such
     * rate of all hosts.
     */
    static double idlePlusDynamicKwhPerYear(PlacementSolution problem, List<PlannedHost> usable, int activeHosts) {
        List<Double> idle = new ArrayList<>();
        double leastRise = Double.MAX_VALUE;
        for (PlannedHost host : usable) {
            double kwhPerWatt = Policy.HOURS_PER_YEAR * host.host().site().pue() / 1000;
            idle.add(host.watts(0) * kwhPerWatt);
            long maxMhz = host.capacity(Resource.CPU).limit();
            if (maxMhz > 0) {
                leastRise = Math.min(leastRise, leastRisePerMhz(host, maxMhz) * kwhPerWatt);
            }
        }
        idle.sort(Comparator.naturalOrder());
        double kwh = 0;
        for (int i = 0; i < Math.min(activeHosts, idle.size()); i++) {
            kwh += idle.get(i);
        }
        double demand = problem.getPlacements().stream().mapToLong(Placement::cpuMhz).sum();
        return leastRise == Double.MAX_VALUE ? kwh : kwh + demand * leastRise;
    }

    /** The least (watts(L) - idle watts) / L over loads L in (0, maxMhz]: at a curve point or at the maximum. */
    static double leastRisePerMhz(PlannedHost host, long maxMhz) {
        double idle = host.watts(0);
        double least = (host.watts(maxMhz) - idle) / maxMhz;
        for (int point = 1; point < PowerCurve.POINTS; point++) {
            long mhz = Math.round(host.physicalCpuMhz() * point / (double) (PowerCurve.POINTS - 1));
            if (mhz <= maxMhz) {
                least = Math.min(least, (host.watts(mhz) - idle) / mhz);
            }
        }
        return Math.max(0, least);
    }

    static int activeHosts(PlacementSolution problem, List<PlannedHost> usable) {
        int bound = problem.getPlacements().isEmpty() ? 0 : 1;
        for (Resource resource : Resource.values()) {
            if (!resource.perWorkload()) {
                continue;
            }
            long demand = problem.getPlacements().stream().mapToLong(p -> p.demand(resource)).sum();
            List<Long> limits = new ArrayList<>();
            for (PlannedHost host : usable) {
                HostCapacity capacity = host.capacity(resource);
                // A host without a limit on this resource could hold it all.
                limits.add(capacity == null ? Long.MAX_VALUE : capacity.limit());
            }
            limits.sort(Comparator.reverseOrder());
            long poured = 0;
            int hosts = 0;
            for (long limit : limits) {
                if (poured >= demand) {
                    break;
                }
                poured = limit == Long.MAX_VALUE ? Long.MAX_VALUE : poured + limit;
                hosts++;
            }
            bound = Math.max(bound, hosts);
        }
        Map<String, Integer> perHostGroups = new HashMap<>();
        for (Placement placement : problem.getPlacements()) {
            if (placement.getGroup() != null && placement.getSpread() == SpreadScope.HOST) {
                perHostGroups.merge(placement.getGroup(), 1, Integer::sum);
            }
        }
        for (int size : perHostGroups.values()) {
            bound = Math.max(bound, size);
        }
        return bound;
    }

    static double energyKwhPerYear(PlacementSolution problem, List<PlannedHost> usable) {
        record Efficiency(PlannedHost host, double kwhPerMhz, long maxMhz) {
        }
        List<Efficiency> efficiencies = new ArrayList<>();
        for (PlannedHost host : usable) {
            long maxMhz = host.capacity(Resource.CPU).limit();
            if (maxMhz > 0) {
                efficiencies.add(new Efficiency(host, bestKwhPerMhz(host, maxMhz), maxMhz));
            }
        }
        efficiencies.sort(Comparator.comparingDouble(Efficiency::kwhPerMhz));
        double demand = problem.getPlacements().stream().mapToLong(Placement::cpuMhz).sum();
        double kwh = 0;
        for (Efficiency efficiency : efficiencies) {
            if (demand <= 0) {
                break;
            }
            double poured = Math.min(demand, efficiency.maxMhz());
            kwh += poured * efficiency.kwhPerMhz();
            demand -= poured;
        }
        return kwh;
    }

    /**
     * The least facility kWh per year per MHz carried, over loads in (0, maxMhz]. The curve is linear between its
     * points (and flat above 100 %), so watts/load is monotone on each piece and the minimum lies at a point or at
     * the maximum load.
     */
    static double bestKwhPerMhz(PlannedHost host, long maxMhz) {
        double kwhPerWatt = Policy.HOURS_PER_YEAR * host.host().site().pue() / 1000;
        double best = Double.MAX_VALUE;
        for (int point = 1; point < PowerCurve.POINTS; point++) {
            long mhz = Math.round(host.physicalCpuMhz() * point / (double) (PowerCurve.POINTS - 1));
            if (mhz <= maxMhz) {
                best = Math.min(best, host.watts(mhz) / mhz);
            }
        }
        best = Math.min(best, host.watts(maxMhz) / maxMhz);
        return best * kwhPerWatt;
    }
}
