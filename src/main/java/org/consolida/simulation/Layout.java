package org.consolida.simulation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;

/**
 * An inventory flattened into arrays indexed by host, workload, flow and link, so that the time steps run without
 * allocating. Links: per host a virtual switch and a NIC in each direction, per rack an uplink in each direction, per
 * site a WAN link in each direction.
 */
final class Layout {
    final Inventory inventory;
    final List<Host> hosts;
    final List<Workload> workloads;
    final Map<String, Integer> hostIndex = new HashMap<>();
    final int hostCount;
    final int workloadCount;
    final int flowCount;
    final int rackCount;
    final int siteCount;

    final double[] hostGhz;
    final double[] hostMemoryGib;
    final double[] hostNicMbps;
    final double[] hostPue;
    final int[] hostRack;
    final int[] hostSite;

    final String[] workloadIds;
    final double[] workloadGhz;
    final double[] workloadVcpus;
    final double[] workloadMemoryGib;
    final double[] workloadOps;
    final int[] workloadGroup;
    final int[] groupStart;
    final int[] groupMembers;

    final int[] flowFrom;
    final int[] flowTo;
    final double[] flowMbps;

    final int linkCount;
    final double[] linkMbps;

    Layout(Inventory inventory, SimulationSettings settings) {
        this.inventory = inventory;
        this.hosts = inventory.hosts();
        this.workloads = inventory.workloads();
        hostCount = hosts.size();
        workloadCount = workloads.size();
        Map<String, Integer> rackIndex = new HashMap<>();
        Map<String, Integer> siteIndex = new HashMap<>();
        inventory.racks().forEach(r -> rackIndex.put(r.id(), rackIndex.size()));
        inventory.sites().forEach(s -> siteIndex.put(s.id(), siteIndex.size()));
        hosts.forEach(h -> {
            rackIndex.putIfAbsent(h.rack().id(), rackIndex.size());
            siteIndex.putIfAbsent(h.site().id(), siteIndex.size());
        });
        rackCount = rackIndex.size();
        siteCount = siteIndex.size();

        hostGhz = new double[hostCount];
        hostMemoryGib = new double[hostCount];
        hostNicMbps = new double[hostCount];
        hostPue = new double[hostCount];
        hostRack = new int[hostCount];
        hostSite = new int[hostCount];
        double[] siteWanMbps = new double[siteCount];
        for (int h = 0; h < hostCount; h++) {
            Host host = hosts.get(h);
            hostIndex.put(host.id(), h);
            HostModel model = host.model();
            hostGhz[h] = model.cpuGhz();
            hostMemoryGib[h] = model.memoryGib();
            hostNicMbps[h] = model.nicMbps();
            hostPue[h] = host.site().pue();
            hostRack[h] = rackIndex.get(host.rack().id());
            hostSite[h] = siteIndex.get(host.site().id());
            siteWanMbps[hostSite[h]] = host.site().wanMbps();
        }

        Map<String, Integer> workloadIndex = new HashMap<>();
        workloadIds = new String[workloadCount];
        workloadGhz = new double[workloadCount];
        workloadVcpus = new double[workloadCount];
        workloadMemoryGib = new double[workloadCount];
        workloadOps = new double[workloadCount];
        workloadGroup = new int[workloadCount];
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int w = 0; w < workloadCount; w++) {
            Workload workload = workloads.get(w);
            workloadIndex.put(workload.id(), w);
            workloadIds[w] = workload.id();
            workloadGhz[w] = workload.cpuGhz();
            workloadVcpus[w] = workload.vcpus();
            workloadMemoryGib[w] = workload.memoryGib();
            // A workload that names no throughput is weighed by the CPU work it demands.
            workloadOps[w] = workload.opsPerSec() > 0 ? workload.opsPerSec() : workload.cpuGhz();
            workloadGroup[w] = workload.group() == null ? -1
                    : groupIndex.computeIfAbsent(workload.group(), g -> groupIndex.size());
        }
        groupStart = new int[groupIndex.size() + 1];
        groupMembers = new int[workloadCount];
        csr(workloadGroup, groupIndex.size(), groupStart, groupMembers);

