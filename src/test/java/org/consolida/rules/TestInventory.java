package org.consolida.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.RemoteAccess;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;

/**
 * Builds small inventories for rule tests: one site, one rack, a 64 GHz / 512 GiB / 10 GbE Intel model and a VMware
 * type-1 hypervisor unless a test says otherwise, so each test states only what its rule looks at.
 */
final class TestInventory {
    static final Hypervisor ESXI = new Hypervisor("esxi", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware", true, true, 8, 3);
    static final Hypervisor XEN = new Hypervisor("xen", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "xen", true, true, 10, 2);
    static final Hypervisor HYPERV = new Hypervisor("hyperv", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "hyperv", true, true, 7, 3);
    static final Hypervisor FULL_ONLY = new Hypervisor("fullonly", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware", false, true, 8, 8);
    static final Hypervisor CONTAINERD = new Hypervisor("containerd", HypervisorType.CONTAINER, Kernel.MONOLITHIC, "containerd", false, false, 1, 1);
    static final Hypervisor VIRTUALBOX = new Hypervisor("vbox", HypervisorType.TYPE_2, Kernel.MONOLITHIC, "virtualbox", false, false, 20, 20);

    final Site site = new Site("s1", 1.5, 0.2, 300, 1_000);
    final Rack rack = new Rack("r1", site, 42, 10);
    final HostModel model = model("m1", "Intel", 10);

    private final Map<String, Site> sites = new LinkedHashMap<>(Map.of(site.id(), site));
    private final Map<String, Rack> racks = new LinkedHashMap<>(Map.of(rack.id(), rack));
    private final Map<String, HostModel> models = new LinkedHashMap<>();
    private final Map<String, Hypervisor> hypervisors = new LinkedHashMap<>();
    private final List<Host> hosts = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final Map<String, DemandProfile> profiles = new LinkedHashMap<>();
    private final Map<Workload, Host> plan = new LinkedHashMap<>();
    private Policy policy = Policy.defaults();

    /** 2 × 16 cores at 2 GHz (64 GHz), 512 GiB, 4 TB, 200–400 W. */
    static HostModel model(String id, String cpuVendor, double nicGbps) {
        return new HostModel(id, "Dell", cpuVendor, 2, 16, 2.0, 512, 4_000, nicGbps, 2, PowerCurve.linear(200, 400));
    }

    Site site(String id, double wanMbps) {
        Site added = new Site(id, 1.5, 0.2, 300, wanMbps);
        sites.put(id, added);
        return added;
    }

    Rack rack(String id, Site at, double powerKw) {
        Rack added = new Rack(id, at, 42, powerKw);
        sites.putIfAbsent(at.id(), at);
        racks.put(id, added);
        return added;
    }

    /** A host of the default model in the default rack, cluster c1, on ESXi. */
    Host host(String id) {
        return host(id, spec -> spec);
    }

    Host host(String id, UnaryOperator<HostSpec> change) {
        HostSpec spec = change.apply(new HostSpec());
        Host host = new Host(id, spec.model, spec.rack, spec.cluster, spec.hypervisor, spec.state);
        models.putIfAbsent(spec.model.id(), spec.model);
        hypervisors.putIfAbsent(spec.hypervisor.id(), spec.hypervisor);
        racks.putIfAbsent(spec.rack.id(), spec.rack);
        sites.putIfAbsent(spec.rack.site().id(), spec.rack.site());
        hosts.add(host);
        return host;
    }

    /** A 4-vCPU, 4 GHz, 16 GiB VM running on {@code on} today, planned to stay there (change with {@link #place}). */
    Workload workload(String id, Host on) {
        return workload(id, on, spec -> spec);
    }

    Workload workload(String id, Host on, UnaryOperator<WorkloadSpec> change) {
        WorkloadSpec spec = change.apply(new WorkloadSpec());
        Workload workload = new Workload(id, spec.kind, 4, spec.cpuGhz, spec.memoryGib, 100, spec.os,
                spec.virtualization, on, spec.pinned, spec.group, spec.spread, spec.criticality, 100, spec.profile,
                spec.remoteAccess);
        if (spec.profile != null) {
            profiles.putIfAbsent(spec.profile.id(), spec.profile);
        }
        workloads.add(workload);
        plan.put(workload, on);
        return workload;
    }

    Flow flow(Workload from, Workload to, double mbps) {
        Flow flow = new Flow(from, to, mbps);
        flows.add(flow);
        return flow;
    }

    /** Plans a workload onto a host (null: unplaced). */
    TestInventory place(Workload workload, Host host) {
        plan.put(workload, host);
        return this;
    }

    TestInventory policy(Policy newPolicy) {
        policy = newPolicy;
        return this;
    }

    static Policy policyWith(FailoverPolicy failover, double vdiMinNicGbps, boolean allowColdMigration) {
        Policy d = Policy.defaults();
        return new Policy(d.cpuOvercommit(), d.memoryOvercommit(), d.maxUtilization(), failover, d.currency(),
                d.rackUnitCostPerYear(), d.migrationCostPerGib(), d.trafficCostHost(), d.trafficCostRack(),
                d.trafficCostSite(), d.headroomCostPerPct(), vdiMinNicGbps, allowColdMigration, d.throughputTarget());
    }

    Inventory inventory() {
        return new Inventory("test", List.copyOf(sites.values()), List.copyOf(racks.values()),
                List.copyOf(models.values()), List.copyOf(hypervisors.values()), hosts, workloads, flows,
                List.copyOf(profiles.values()), policy);
    }

    /** The planned placement: today's unless {@link #place} changed it. */
    Map<Workload, Host> plan() {
        return Collections.unmodifiableMap(plan);
    }

    final class HostSpec {
        HostModel model = TestInventory.this.model;
        Rack rack = TestInventory.this.rack;
        String cluster = "c1";
        Hypervisor hypervisor = ESXI;
        HostState state = HostState.ON;

        HostSpec model(HostModel value) { model = value; return this; }
        HostSpec rack(Rack value) { rack = value; return this; }
        HostSpec cluster(String value) { cluster = value; return this; }
        HostSpec hypervisor(Hypervisor value) { hypervisor = value; return this; }
        HostSpec state(HostState value) { state = value; return this; }
    }

    static final class WorkloadSpec {
        WorkloadKind kind = WorkloadKind.VM;
        double cpuGhz = 4;
        double memoryGib = 16;
        String os = "linux";
        VirtualizationMode virtualization = VirtualizationMode.ANY;
        boolean pinned;
        String group;
        SpreadScope spread;
        Criticality criticality = Criticality.NORMAL;
        DemandProfile profile;
        RemoteAccess remoteAccess = RemoteAccess.NONE;

        WorkloadSpec kind(WorkloadKind value) { kind = value; return this; }
        WorkloadSpec cpuGhz(double value) { cpuGhz = value; return this; }
        WorkloadSpec memoryGib(double value) { memoryGib = value; return this; }
        WorkloadSpec os(String value) { os = value; return this; }
        WorkloadSpec virtualization(VirtualizationMode value) { virtualization = value; return this; }
        WorkloadSpec pinned() { pinned = true; return this; }
        WorkloadSpec group(String value, SpreadScope scope) { group = value; spread = scope; return this; }
        WorkloadSpec criticality(Criticality value) { criticality = value; return this; }
        WorkloadSpec profile(DemandProfile value) { profile = value; return this; }
        WorkloadSpec remoteAccess(RemoteAccess value) { remoteAccess = value; return this; }
    }
}
