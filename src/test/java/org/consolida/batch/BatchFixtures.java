package org.consolida.batch;

import java.util.ArrayList;
import java.util.List;

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

/** A small inventory for batch tests: two racks, old and new hosts, workloads with a flow. */
final class BatchFixtures {
    static final Site SITE = new Site("s1", 1.5, 0.20, 300, 1000);
    static final Rack RACK_1 = new Rack("r1", SITE, 42, 10);
    static final Rack RACK_2 = new Rack("r2", SITE, 42, 10);
    static final HostModel OLD = new HostModel("old", "HP", "intel", 2, 4, 2.0, 64, 1000, 1, 1, PowerCurve.linear(90, 200));
    static final HostModel NEW = new HostModel("new", "Dell", "intel", 2, 32, 2.5, 512, 4000, 25, 2, PowerCurve.linear(150, 600));
    static final Hypervisor ESXI = new Hypervisor("esxi", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware", true, true, 5, 2);

    private BatchFixtures() {
    }

    static Inventory inventory(String name, int oldHosts) {
        List<Host> hosts = new ArrayList<>();
        for (int i = 1; i <= oldHosts; i++) {
            hosts.add(new Host("old-" + i, OLD, i % 2 == 0 ? RACK_2 : RACK_1, "c1", ESXI, HostState.ON));
        }
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < hosts.size() * 2; i++) {
            workloads.add(new Workload("w" + i, WorkloadKind.VM, 2, 1.5, 8, 50, "linux", VirtualizationMode.ANY,
                    hosts.get(i / 2), i == 0, null, SpreadScope.HOST, Criticality.NORMAL, 100, null, RemoteAccess.NONE));
        }
        List<Flow> flows = List.of(new Flow(workloads.get(0), workloads.get(1), 40));
        return new Inventory(name, List.of(SITE), List.of(RACK_1, RACK_2), List.of(OLD, NEW), List.of(ESXI), hosts,
                workloads, flows, List.of(), Policy.defaults());
    }
}
