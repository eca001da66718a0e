package org.consolida.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PolicyKey;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;

/**
 * Applies a scenario's what-ifs to an inventory, giving the inventory the scenario plans. Workloads whose host is
 * taken out (removed, refreshed, or in a removed rack) no longer run anywhere today: the plan starts them on the
 * hosts that remain, as a deployment rather than a migration.
 */
public final class WhatIfs {
    private final Scenario scenario;
    private final String where;
    private final List<Problem> problems = new ArrayList<>();

    private WhatIfs(Scenario scenario, String manifest) {
        this.scenario = scenario;
        this.where = manifest;
    }

    public static Inventory apply(Scenario scenario, Inventory inventory, String manifest) {
        return new WhatIfs(scenario, manifest).apply(inventory);
    }

    private Inventory apply(Inventory inventory) {
        Map<String, Host> hosts = new LinkedHashMap<>();
        inventory.hosts().forEach(h -> hosts.put(h.id(), h));
        Map<String, Rack> racks = new LinkedHashMap<>();
        inventory.racks().forEach(r -> racks.put(r.id(), r));
        Map<String, HostModel> models = new LinkedHashMap<>();
        inventory.hostModels().forEach(m -> models.put(m.id(), m));
        Map<String, Hypervisor> hypervisors = new LinkedHashMap<>();
        inventory.hypervisors().forEach(h -> hypervisors.put(h.id(), h));

        for (String rackId : scenario.removeRacks()) {
            if (racks.remove(rackId) == null) {
                error("removeRacks", "rack \"" + rackId + "\" is not in the inventory");
            }
            hosts.values().removeIf(h -> h.rack().id().equals(rackId));
        }
        for (String hostId : scenario.removeHosts()) {
            if (hosts.remove(hostId) == null && inventory.host(hostId) == null) {
                error("removeHosts", "host \"" + hostId + "\" is not in the inventory");
            }
        }
        for (Scenario.Refresh refresh : scenario.refresh()) {
            refresh(refresh, hosts, models);
        }
        for (Scenario.AddHosts add : scenario.addHosts()) {
            HostModel model = models.get(add.model());
            Rack rack = racks.get(add.rack());
            Hypervisor hypervisor = hypervisors.get(add.hypervisor());
            if (model == null) {
                error("addHosts", "model \"" + add.model() + "\" is not in the inventory's HostModels");
            }
            if (rack == null) {
                error("addHosts", "rack \"" + add.rack() + "\" is not in the inventory's Racks");
            }
            if (hypervisor == null) {
                error("addHosts", "hypervisor \"" + add.hypervisor() + "\" is not in the inventory's Hypervisors");
            }
            if (model != null && rack != null && hypervisor != null) {
                for (int i = 1; i <= add.count(); i++) {
                    String id = freeId(add.prefix() + "-" + i, hosts.keySet());
                    hosts.put(id, new Host(id, model, rack, add.cluster(), hypervisor, HostState.ON));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Racks and hosts hold their site: rebuild them over the re-priced sites so the prices reach the planner.
        Map<String, Site> sites = new LinkedHashMap<>();
        inventory.sites().forEach(site -> sites.put(site.id(), priced(site)));
        Map<String, Rack> pricedRacks = new LinkedHashMap<>();
        racks.values().forEach(r -> pricedRacks.put(r.id(), new Rack(r.id(), sites.get(r.site().id()), r.units(), r.powerKw())));
        Map<String, Host> finalHosts = new LinkedHashMap<>();
        hosts.values().forEach(h -> finalHosts.put(h.id(), h.toBuilder().rack(pricedRacks.get(h.rack().id())).build()));
        Map<String, Workload> workloads = new LinkedHashMap<>();
        for (Workload w : inventory.workloads()) {
            Host current = w.currentHost() == null ? null : finalHosts.get(w.currentHost().id());
            workloads.put(w.id(), w.toBuilder().cpuGhz(w.cpuGhz() * growth("cpu"))
                    .memoryGib(w.memoryGib() * growth("memory")).storageGib(w.storageGib() * growth("storage"))
                    .currentHost(current).pinned(w.pinned() && current != null)
                    .opsPerSec(w.opsPerSec() * growth("throughput")).build());
        }
        List<Flow> flows = inventory.flows().stream().map(f -> new Flow(workloads.get(f.from().id()),
                workloads.get(f.to().id()), f.mbps() * growth("network"))).toList();
        return inventory.toBuilder().sites(List.copyOf(sites.values())).racks(List.copyOf(pricedRacks.values()))
                .hostModels(List.copyOf(models.values())).hypervisors(List.copyOf(hypervisors.values()))
                .hosts(List.copyOf(finalHosts.values())).workloads(List.copyOf(workloads.values())).flows(flows)
                .policy(policy(inventory.policy())).build();
    }

    private void refresh(Scenario.Refresh refresh, Map<String, Host> hosts, Map<String, HostModel> models) {
        HostModel with = models.get(refresh.with());
        if (!models.containsKey(refresh.replace())) {
            error("refresh", "model \"" + refresh.replace() + "\" is not in the inventory's HostModels");
        }
        if (with == null) {
            error("refresh", "model \"" + refresh.with() + "\" is not in the inventory's HostModels");
            return;
        }
        List<Host> replaced = hosts.values().stream().filter(h -> h.model().id().equals(refresh.replace())).toList();
        if (replaced.isEmpty()) {
            if (models.containsKey(refresh.replace())) {
                error("refresh", "no host is of model \"" + refresh.replace() + "\"");
            }
            return;
        }
        replaced.forEach(h -> hosts.remove(h.id()));
        // The new hosts take the old ones' places in turn: same racks, clusters and hypervisors.
        for (int i = 0; i < refresh.count(); i++) {
            Host old = replaced.get(i % replaced.size());
            String id = freeId(with.id().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + "-" + (i + 1), hosts.keySet());
            hosts.put(id, new Host(id, with, old.rack(), old.cluster(), old.hypervisor(), HostState.ON));
        }
    }

    private static String freeId(String wanted, Set<String> taken) {
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private double growth(String resource) {
        return 1 + scenario.demandGrowthPct().getOrDefault(resource, 0.0) / 100;
    }

    private Site priced(Site site) {
        double price = scenario.kwhPrice() != null ? scenario.kwhPrice() : site.kwhPrice();
        if (scenario.kwhPriceFactor() != null) {
            price *= scenario.kwhPriceFactor();
        }
        return new Site(site.id(), site.pue(), price, site.co2GramsPerKwh(), site.wanMbps());
    }

    /** The scenario's policy what-ifs (null: as the inventory has it), each named by the manifest key it comes from. */
    private Map<PolicyKey, Object> policyWhatIfs() {
        Map<PolicyKey, Object> whatIfs = new EnumMap<>(PolicyKey.class);
        whatIfs.put(PolicyKey.FAILOVER, scenario.failover());
        whatIfs.put(PolicyKey.CPU_OVERCOMMIT, scenario.cpuOvercommit());
        whatIfs.put(PolicyKey.MEMORY_OVERCOMMIT, scenario.memoryOvercommit());
        whatIfs.put(PolicyKey.MAX_UTILIZATION, scenario.maxUtilization());
        whatIfs.put(PolicyKey.RACK_UNIT_COST_PER_YEAR, scenario.rackUnitCostPerYear());
        whatIfs.put(PolicyKey.MIGRATION_COST_PER_GIB, scenario.migrationCostPerGib());
        return whatIfs;
    }

    private Policy policy(Policy p) {
        Policy.Builder policy = p.toBuilder();
        policyWhatIfs().forEach((key, value) -> {
            if (value != null) {
                policy.set(key, value);
            }
        });
        return policy.build();
    }

    private void error(String key, String message) {
        problems.add(Problem.error(where, "scenario " + scenario.name() + ": " + key, message));
    }
}
