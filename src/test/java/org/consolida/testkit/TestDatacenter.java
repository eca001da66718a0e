package org.consolida.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;

/**
 * Builds small inventories in tests, with round figures so that a test states only what it looks at and can compute
 * what it expects by hand. {@code host}, {@code workload}, {@code vm}, {@code rack}… add one element and return it,
 * for tests that refer to it again; {@code withHosts}, {@code withVm}, {@code withFlow}… add elements named by id and
 * return the fixture, for a chain: {@code new TestDatacenter().withHosts("h1", "h2").withVm("a", 6, 8)}.
 * {@link #inventory()} assembles them, with the models, hypervisors and profiles the hosts and workloads use.
 *
 * <p>Defaults: site "s1" (PUE 1.0, 0.10 per kWh, 300 g CO2/kWh, 1,000 Mbit/s WAN) with rack "r1" (42 U, 10 kW);
 * hosts of {@link HostModels#TEN_CORES} on {@link Hypervisors#KVM} in cluster "c1", switched on; workloads are VMs of
 * 2 vCPUs, 1 GHz, 8 GiB and 10 GiB storage running Linux at 100 ops/s, and the default policy. {@link #esxi()} starts
 * from bigger hosts and workloads; {@link #hostDefaults} and {@link #workloadDefaults} change the defaults.
 */
public final class TestDatacenter {
    private static final double CO2_GRAMS_PER_KWH = 300;
    private static final int RACK_UNITS = 42;
    private static final double RACK_POWER_KW = 10;

    /** The default site, "s1". */
    public final Site site;
    /** The default rack, "r1" at {@link #site}. */
    public final Rack rack;

    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Rack> racks = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<HostModel> extraModels = new ArrayList<>();
    private final Map<Workload, Host> plan = new LinkedHashMap<>();
    private Policy policy = Policy.defaults();
    private UnaryOperator<Host.Builder> hostDefaults = host -> host;
    private UnaryOperator<Workload.Builder> workloadDefaults = workload -> workload;

    public TestDatacenter() {
        site = site("s1", 1.0, 0.10, 1_000);
        rack = rack("r1", site, RACK_POWER_KW);
    }

    /**
     * A datacenter of {@link HostModels#DUAL_16} hosts on {@link Hypervisors#ESXI} running VMs of 4 vCPUs, 4 GHz,
     * 16 GiB and 100 GiB storage: an enterprise setting, for the rules.
     */
    public static TestDatacenter esxi() {
        return new TestDatacenter().hostDefaults(h -> h.model(HostModels.DUAL_16).hypervisor(Hypervisors.ESXI))
                .workloadDefaults(w -> w.vcpus(4).cpuGhz(4).memoryGib(16).storageGib(100));
    }

    /** Changes what {@link #host(String)} starts from (applied after the defaults above). */
    public TestDatacenter hostDefaults(UnaryOperator<Host.Builder> defaults) {
        hostDefaults = defaults;
        return this;
    }

    /** Changes what {@link #workload(String, Host)} starts from (applied after the defaults above). */
    public TestDatacenter workloadDefaults(UnaryOperator<Workload.Builder> defaults) {
        workloadDefaults = defaults;
        return this;
    }

    /** A site emitting 300 g CO2 per kWh. */
    public Site site(String id, double pue, double kwhPrice, double wanMbps) {
        Site added = new Site(id, pue, kwhPrice, CO2_GRAMS_PER_KWH, wanMbps);
        sites.put(id, added);
        return added;
    }

    /** A rack of 42 U and 10 kW at the default site, or the rack of that id already added. */
    public Rack rack(String id) {
        return rack(id, site, RACK_POWER_KW);
    }

    /** A rack of 42 U and 10 kW, or the rack of that id already added at that site. */
    public Rack rack(String id, Site at) {
        return rack(id, at, RACK_POWER_KW);
    }

    /** A rack of 42 U; asking again for a rack of the same id gives the same rack, asking for another is an error. */
    public Rack rack(String id, Site at, double powerKw) {
        Rack added = new Rack(id, at, RACK_UNITS, powerKw);
        Rack known = racks.putIfAbsent(id, added);
        if (known != null && !known.equals(added)) {
            throw new IllegalArgumentException("rack " + id + " is already " + known + "; give this one another id");
        }
        sites.putIfAbsent(at.id(), at);
        return known == null ? added : known;
    }

    /** A host with the defaults: the default model and hypervisor, in the default rack, cluster "c1", on. */
    public Host host(String id) {
        return host(id, h -> h);
    }

