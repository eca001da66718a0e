package org.consolida.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.DemandProfile;
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
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;

/** Builds small inventories in code for the simulation's tests. */
final class TestDatacenter {
    final Site site;
    final Map<String, Site> sites = new LinkedHashMap<>();
    final Map<String, Rack> racks = new LinkedHashMap<>();
    final List<HostModel> models = new ArrayList<>();
    final List<Hypervisor> hypervisors = new ArrayList<>();
    final List<Host> hosts = new ArrayList<>();
    final List<Workload> workloads = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final List<DemandProfile> profiles = new ArrayList<>();
    Policy policy = Policy.defaults();

    static final Hypervisor NATIVE = new Hypervisor("native", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", true,
            true, 0, 0);

    TestDatacenter() {
        site = site("s1", 1.0, 1_000);
    }

    Site site(String id, double pue, double wanMbps) {
        return sites.computeIfAbsent(id, k -> new Site(id, pue, 0.2, 300, wanMbps));
    }

    Rack rack(String id) {
        return rack(id, site);
    }

    Rack rack(String id, Site at) {
        return racks.computeIfAbsent(id, k -> new Rack(id, at, 42, 20));
    }

    static HostModel model(String id, int cores, double coreGhz, double memoryGib, double nicGbps, PowerCurve curve) {
        return new HostModel(id, "test", "intel", 1, cores, coreGhz, memoryGib, 1_000, nicGbps, 1, curve);
    }

    static Hypervisor hypervisor(String id, boolean para, double overheadFullPct, double overheadParaPct) {
        return new Hypervisor(id, HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", para, true, overheadFullPct,
                overheadParaPct);
    }

    Host host(String id, Rack rack, HostModel model, Hypervisor hypervisor) {
        return host(id, rack, model, hypervisor, "");
    }

    Host host(String id, Rack rack, HostModel model, Hypervisor hypervisor, String cluster) {
        if (models.stream().noneMatch(m -> m.id().equals(model.id()))) {
            models.add(model);
        }
        if (hypervisors.stream().noneMatch(h -> h.id().equals(hypervisor.id()))) {
            hypervisors.add(hypervisor);
        }
        Host host = new Host(id, model, rack, cluster, hypervisor, HostState.ON);
        hosts.add(host);
        return host;
    }

    Workload vm(String id, int vcpus, double cpuGhz, double memoryGib, Host on) {
        return workload(id, vcpus, cpuGhz, memoryGib, on, VirtualizationMode.ANY, null, null, null);
    }

    Workload workload(String id, int vcpus, double cpuGhz, double memoryGib, Host on, VirtualizationMode mode,
                      String group, SpreadScope spread, DemandProfile profile) {
        if (profile != null && profiles.stream().noneMatch(p -> p.id().equals(profile.id()))) {
            profiles.add(profile);
        }
        Workload workload = new Workload(id, WorkloadKind.VM, vcpus, cpuGhz, memoryGib, 10, "linux", mode, on, false,
                group, spread, Criticality.NORMAL, 100, profile, null);
        workloads.add(workload);
        return workload;
    }

    Workload container(String id, double cpuGhz, Host on) {
        Workload workload = new Workload(id, WorkloadKind.CONTAINER, 1, cpuGhz, 1, 1, "linux", VirtualizationMode.ANY,
                on, false, null, null, Criticality.NORMAL, 100, null, null);
        workloads.add(workload);
        return workload;
    }

    Flow flow(Workload from, Workload to, double mbps) {
        Flow flow = new Flow(from, to, mbps);
        flows.add(flow);
        return flow;
    }

    Inventory inventory() {
        return new Inventory("test", List.copyOf(sites.values()), List.copyOf(racks.values()), models, hypervisors,
                hosts, workloads, flows, profiles, policy);
    }

    /** Today's placement, as a plan. */
    Map<Workload, Host> today() {
        Map<Workload, Host> plan = new LinkedHashMap<>();
        workloads.forEach(w -> {
            if (w.currentHost() != null) {
                plan.put(w, w.currentHost());
            }
        });
        return plan;
    }

    /** One day of every scenario with the inventory's profiles. */
    SimulationResult simulate(Map<Workload, Host> plan) {
        return Simulator.simulate(inventory(), plan);
    }

    /** The plan over one day, scenario "after" alone. */
    ScenarioResult day(Map<Workload, Host> plan) {
        SimulationSettings settings = SimulationSettings.defaults();
        Inventory inventory = inventory();
        return new Simulator(inventory, DemandShares.profiles(inventory, settings), settings).scenario("after", plan);
    }
}
