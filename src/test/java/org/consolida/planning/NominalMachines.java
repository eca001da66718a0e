package org.consolida.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;

/**
 * An inventory's copy whose hypervisors cost no CPU overhead and whose workloads have vCPUs enough to run their demand
 * on the slowest cores: the machine model's two corrections vanish, so a test can keep round figures computed by hand
 * (a 6 GHz workload costs 6,000 MHz anywhere). Tests of the corrections themselves use the inventory as it is.
 */
public final class NominalMachines {
    private NominalMachines() {
    }

    public static Inventory of(Inventory inventory) {
        Map<String, Hypervisor> hypervisors = new LinkedHashMap<>();
        for (Hypervisor h : inventory.hypervisors()) {
            hypervisors.put(h.id(), withoutOverhead(h));
        }
        Map<String, Host> hosts = new HashMap<>();
        List<Host> hostList = new ArrayList<>();
        for (Host h : inventory.hosts()) {
            Hypervisor hypervisor = hypervisors.computeIfAbsent(h.hypervisor().id(), id -> withoutOverhead(h.hypervisor()));
            Host host = h.toBuilder().hypervisor(hypervisor).build();
            hosts.put(host.id(), host);
            hostList.add(host);
        }
        double slowestCore = inventory.hostModels().stream().mapToDouble(HostModel::coreGhz).min().orElse(1);
        Map<String, Workload> workloads = new HashMap<>();
        List<Workload> workloadList = new ArrayList<>();
        for (Workload w : inventory.workloads()) {
            int vcpus = Math.max(w.vcpus(), (int) Math.ceil(w.cpuGhz() / slowestCore - 1e-9));
            Workload copy = w.toBuilder().vcpus(vcpus)
                    .currentHost(w.currentHost() == null ? null : hosts.get(w.currentHost().id())).build();
            workloads.put(copy.id(), copy);
            workloadList.add(copy);
        }
        List<Flow> flows = inventory.flows().stream()
                .map(f -> new Flow(workloads.get(f.from().id()), workloads.get(f.to().id()), f.mbps())).toList();
        return inventory.toBuilder().hypervisors(List.copyOf(hypervisors.values())).hosts(hostList)
                .workloads(workloadList).flows(flows).build();
    }

    private static Hypervisor withoutOverhead(Hypervisor h) {
        return new Hypervisor(h.id(), h.type(), h.kernel(), h.family(), h.paravirtualization(), h.liveMigration(), 0, 0);
    }
}
