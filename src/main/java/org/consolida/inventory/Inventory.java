package org.consolida.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything Consolida knows about a datacenter, with references resolved: each rack holds its site, each host its
 * model, rack and hypervisor, each workload its current host. Immutable; lists keep the order of the input file.
 * {@link #name()} is where the inventory came from and takes no part in equality.
 */
public final class Inventory {
    private final String name;
    private final List<Site> sites;
    private final List<Rack> racks;
    private final List<HostModel> hostModels;
    private final List<Hypervisor> hypervisors;
    private final List<Host> hosts;
    private final List<Workload> workloads;
    private final List<Flow> flows;
    private final List<DemandProfile> profiles;
    private final Policy policy;

    private final Map<String, Host> hostsById;
    private final Map<String, Workload> workloadsById;
    private final Map<String, List<Workload>> workloadsByCurrentHost;

    private Inventory(String name, List<Site> sites, List<Rack> racks, List<HostModel> hostModels,
                     List<Hypervisor> hypervisors, List<Host> hosts, List<Workload> workloads, List<Flow> flows,
                     List<DemandProfile> profiles, Policy policy) {
        this.name = name == null ? "inventory" : name;
        this.sites = List.copyOf(sites);
        this.racks = List.copyOf(racks);
        this.hostModels = List.copyOf(hostModels);
        this.hypervisors = List.copyOf(hypervisors);
        this.hosts = List.copyOf(hosts);
        this.workloads = List.copyOf(workloads);
        this.flows = List.copyOf(flows);
        this.profiles = List.copyOf(profiles);
        this.policy = Objects.requireNonNull(policy, "policy");
        byId("site", this.sites, Site::id);
        byId("rack", this.racks, Rack::id);
        byId("model", this.hostModels, HostModel::id);
        byId("hypervisor", this.hypervisors, Hypervisor::id);
        byId("profile", this.profiles, DemandProfile::id);
        this.hostsById = byId("host", this.hosts, Host::id);
        this.workloadsById = byId("workload", this.workloads, Workload::id);
        Map<String, List<Workload>> onHost = new LinkedHashMap<>();
        for (Workload workload : this.workloads) {
            if (workload.currentHost() != null) {
                if (!hostsById.containsKey(workload.currentHost().id())) {
                    throw new IllegalArgumentException("workload " + workload.id() + " runs on unknown host "
                            + workload.currentHost().id());
                }
                onHost.computeIfAbsent(workload.currentHost().id(), k -> new ArrayList<>()).add(workload);
            }
        }
        onHost.replaceAll((k, v) -> List.copyOf(v));
        this.workloadsByCurrentHost = Collections.unmodifiableMap(onHost);
        for (Flow flow : this.flows) {
            if (!workloadsById.containsKey(flow.from().id()) || !workloadsById.containsKey(flow.to().id())) {
                throw new IllegalArgumentException("flow " + flow.from().id() + " → " + flow.to().id()
                        + " names a workload that is not in the inventory");
            }
        }
    }

    private static <T> Map<String, T> byId(String what, List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " " + id.apply(item));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** An empty builder: no elements, the default policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this inventory's elements, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder().name(name).sites(sites).racks(racks).hostModels(hostModels).hypervisors(hypervisors)
                .hosts(hosts).workloads(workloads).flows(flows).profiles(profiles).policy(policy);
    }

    /** A copy with other workloads (and the flows between those that remain); for what-ifs and tests. */
    public Inventory withWorkloads(List<Workload> newWorkloads) {
        Set<String> ids = new HashSet<>();
        newWorkloads.forEach(w -> ids.add(w.id()));
        List<Flow> keptFlows = flows.stream()
                .filter(f -> ids.contains(f.from().id()) && ids.contains(f.to().id())).toList();
        return toBuilder().workloads(newWorkloads).flows(keptFlows).build();
    }

    public Inventory withPolicy(Policy newPolicy) {
        return toBuilder().policy(newPolicy).build();
    }

    public String name() { return name; }
    public List<Site> sites() { return sites; }
    public List<Rack> racks() { return racks; }
    public List<HostModel> hostModels() { return hostModels; }
    public List<Hypervisor> hypervisors() { return hypervisors; }
    public List<Host> hosts() { return hosts; }
    public List<Workload> workloads() { return workloads; }
    public List<Flow> flows() { return flows; }
    public List<DemandProfile> profiles() { return profiles; }
    public Policy policy() { return policy; }

    public Host host(String id) { return hostsById.get(id); }
    public Workload workload(String id) { return workloadsById.get(id); }

    /** Where these workloads run today, as a plan: those without a current host are left out. */
    public static Map<Workload, Host> placedToday(Collection<Workload> workloads) {
        Map<Workload, Host> today = new LinkedHashMap<>();
        workloads.forEach(w -> {
            if (w.currentHost() != null) {
                today.put(w, w.currentHost());
            }
        });
        return today;
    }

    /** The workloads that run on a host today. */
    public List<Workload> workloadsOn(Host host) {
        return workloadsByCurrentHost.getOrDefault(host.id(), List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inventory other && sites.equals(other.sites) && racks.equals(other.racks)
                && hostModels.equals(other.hostModels) && hypervisors.equals(other.hypervisors)
                && hosts.equals(other.hosts) && workloads.equals(other.workloads) && flows.equals(other.flows)
                && profiles.equals(other.profiles) && policy.equals(other.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sites, racks, hostModels, hypervisors, hosts, workloads.size(), flows.size(), policy);
    }

    /**
     * Fluent construction of an {@link Inventory}; {@link #build()} resolves and checks ids and references. Lists keep
     * the order given; a list left unset is empty, the policy {@link Policy#defaults()}, the name "inventory".
     */
    public static final class Builder {
        private String name;
        private List<Site> sites = List.of();
        private List<Rack> racks = List.of();
        private List<HostModel> hostModels = List.of();
        private List<Hypervisor> hypervisors = List.of();
        private List<Host> hosts = List.of();
        private List<Workload> workloads = List.of();
        private List<Flow> flows = List.of();
        private List<DemandProfile> profiles = List.of();
        private Policy policy = Policy.defaults();

        private Builder() {
        }

        /** Where the inventory came from (a file name); takes no part in equality. */
        public Builder name(String value) { name = value; return this; }
        public Builder sites(List<Site> value) { sites = value; return this; }
        public Builder racks(List<Rack> value) { racks = value; return this; }
        public Builder hostModels(List<HostModel> value) { hostModels = value; return this; }
        public Builder hypervisors(List<Hypervisor> value) { hypervisors = value; return this; }
        public Builder hosts(List<Host> value) { hosts = value; return this; }
        public Builder workloads(List<Workload> value) { workloads = value; return this; }
        public Builder flows(List<Flow> value) { flows = value; return this; }
        public Builder profiles(List<DemandProfile> value) { profiles = value; return this; }
        public Builder policy(Policy value) { policy = value; return this; }

        public Inventory build() {
            return new Inventory(name, sites, racks, hostModels, hypervisors, hosts, workloads, flows, profiles,
                    policy);
        }
    }

    @Override
    public String toString() {
        return "Inventory[" + name + ": " + sites.size() + " sites, " + racks.size() + " racks, " + hosts.size()
                + " hosts, " + workloads.size() + " workloads, " + flows.size() + " flows]";
    }
}
