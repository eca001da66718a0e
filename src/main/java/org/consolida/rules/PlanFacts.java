package org.consolida.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;

/**
 * Derives the review rules' plan facts from an inventory and a planned placement, in one pass over the workloads and
 * flows, so rules compare figures instead of summing them (joins in DRL at 10,000 workloads would cost seconds).
 */
final class PlanFacts {
    private PlanFacts() {
    }

    /** Accumulates one host's planned load. */
    private static final class Load {
        int workloads;
        int vdi;
        double cpu;
        double memory;
        double storage;
        double network;
        final double[] hourlyCpu = new double[DemandProfile.HOURS];

        /** Adds what the workload costs this host: CPU with the hypervisor's overhead, as every stage counts it. */
        void add(Workload workload, Host host) {
            workloads++;
            vdi += workload.kind() == WorkloadKind.VDI ? 1 : 0;
            double hostGhz = MachineModel.hostGhz(workload, host);
            cpu += hostGhz;
            memory += workload.memoryGib();
            storage += workload.storageGib();
            List<Double> shares = workload.profile().hourlyShare();
            for (int h = 0; h < DemandProfile.HOURS; h++) {
                hourlyCpu[h] += hostGhz * shares.get(h);
            }
        }

        double peakCpu() {
            double peak = 0;
            for (double cpu : hourlyCpu) {
                peak = Math.max(peak, cpu);
            }
            return peak;
        }
    }

    /**
     * Every plan fact: one {@link PlannedWorkload} per workload, one {@link PlannedHost} per host, one {@link PlannedRack}
     * per rack, one {@link PlannedCluster} per named cluster, one {@link PlannedGroup} per redundancy group, one
     * {@link FlowPath} per flow with both ends placed and one {@link Move} per moved workload.
     *
     * @param plan the planned host of each workload; a workload absent or mapped to null is unplaced
     */
    static List<Object> derive(Inventory inventory, Map<Workload, Host> plan) {
        List<Object> facts = new ArrayList<>();
        Map<String, Host> placed = new HashMap<>(inventory.workloads().size() * 2);
        Map<String, Load> loads = new LinkedHashMap<>();
        inventory.hosts().forEach(host -> loads.put(host.id(), new Load()));
        for (Workload workload : inventory.workloads()) {
            Host planned = plan.get(workload);
            // The plan may hold equal copies of the inventory's hosts; the facts use the inventory's own.
            Host host = planned == null ? null : inventory.host(planned.id());
            if (planned != null && host == null) {
                throw new IllegalArgumentException("plan puts workload " + workload.id() + " on host " + planned.id()
                        + ", which is not in inventory " + inventory.name());
            }
            facts.add(new PlannedWorkload(workload, host, workload.currentHost()));
            if (host != null) {
                placed.put(workload.id(), host);
                loads.get(host.id()).add(workload, host);
                if (workload.currentHost() != null && !workload.currentHost().id().equals(host.id())) {
                    facts.add(move(workload, workload.currentHost(), host));
                }
            }
        }
        for (Flow flow : inventory.flows()) {
            Host from = placed.get(flow.from().id());
            Host to = placed.get(flow.to().id());
            if (from != null && to != null) {
                NetworkPath path = pathBetween(from, to);
                facts.add(new FlowPath(flow, from, to, path));
                if (path != NetworkPath.HOST_ONLY) {
                    loads.get(from.id()).network += flow.mbps();
                    loads.get(to.id()).network += flow.mbps();
                }
            }
        }
        List<PlannedHost> hosts = new ArrayList<>();
        for (Host host : inventory.hosts()) {
            Load load = loads.get(host.id());
            double peak = load.peakCpu();
            double watts = load.workloads == 0 ? 0 : MachineModel.watts(host.model(), peak);
            hosts.add(PlannedHost.builder().host(host).workloads(load.workloads).vdiDesktops(load.vdi)
                    .cpuGhz(load.cpu).peakCpuGhz(peak).memoryGib(load.memory).storageGib(load.storage)
                    .networkMbps(load.network).watts(watts).build());
        }
        facts.addAll(hosts);
        facts.addAll(racks(inventory, hosts));
        facts.addAll(clusters(inventory.policy(), hosts));
        facts.addAll(groups(inventory, placed));
        return facts;
    }

    static NetworkPath pathBetween(Host from, Host to) {
        if (from.id().equals(to.id())) {
            return NetworkPath.HOST_ONLY;
        } else if (from.rack().id().equals(to.rack().id())) {
            return NetworkPath.SAME_RACK;
        } else if (from.site().id().equals(to.site().id())) {
            return NetworkPath.CROSS_RACK;
        }
        return NetworkPath.CROSS_SITE;
    }

