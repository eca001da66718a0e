package org.consolida.planning;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Site;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Workload;

/** Turns an inventory and the policy's restrictions into a {@link PlacementSolution} with nothing placed yet. */
public final class PlacementProblem {
    private PlacementProblem() {
    }

    public static PlacementSolution of(Inventory inventory, List<Restriction> restrictions) {
        return of(inventory, ForbiddenPlacements.of(inventory, restrictions));
    }

    public static PlacementSolution of(Inventory inventory, ForbiddenPlacements restrictions) {
        return of(inventory, restrictions, Objective.COST);
    }

    /**
     * The problem with its prices set for an objective: under {@link Objective#ENERGY} every kWh costs the sites'
     * mean price and traffic, migrations, headroom and rack space cost nothing (the hard constraints are the same).
     */
    public static PlacementSolution of(Inventory inventory, ForbiddenPlacements restrictions, Objective objective) {
        Policy policy = inventory.policy();
        boolean energyOnly = objective == Objective.ENERGY;
        Double energyOnlyKwhPrice = energyOnly ? inventory.hosts().stream().mapToDouble(h -> h.site().kwhPrice())
                .average().orElse(0) : null;
        List<PlannedHost> hosts = new ArrayList<>();
        List<HostCapacity> capacities = new ArrayList<>();
        Map<String, PlannedHost> hostsById = new HashMap<>();
        // Machines: the distinct (model, hypervisor) pairs; a workload costs the same CPU on every host of one.
        Map<String, Integer> machineIndex = new HashMap<>();
        List<Host> machines = new ArrayList<>();
        for (Host host : inventory.hosts()) {
            int machine = machineIndex.computeIfAbsent(host.model().id() + "\u0000" + host.hypervisor().id(), k -> {
                machines.add(host);
                return machines.size() - 1;
            });
            PlannedHost planned = new PlannedHost(host, hosts.size(), machine, policy, energyOnlyKwhPrice);
            hosts.add(planned);
            hostsById.put(host.id(), planned);
            for (Resource resource : Resource.values()) {
                long limit = limit(host, resource, policy);
                if (limit < 0) {
                    continue;
                }
                boolean reserved = policy.failover() == FailoverPolicy.N_PLUS_1 && !host.cluster().isEmpty()
                        && (resource == Resource.CPU || resource == Resource.MEMORY);
                HostCapacity capacity = new HostCapacity(planned, resource, limit, reserved);
                planned.addCapacity(capacity);
                capacities.add(capacity);
            }
        }
        Map<String, Double> rackMaxWatts = new HashMap<>();
        hosts.forEach(h -> rackMaxWatts.merge(h.rack().id(), h.host().model().powerCurve().maxWatts(), Double::sum));
        hosts.forEach(h -> h.setRackCanOverload(rackMaxWatts.get(h.rack().id()) > h.rack().powerWatts()));
        double[] meanCapacity = meanCapacity(hosts);
        List<Placement> placements = new ArrayList<>();
        Map<String, Integer> indexById = new HashMap<>();
        for (Workload workload : inventory.workloads()) {
            long[] demand = demand(workload);
            long size = 1;
            double largestShare = 0;
            for (Resource resource : Resource.values()) {
                if (resource.perWorkload() && meanCapacity[resource.ordinal()] > 0) {
                    largestShare = Math.max(largestShare, demand[resource.ordinal()] / meanCapacity[resource.ordinal()]);
                }
            }
            size += Math.round(1000 * largestShare);
            long migrationCents = energyOnly ? 0 : Math.round(workload.memoryGib() * policy.migrationCostPerGib() * 100);
            PlannedHost current = workload.currentHost() == null ? null : hostsById.get(workload.currentHost().id());
            indexById.put(workload.id(), placements.size());
            long[] cpuMhzByMachine = new long[machines.size()];
            BitSet vcpusTooSlow = new BitSet(machines.size());
            for (int m = 0; m < machines.size(); m++) {
                cpuMhzByMachine[m] = cpuMhz(workload, machines.get(m));
                vcpusTooSlow.set(m, !MachineModel.vcpusKeepUp(workload, machines.get(m)));
            }
            placements.add(new Placement.Builder().index(placements.size()).workload(workload).demand(demand, size)
                    .machines(cpuMhzByMachine, vcpusTooSlow)
                    .today(current, migrationCents, workload.pinned() && current != null)
                    .forbidden(restrictions.forbiddenHostIndexes(workload), restrictions).build());
        }
        List<Traffic> traffic = new ArrayList<>();
        for (Flow flow : inventory.flows()) {
            double rate = energyOnly ? 0 : flow.mbps() * 100;
            traffic.add(new Traffic(indexById.get(flow.from().id()), indexById.get(flow.to().id()), flow.from().id(),
                    flow.to().id(), wholeUp(flow.mbps()), Math.round(rate * policy.trafficCostHost()),
                    Math.round(rate * policy.trafficCostRack()), Math.round(rate * policy.trafficCostSite())));
        }
        PlacementSolution solution = new PlacementSolution(inventory, hosts, capacities, traffic,
                wanLinks(inventory), placements);
        // Pinned workloads stay where they are: the search may not move them.
        placements.stream().filter(Placement::isPinned).forEach(p -> p.setHost(p.getCurrentHost()));
        return solution;
    }