    /** A host with the defaults, then {@code change}: {@code host("h2", h -> h.state(HostState.MAINTENANCE))}. */
    public Host host(String id, UnaryOperator<Host.Builder> change) {
        Host.Builder builder = Host.builder(id).model(HostModels.TEN_CORES).rack(rack).cluster("c1")
                .hypervisor(Hypervisors.KVM);
        Host host = change.apply(hostDefaults.apply(builder)).build();
        racks.putIfAbsent(host.rack().id(), host.rack());
        sites.putIfAbsent(host.site().id(), host.site());
        hosts.put(id, host);
        return host;
    }

    /** A host of this model and hypervisor in this rack (cluster "c1", on). */
    public Host host(String id, Rack in, HostModel model, Hypervisor hypervisor) {
        return host(id, h -> h.rack(in).model(model).hypervisor(hypervisor));
    }

    /** Adds hosts with the defaults; for a chain of elements no test line refers to again. */
    public TestDatacenter withHosts(String... ids) {
        for (String id : ids) {
            host(id);
        }
        return this;
    }

    /** Adds a host with the defaults, then {@code change}; for a chain, like {@link #withHosts}. */
    public TestDatacenter withHost(String id, UnaryOperator<Host.Builder> change) {
        host(id, change);
        return this;
    }

    /** Adds a VM of this CPU demand and memory, not placed yet; for a chain, like {@link #withHosts}. */
    public TestDatacenter withVm(String id, double cpuGhz, double memoryGib) {
        vm(id, cpuGhz, memoryGib, null);
        return this;
    }

    /** Adds a VM of this CPU demand and memory running today on the host of that id; for a chain. */
    public TestDatacenter withVm(String id, double cpuGhz, double memoryGib, String currentHostId) {
        vm(id, cpuGhz, memoryGib, hosts.get(currentHostId));
        return this;
    }

    /** Adds a workload with the defaults, then {@code change}, on the host of that id (null: none); for a chain. */
    public TestDatacenter withWorkload(String id, String currentHostId, UnaryOperator<Workload.Builder> change) {
        workload(id, currentHostId == null ? null : hosts.get(currentHostId), change);
        return this;
    }

    /** A workload with the defaults, running on {@code on} today (null: not placed yet). */
    public Workload workload(String id, Host on) {
        return workload(id, on, w -> w);
    }

    /** A workload with the defaults, then {@code change}, running on {@code on} today (null: not placed yet). */
    public Workload workload(String id, Host on, UnaryOperator<Workload.Builder> change) {
        Workload.Builder builder = Workload.builder(id).vcpus(2).cpuGhz(1).memoryGib(8).storageGib(10).os("linux")
                .opsPerSec(100).currentHost(on);
        Workload workload = change.apply(workloadDefaults.apply(builder)).build();
        workloads.put(id, workload);
        plan.put(workload, workload.currentHost());
        return workload;
    }

    /** A VM of this CPU demand and memory (and the default 2 vCPUs), on {@code on} today (null: not placed yet). */
    public Workload vm(String id, double cpuGhz, double memoryGib, Host on) {
        return workload(id, on, w -> w.cpuGhz(cpuGhz).memoryGib(memoryGib));
    }

    /** A VM of these vCPUs, CPU demand and memory, on {@code on} today (null: not placed yet). */
    public Workload vm(String id, int vcpus, double cpuGhz, double memoryGib, Host on) {
        return workload(id, on, w -> w.vcpus(vcpus).cpuGhz(cpuGhz).memoryGib(memoryGib));
    }

    /** A container of one vCPU, 1 GiB of memory and 1 GiB of storage. */
    public Workload container(String id, double cpuGhz, Host on) {
        return workload(id, on, w -> w.kind(WorkloadKind.CONTAINER).vcpus(1).cpuGhz(cpuGhz).memoryGib(1).storageGib(1));
    }

    /** Adds a flow between the workloads of these ids; for a chain. */
    public TestDatacenter withFlow(String fromId, String toId, double mbps) {
        flow(workloads.get(fromId), workloads.get(toId), mbps);
        return this;
    }

    public Flow flow(Workload from, Workload to, double mbps) {
        Flow flow = new Flow(from, to, mbps);
        flows.add(flow);
        return flow;
    }

    public TestDatacenter policy(Policy newPolicy) {
        policy = newPolicy;
        return this;
    }

    public Policy policy() {
        return policy;
    }

    /** Plans a workload onto a host (null: unplaced); {@link #plan()} is today's placement until told otherwise. */
    public TestDatacenter place(Workload workload, Host host) {
        plan.put(workload, host);
        return this;
    }

    /** Every workload and where it is planned: today's host unless {@link #place} moved it, null when unplaced. */
    public Map<Workload, Host> plan() {
        return Collections.unmodifiableMap(plan);
    }

    /** Today's placement of the workloads that run somewhere, as a plan. */
    public Map<Workload, Host> today() {
        return Inventory.placedToday(workloads.values());
    }

    public Host hostById(String id) {
        return hosts.get(id);
    }

    public Workload workloadById(String id) {
        return workloads.get(id);
    }

