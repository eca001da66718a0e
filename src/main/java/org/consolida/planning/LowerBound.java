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
 * Lower bounds that no plan placing every workload can beat (docs/planning.md, "Lower bound", has the derivation).
 *
 * <p>The main one is a linear-programming relaxation of the same model ({@link EnergyRelaxation}): hosts on or off
 * relaxed to fractions, aggregated into types; workloads into classes that may use the same types (the policy's
 * restrictions and the vCPUs' speed); CPU with the hypervisor's overhead, memory and storage each covered; the power
 * curves' lower convex envelopes; host-spread groups. It gives the fewest hosts on (rounded up) and the least energy.
 *
 * <p>Beside it, two simpler bounds that need no solver, kept as a floor: for the hosts, per resource the fewest hosts
 * whose largest capacities hold the total demand, and the size of the largest host-spread group; for the energy,
 * pouring the CPU demand into the hosts that carry it most cheaply, and the idle power of the fewest hosts plus the
 * least power rise per MHz. Each figure is the largest of the bounds that hold.
 *
 * @param relaxation what the LP was: its size and time, or null when it gave nothing (no workload, or one that no
 *                   type may take, so no plan places every workload)
 */
public record LowerBound(int activeHosts, double energyKwhPerYear, Relaxation relaxation) {

    /**
     * The LP's size and solve time, its own figures before the floor, whether it honoured policy restrictions (false
     * when there were none), and per host (by index) the share of its type that the least-energy LP keeps on (-1 for
     * a host in maintenance; null when the LP found no answer): where an energy-minded construction starts.
     */
    public record Relaxation(int hostTypes, int workloadClasses, int variables, long millis, double activeHosts,
                             double energyKwhPerYear, boolean honoursRestrictions, double[] hostOnShare) {
    }

    public static LowerBound of(PlacementSolution problem) {
        List<PlannedHost> usable = problem.getHosts().stream().filter(h -> !h.inMaintenance()).toList();
        int hosts = activeHosts(problem, usable);
        double energy = Math.max(energyKwhPerYear(problem, usable), idlePlusDynamicKwhPerYear(problem, usable, hosts));
        if (problem.getPlacements().isEmpty()) {
            return new LowerBound(hosts, energy, null);
        }
        EnergyRelaxation.Bound lp;
        try {
            lp = new EnergyRelaxation(problem).solve(hosts);
        } catch (RuntimeException e) {
            // The LP is a refinement: if the solver fails, the floor still bounds every plan.
            return new LowerBound(hosts, energy, null);
        }
        Relaxation relaxation = Double.isNaN(lp.energyKwhPerYear()) && Double.isNaN(lp.activeHosts()) ? null
                : new Relaxation(lp.types(), lp.classes(), lp.variables(), lp.millis(), lp.activeHosts(),
                lp.energyKwhPerYear(), lp.restricted(), lp.hostOnShare());
        if (!Double.isNaN(lp.activeHosts())) {
            hosts = Math.max(hosts, (int) Math.ceil(lp.activeHosts() - 1e-6));
        }
        if (!Double.isNaN(lp.energyKwhPerYear())) {
            energy = Math.max(energy, lp.energyKwhPerYear());
        }
        return new LowerBound(hosts, energy, relaxation);
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
