package org.consolida.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Criticality;
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
 * Builds small inventories in tests, with round figures so that penalties can be computed by hand. Defaults: one
 * site (PUE 1.0, 0.10 per kWh), rack "r1" of 42 units and 10 kW; model "m10" of 10 GHz (10 cores × 1 GHz), 64 GiB,
 * 1,000 GiB storage, 10 Gbit/s NIC, 1 rack unit, drawing 100 W idle to 200 W at full load.
 */
public final class TestInventory {
    public static final Hypervisor KVM = new Hypervisor("kvm", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", true,
            true, 5, 2);

    private Policy policy = Policy.defaults();
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Rack> racks = new LinkedHashMap<>();
    private final Map<String, HostModel> models = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final List<Flow> flows = new ArrayList<>();

    public TestInventory() {
        site("s1", 1.0, 0.10);
        rack("r1", "s1", 10);
        model("m10", 10, 64, 1, 100, 200);
    }

    public TestInventory policy(Policy newPolicy) {
        this.policy = newPolicy;
        return this;
    }

    public Policy policy() {
        return policy;
    }

    public TestInventory site(String id, double pue, double kwhPrice) {
        sites.put(id, new Site(id, pue, kwhPrice, 300, 1000));
        return this;
    }

    public TestInventory rack(String id, String site, double powerKw) {
        racks.put(id, new Rack(id, sites.get(site), 42, powerKw));
        return this;
    }

    /** A model with {@code cores} cores of 1 GHz, a linear power curve and the default storage and NIC. */
    public TestInventory model(String id, int cores, double memoryGib, int rackUnits, double idleWatts, double maxWatts) {
        models.put(id, new HostModel(id, "test", "x86", 1, cores, 1.0, memoryGib, 1000, 10, rackUnits,
                PowerCurve.linear(idleWatts, maxWatts)));
        return this;
    }

    public TestInventory host(String id) {
        return host(id, "m10", "r1", "c1", HostState.ON);
    }

    public TestInventory host(String id, String model, String rack, String cluster, HostState state) {
        hosts.put(id, new Host(id, models.get(model), racks.get(rack), cluster, KVM, state));
        return this;
    }

    public TestInventory workload(String id, double cpuGhz, double memoryGib) {
        return workload(id, cpuGhz, memoryGib, null, null, null, false);
    }

    /** A workload running on {@code currentHost} today (null: not placed yet). */
    public TestInventory workload(String id, double cpuGhz, double memoryGib, String currentHost) {
        return workload(id, cpuGhz, memoryGib, currentHost, null, null, false);
    }

    public TestInventory workload(String id, double cpuGhz, double memoryGib, String currentHost, String group,
                                  SpreadScope spread, boolean pinned) {
        workloads.put(id, new Workload(id, WorkloadKind.VM, 2, cpuGhz, memoryGib, 10, "linux", VirtualizationMode.ANY,
                currentHost == null ? null : hosts.get(currentHost), pinned, group, spread, Criticality.NORMAL, 100,
                null, RemoteAccess.NONE));
        return this;
    }

    public TestInventory flow(String from, String to, double mbps) {
        flows.add(new Flow(workloads.get(from), workloads.get(to), mbps));
        return this;
    }

    public Host hostById(String id) {
        return hosts.get(id);
    }

    public Workload workloadById(String id) {
        return workloads.get(id);
    }

    public Inventory build() {
        return new Inventory("test", List.copyOf(sites.values()), List.copyOf(racks.values()),
                List.copyOf(models.values()), List.of(KVM), List.copyOf(hosts.values()),
                List.copyOf(workloads.values()), flows, List.of(), policy);
    }

    /** A policy like the defaults with other figures; a compact way to vary one knob. */
    public static Policy policy(double cpuOvercommit, double memoryOvercommit, double maxUtilization,
                                org.consolida.inventory.FailoverPolicy failover) {
        Policy d = Policy.defaults();
        return new Policy(cpuOvercommit, memoryOvercommit, maxUtilization, failover, d.currency(),
                d.rackUnitCostPerYear(), d.migrationCostPerGib(), d.trafficCostHost(), d.trafficCostRack(),
                d.trafficCostSite(), d.headroomCostPerPct(), d.vdiMinNicGbps(), d.allowColdMigration(),
                d.throughputTarget());
    }

    /**
     * A random but reproducible inventory: racks of eight hosts of two models (an old, power-hungry one and a newer,
     * efficient one), workloads of 0.5–2.5 GHz and 2–24 GiB spread round-robin over the hosts today, pairs of them in
     * host-spread redundancy groups, and some flows between neighbours.
     */
    public static TestInventory random(long seed, int hostCount, int workloadCount) {
        java.util.Random random = new java.util.Random(seed);
        TestInventory inventory = new TestInventory().model("old", 16, 128, 2, 180, 320).model("new", 32, 256, 1, 90, 300);
        for (int r = 0; r * 8 < hostCount; r++) {
            inventory.rack("rack" + r, "s1", 4);
        }
        for (int h = 0; h < hostCount; h++) {
            inventory.host("h" + h, h % 3 == 0 ? "new" : "old", "rack" + (h / 8), "c" + (h / 8), HostState.ON);
        }
        for (int w = 0; w < workloadCount; w++) {
            String group = w % 10 < 2 ? "g" + (w / 10) : null;
            inventory.workload("w" + w, 0.5 + random.nextInt(5) * 0.5, 2 + random.nextInt(12) * 2,
                    "h" + (w % hostCount), group, SpreadScope.HOST, false);
        }
        for (int w = 1; w < workloadCount; w += 4) {
            inventory.flow("w" + (w - 1), "w" + w, 10 + random.nextInt(90));
        }
        return inventory;
    }
}