    /**
     * Each site's WAN link in each direction at its {@code wan_mbps}, rounded down (flows are rounded up): the
     * simulated runtime routes a flow between sites over the sender's WAN out and the receiver's WAN in.
     */
    static List<WanLink> wanLinks(Inventory inventory) {
        List<WanLink> links = new ArrayList<>();
        for (Site site : inventory.sites()) {
            for (WanLink.Direction direction : WanLink.Direction.values()) {
                links.add(new WanLink(site.id(), direction, (long) Math.floor(site.wanMbps())));
            }
        }
        return links;
    }

    /** Puts every workload on the host it runs on today; workloads without one stay unplaced. */
    public static void startFromToday(PlacementSolution solution) {
        solution.getPlacements().forEach(p -> p.setHost(p.getCurrentHost()));
    }

    /** Whether any workload runs somewhere today (then planning is re-planning, and moves cost). */
    public static boolean hasCurrentPlacement(PlacementSolution solution) {
        return solution.getPlacements().stream().anyMatch(p -> p.getCurrentHost() != null);
    }

    /** Host CPU in whole MHz (rounded up) the workload costs on a host, overhead included: the machine model's figure. */
    static long cpuMhz(Workload workload, Host host) {
        return wholeUp(MachineModel.hostGhz(workload, host) * 1000);
    }

    static long[] demand(Workload workload) {
        long[] demand = new long[Resource.values().length];
        demand[Resource.CPU.ordinal()] = wholeUp(workload.cpuGhz() * 1000);
        demand[Resource.MEMORY.ordinal()] = wholeUp(workload.memoryGib() * 1024);
        demand[Resource.STORAGE.ordinal()] = wholeUp(workload.storageGib());
        return demand;
    }

    /** Capacity in whole units after over-commit; -1 when the host sets no limit (storage 0 means shared storage). */
    static long limit(Host host, Resource resource, Policy policy) {
        return switch (resource) {
            case CPU -> wholeDown(host.model().cpuGhz() * 1000 * policy.cpuOvercommit());
            case MEMORY -> wholeDown(host.model().memoryGib() * 1024 * policy.memoryOvercommit());
            case STORAGE -> host.model().storageGib() > 0 ? wholeDown(host.model().storageGib()) : -1;
            case NETWORK -> wholeDown(host.model().nicMbps());
        };
    }

    private static double[] meanCapacity(List<PlannedHost> hosts) {
        double[] mean = new double[Resource.values().length];
        for (Resource resource : Resource.values()) {
            mean[resource.ordinal()] = hosts.stream().map(h -> h.capacity(resource)).filter(c -> c != null)
                    .mapToLong(HostCapacity::limit).average().orElse(0);
        }
        return mean;
    }

    // Floating-point noise (0.3 × 1000 = 300.00000000000006) must not add a unit.
    static long wholeUp(double value) {
        return (long) Math.ceil(value - 1e-6);
    }

    static long wholeDown(double value) {
        return (long) Math.floor(value + 1e-6);
    }
}