    /** The hosts in the order they were added. */
    public List<Host> hosts() {
        return List.copyOf(hosts.values());
    }

    /** Offers a model no host uses yet, for example one a refresh what-if replaces hosts with. */
    public TestDatacenter model(HostModel model) {
        extraModels.add(model);
        return this;
    }

    /** The inventory of everything added so far, named "test". */
    public Inventory inventory() {
        return inventory("test");
    }

    /** The inventory of everything added so far. */
    public Inventory inventory(String name) {
        Map<String, HostModel> models = new LinkedHashMap<>();
        Map<String, Hypervisor> hypervisors = new LinkedHashMap<>();
        hosts.values().forEach(h -> {
            models.putIfAbsent(h.model().id(), h.model());
            hypervisors.putIfAbsent(h.hypervisor().id(), h.hypervisor());
        });
        extraModels.forEach(m -> models.putIfAbsent(m.id(), m));
        Map<String, DemandProfile> profiles = new LinkedHashMap<>();
        workloads.values().stream().map(Workload::profile).filter(p -> !p.equals(DemandProfile.flat()))
                .forEach(p -> profiles.putIfAbsent(p.id(), p));
        return Inventory.builder().name(name).sites(List.copyOf(sites.values())).racks(List.copyOf(racks.values()))
                .hostModels(List.copyOf(models.values())).hypervisors(List.copyOf(hypervisors.values()))
                .hosts(List.copyOf(hosts.values())).workloads(List.copyOf(workloads.values())).flows(flows)
                .profiles(List.copyOf(profiles.values())).policy(policy).build();
    }

    /**
     * A fleet to consolidate or refresh, for what-if tests: {@code oldHosts} hosts of {@link HostModels#OLD} ("old-1"…)
     * alternating between racks r1 and r2, each running two VMs of 2 vCPUs, 1.5 GHz, 8 GiB and 50 GiB storage ("w0"…,
     * the first pinned), a 40 Mbit/s flow between the first two, and {@link HostModels#NEW} offered for a refresh.
     */
    public static Inventory oldFleet(String name, int oldHosts) {
        TestDatacenter dc = new TestDatacenter();
        Rack second = dc.rack("r2");
        List<Workload> added = new ArrayList<>();
        for (int i = 1; i <= oldHosts; i++) {
            Rack rack = i % 2 == 0 ? second : dc.rack;
            Host host = dc.host("old-" + i, h -> h.model(HostModels.OLD).rack(rack));
            for (int n = 0; n < 2; n++) {
                boolean first = added.isEmpty();
                added.add(dc.workload("w" + added.size(), host, w -> w.cpuGhz(1.5).storageGib(50).pinned(first)));
            }
        }
        if (added.size() > 1) {
            dc.flow(added.get(0), added.get(1), 40);
        }
        return dc.model(HostModels.NEW).inventory(name);
    }

    /**
     * A random but reproducible datacenter: racks "rack0"… of eight hosts of two models (an old, power-hungry "old"
     * and a newer, efficient "new", every third host), one cluster per rack, workloads of 0.5–2.5 GHz and 2–24 GiB
     * spread round-robin over the hosts today, pairs of them in host-spread redundancy groups, and some flows between
     * neighbours.
     */
    public static TestDatacenter random(long seed, int hostCount, int workloadCount) {
        Random random = new Random(seed);
        TestDatacenter dc = new TestDatacenter();
        HostModel old = HostModels.TEN_CORES.toBuilder().id("old").coresPerSocket(16).memoryGib(128).rackUnits(2)
                .powerCurve(PowerCurve.linear(180, 320)).build();
        HostModel efficient = HostModels.TEN_CORES.toBuilder().id("new").coresPerSocket(32).memoryGib(256)
                .powerCurve(PowerCurve.linear(90, 300)).build();
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < hostCount; h++) {
            Rack rack = dc.rack("rack" + (h / 8), dc.site, 4);
            String cluster = "c" + (h / 8);
            HostModel model = h % 3 == 0 ? efficient : old;
            hosts.add(dc.host("h" + h, host -> host.model(model).rack(rack).cluster(cluster)));
        }
        List<Workload> added = new ArrayList<>();
        for (int w = 0; w < workloadCount; w++) {
            String group = w % 10 < 2 ? "g" + (w / 10) : null;
            double cpuGhz = 0.5 + random.nextInt(5) * 0.5;
            double memoryGib = 2 + random.nextInt(12) * 2;
            added.add(dc.workload("w" + w, hosts.get(w % hostCount),
                    workload -> workload.cpuGhz(cpuGhz).memoryGib(memoryGib).group(group)));
        }
        for (int w = 1; w < workloadCount; w += 4) {
            dc.flow(added.get(w - 1), added.get(w), 10 + random.nextInt(90));
        }
        return dc;
    }
}