        List<Flow> flows = inventory.flows();
        flowCount = flows.size();
        flowFrom = new int[flowCount];
        flowTo = new int[flowCount];
        flowMbps = new double[flowCount];
        for (int f = 0; f < flowCount; f++) {
            flowFrom[f] = workloadIndex.get(flows.get(f).from().id());
            flowTo[f] = workloadIndex.get(flows.get(f).to().id());
            flowMbps[f] = flows.get(f).mbps();
        }

        linkCount = 3 * hostCount + 2 * rackCount + 2 * siteCount;
        linkMbps = new double[linkCount];
        for (int h = 0; h < hostCount; h++) {
            linkMbps[vswitch(h)] = settings.vswitchMbps();
            linkMbps[nicOut(h)] = hostNicMbps[h];
            linkMbps[nicIn(h)] = hostNicMbps[h];
        }
        for (int r = 0; r < rackCount; r++) {
            linkMbps[uplinkOut(r)] = settings.uplinkMbps();
            linkMbps[uplinkIn(r)] = settings.uplinkMbps();
        }
        for (int s = 0; s < siteCount; s++) {
            linkMbps[wanOut(s)] = siteWanMbps[s];
            linkMbps[wanIn(s)] = siteWanMbps[s];
        }
    }

    int vswitch(int host) { return host; }
    int nicOut(int host) { return hostCount + host; }
    int nicIn(int host) { return 2 * hostCount + host; }
    int uplinkOut(int rack) { return 3 * hostCount + rack; }
    int uplinkIn(int rack) { return 3 * hostCount + rackCount + rack; }
    int wanOut(int site) { return 3 * hostCount + 2 * rackCount + site; }
    int wanIn(int site) { return 3 * hostCount + 2 * rackCount + siteCount + site; }

    /**
     * The links a flow from host a to host b crosses, written into {@code path} from {@code offset}; returns how many.
     * One host: its virtual switch only, no NIC. One rack: both NICs. Across racks: the NICs and both rack uplinks.
     * Across sites: also both sites' WAN links.
     */
    int route(int a, int b, int[] path, int offset) {
        if (a == b) {
            path[offset] = vswitch(a);
            return 1;
        }
        int n = 0;
        path[offset + n++] = nicOut(a);
        if (hostRack[a] != hostRack[b]) {
            path[offset + n++] = uplinkOut(hostRack[a]);
            if (hostSite[a] != hostSite[b]) {
                path[offset + n++] = wanOut(hostSite[a]);
                path[offset + n++] = wanIn(hostSite[b]);
            }
            path[offset + n++] = uplinkIn(hostRack[b]);
        }
        path[offset + n++] = nicIn(b);
        return n;
    }

    static final int MAX_PATH = 6;

    /** Host GHz per GHz of useful work of a workload on a host: the machine model's overhead gross-up. */
    double hostGhzPerGhz(int workload, int host) {
        return MachineModel.hostGhz(1.0, workloads.get(workload).virtualization(), hosts.get(host).hypervisor());
    }

    /** The most host CPU a workload's vCPUs can use on a host (one core each). */
    double vcpuCapGhz(int workload, int host) {
        return MachineModel.vcpuCapGhz(workloads.get(workload).vcpus(), hosts.get(host).model());
    }

    /** Wall power of a host whose guests use {@code usedGhz} of its cores, from the machine model. */
    double watts(int host, double usedGhz) {
        return MachineModel.watts(hosts.get(host).model(), usedGhz);
    }

    /** Whether a workload may run on a host at all: kind and virtualisation mode against the hypervisor. */
    boolean compatible(int workload, int host) {
        Workload w = workloads.get(workload);
        Hypervisor hypervisor = hosts.get(host).hypervisor();
        boolean containerHost = hypervisor.type() == HypervisorType.CONTAINER;
        if ((w.kind() == WorkloadKind.CONTAINER) != containerHost) {
            return false;
        }
        return w.virtualization() != VirtualizationMode.PARA || hypervisor.paravirtualization();
    }

    /** Compressed rows: the members of each key, in index order; keys below 0 are left out. */
    static void csr(int[] keyOf, int keyCount, int[] start, int[] members) {
        Arrays.fill(start, 0);
        for (int key : keyOf) {
            if (key >= 0) {
                start[key + 1]++;
            }
        }
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] += start[k];
        }
        int[] next = Arrays.copyOf(start, keyCount);
        for (int i = 0; i < keyOf.length; i++) {
            if (keyOf[i] >= 0) {
                members[next[keyOf[i]]++] = i;
            }
        }
    }
}