    private static Move move(Workload workload, Host source, Host target) {
        double link = Math.min(source.model().nicGbps(), target.model().nicGbps());
        if (!source.site().id().equals(target.site().id())) {
            link = Math.min(link, Math.min(source.site().wanMbps(), target.site().wanMbps()) / 1000);
        }
        return new Move(workload, source, target, link);
    }

    private static List<PlannedRack> racks(Inventory inventory, List<PlannedHost> hosts) {
        Map<String, double[]> byRack = new LinkedHashMap<>(); // active hosts, watts, vdi desktops
        inventory.racks().forEach(rack -> byRack.put(rack.id(), new double[3]));
        for (PlannedHost host : hosts) {
            double[] sums = byRack.computeIfAbsent(host.rack().id(), k -> new double[3]);
            sums[0] += host.isEmpty() ? 0 : 1;
            sums[1] += host.watts();
            sums[2] += host.vdiDesktops();
        }
        List<PlannedRack> racks = new ArrayList<>();
        for (Rack rack : inventory.racks()) {
            double[] sums = byRack.get(rack.id());
            racks.add(new PlannedRack(rack, (int) sums[0], sums[1], (int) sums[2]));
        }
        return racks;
    }

    private static List<PlannedCluster> clusters(Policy policy, List<PlannedHost> hosts) {
        Map<String, List<PlannedHost>> byCluster = new LinkedHashMap<>();
        for (PlannedHost host : hosts) {
            if (!host.cluster().isEmpty()) {
                byCluster.computeIfAbsent(host.cluster(), k -> new ArrayList<>()).add(host);
            }
        }
        List<PlannedCluster> clusters = new ArrayList<>();
        byCluster.forEach((name, members) -> {
            TreeSet<String> families = new TreeSet<>();
            int active = 0;
            double cpuCapacity = 0, cpuLoad = 0, largestCpu = 0, memoryCapacity = 0, memoryLoad = 0, largestMemory = 0;
            for (PlannedHost host : members) {
                families.add(host.hypervisor().family());
                if (host.isEmpty()) {
                    continue;
                }
                active++;
                double cpu = host.host().model().cpuGhz() * policy.cpuOvercommit();
                double memory = host.host().model().memoryGib() * policy.memoryOvercommit();
                cpuCapacity += cpu;
                memoryCapacity += memory;
                largestCpu = Math.max(largestCpu, cpu);
                largestMemory = Math.max(largestMemory, memory);
                cpuLoad += host.cpuGhz();
                memoryLoad += host.memoryGib();
            }
            clusters.add(PlannedCluster.builder().cluster(name).hosts(members.size()).activeHosts(active)
                    .families(families).cpuCapacityGhz(cpuCapacity).cpuLoadGhz(cpuLoad).largestHostCpuGhz(largestCpu)
                    .memoryCapacityGib(memoryCapacity).memoryLoadGib(memoryLoad).largestHostMemoryGib(largestMemory)
                    .build());
        });
        return clusters;
    }

    private static List<PlannedGroup> groups(Inventory inventory, Map<String, Host> placed) {
        TreeSet<String> usableRacks = new TreeSet<>();
        TreeSet<String> usableSites = new TreeSet<>();
        for (Host host : inventory.hosts()) {
            if (host.state() != HostState.MAINTENANCE) {
                usableRacks.add(host.rack().id());
                usableSites.add(host.site().id());
            }
        }
        Map<String, List<Workload>> byGroup = new LinkedHashMap<>();
        for (Workload workload : inventory.workloads()) {
            if (workload.group() != null) {
                byGroup.computeIfAbsent(workload.group(), k -> new ArrayList<>()).add(workload);
            }
        }
        List<PlannedGroup> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> {
            TreeSet<String> hosts = new TreeSet<>();
            TreeSet<String> racks = new TreeSet<>();
            TreeSet<String> sites = new TreeSet<>();
            int placedMembers = 0;
            for (Workload member : members) {
                Host host = placed.get(member.id());
                if (host != null) {
                    placedMembers++;
                    hosts.add(host.id());
                    racks.add(host.rack().id());
                    sites.add(host.site().id());
                }
            }
            groups.add(new PlannedGroup(name, members.get(0).spread(), placedMembers, hosts.size(), racks.size(),
                    sites.size(), usableRacks.size(), usableSites.size()));
        });
        return groups;
    }
}
