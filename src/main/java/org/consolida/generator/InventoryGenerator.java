package org.consolida.generator;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;

/**
 * Generates a realistic synthetic datacenter: two sites, hosts of several generations with measured power curves in
 * 42U racks, a mix of hypervisors, and workloads (three-tier applications, VDI pools, containers, servers) placed as
 * in an unconsolidated datacenter: hosts at 12-32 % CPU and 30-60 % memory, every host within its capacity, every
 * redundancy group spread as it says. The same (hosts, workloads, seed) always gives an equal inventory, in the same
 * order, on any JVM.
 */
public final class InventoryGenerator {
    private InventoryGenerator() {
    }

    /**
     * @param hostCount     physical hosts, at least 1 (from 3 on, one runs the container runtime; from 4 on, one a
     *                      hosted hypervisor; from 10 on, a few are off or in maintenance)
     * @param workloadCount workloads, at least 1
     * @throws org.consolida.inventory.InvalidInputException when the hosts cannot hold that many workloads even at
     *                                                        the smallest sizes
     */
    public static Inventory generate(int hostCount, int workloadCount, long seed) {
        if (hostCount < 1 || workloadCount < 1) {
            throw new IllegalArgumentException("a generated inventory needs at least 1 host and 1 workload, asked for "
                    + hostCount + " hosts and " + workloadCount + " workloads");
        }
        Policy policy = Policy.defaults();
        Dice dice = new Dice(seed);
        Fleet fleet = Fleet.build(hostCount, dice);
        WorkloadMix mix = WorkloadMix.generate(workloadCount, fleet, policy.vdiMinNicGbps(), dice);
        Sizing.apply(mix.drafts, fleet.hosts(), policy.vdiMinNicGbps());
        TodayPlacement.place(mix.drafts, fleet, policy.vdiMinNicGbps());
        TodayDemand.apply(mix.drafts, fleet, dice);
        List<Site> sites = WanSizing.sized(Catalog.SITES, fleet.hosts(), mix.drafts, mix.flows);
        fleet = fleet.atSites(sites);

        List<Workload> workloads = new ArrayList<>(mix.drafts.size());
        for (WorkloadDraft d : mix.drafts) {
            Host host = fleet.hosts().get(d.host);
            workloads.add(Workload.builder(d.id).kind(d.role.kind).vcpus(d.vcpus).cpuGhz(d.cpuGhz).memoryGib(d.memoryGib)
                    .storageGib(d.storageGib).os(d.os).virtualization(d.virtualization).currentHost(host).pinned(d.pinned)
                    .group(d.group).spread(d.spread).criticality(d.criticality).opsPerSec(d.opsPerSec)
                    .profile(d.role.profile).remoteAccess(d.remoteAccess).build());
        }
        List<Flow> flows = mix.flows.stream()
                .map(f -> new Flow(workloads.get(f.from()), workloads.get(f.to()), f.mbps())).toList();
        String name = "generated-h" + hostCount + "-w" + workloadCount + "-s" + seed;
        return Inventory.builder().name(name).sites(sites).racks(fleet.racks()).hostModels(fleet.models())
                .hypervisors(fleet.hypervisors()).hosts(fleet.hosts()).workloads(workloads).flows(flows)
                .profiles(Catalog.PROFILES).policy(policy).build();
    }
}
