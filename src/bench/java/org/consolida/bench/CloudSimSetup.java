package org.consolida.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.consolida.inventory.Workload;

/**
 * The estate of CloudSim 3.0.3's PlanetLab experiment (Beloglazov &amp; Buyya, CCPE 2012; {@code examples.power}
 * {@code Constants} and {@code Helper}) as an inventory: 800 hosts, host i an HP ProLiant ML110 G4 (2 cores of
 * 1,860 MIPS) when i is even and a G5 (2 × 2,660 MIPS) when odd, 4,096 MB each, with CloudSim's SPECpower curves;
 * one single-vCPU VM per trace, VM i of type ⌊i / ⌈n/4⌉⌋: 2,500 MIPS / 870 MB, 2,000 / 1,740, 1,000 / 1,740, 500 /
 * 613. 1 MIPS = 1 MHz; a VM's {@code cpu_ghz} is its size (a trace's 100 %). No hypervisor overhead, no flows, PUE 1,
 * nothing placed today (CloudSim places the VMs at the start; that is not a migration).
 *
 * <p>CloudSim reads the trace files in the order the file system lists them; this reads them in sorted order, which
 * decides which trace drives which VM type (the figures shift 2–5 % with that order, datasets/README.md).
 */
public final class CloudSimSetup {
    static final int HOSTS = 800;
    static final int[] VM_MIPS = {2500, 2000, 1000, 500};
    static final int[] VM_RAM_MB = {870, 1740, 1740, 613};
    /** What a VM holds when memory is not modelled (CloudSim reserves none for a running VM): 1 MiB. */
    static final double NO_MEMORY_GIB = 1.0 / 1024;

    private CloudSimSetup() {
    }

    /**
     * @param traceNames     the workload ids, in the order that decides VM types
     * @param curves         CloudSim's SPECpower curves by CloudSim class name
     * @param memoryHonoured each VM holds its memory (ours), or none (CloudSim's)
     */
    static Inventory inventory(List<String> traceNames, Map<String, double[]> curves, boolean memoryHonoured) {
        Site site = new Site("cloudsim", 1.0, 0.10, 300, 1_000);
        HostModel g4 = model("HP ProLiant ML110 G4", 1.86, curves.get("PowerModelSpecPowerHpProLiantMl110G4Xeon3040"));
        HostModel g5 = model("HP ProLiant ML110 G5", 2.66, curves.get("PowerModelSpecPowerHpProLiantMl110G5Xeon3075"));
        Hypervisor xen = new Hypervisor("Xen", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "xen", true, true, 0, 0);
        List<Rack> racks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            if (i % 40 == 0) {
                racks.add(new Rack(String.format("rack-%02d", i / 40), site, 42, 100));
            }
            hosts.add(Host.builder(String.format("host-%03d", i)).model(i % 2 == 0 ? g4 : g5)
                    .rack(racks.get(racks.size() - 1)).hypervisor(xen).state(HostState.ON).build());
        }
        int perType = (int) Math.ceil(traceNames.size() / (double) VM_MIPS.length);
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < traceNames.size(); i++) {
            int type = i / perType;
            double memory = memoryHonoured ? VM_RAM_MB[type] / 1024.0 : NO_MEMORY_GIB;
            workloads.add(Workload.builder(traceNames.get(i)).vcpus(1).cpuGhz(VM_MIPS[type] / 1000.0).memoryGib(memory)
                    .os("linux").build());
        }
        // CloudSim counts energy only: no rack-space cost; a host may run to 100 % as CloudSim's allocation does.
        Policy policy = Policy.defaults().toBuilder().maxUtilization(1.0).rackUnitCostPerYear(0).trafficCostHost(0)
                .trafficCostRack(0).trafficCostSite(0).headroomCostPerPct(0).build();
        return Inventory.builder().name("planetlab-20110303").sites(List.of(site)).racks(racks)
                .hostModels(List.of(g4, g5)).hypervisors(List.of(xen)).hosts(hosts).workloads(workloads).policy(policy)
                .build();
    }

    private static HostModel model(String id, double coreGhz, double[] watts) {
        List<Double> points = new ArrayList<>();
        for (double w : watts) {
            points.add(w);
        }
        return HostModel.builder(id).vendor("HP").cpuVendor("Intel").sockets(1).coresPerSocket(2).coreGhz(coreGhz)
                .memoryGib(4).storageGib(0).nicGbps(1).rackUnits(1).powerCurve(new PowerCurve(points)).build();
    }

    /** The curves of datasets/power/specpower-curves.csv by CloudSim class name. */
    public static Map<String, double[]> curves(Path csv) {
        Map<String, double[]> curves = new HashMap<>();
        try {
            for (String line : Files.readAllLines(csv)) {
                if (line.startsWith("#") || line.startsWith("server,")) {
                    continue;
                }
                String[] cells = line.split(",");
                double[] watts = new double[PowerCurve.POINTS];
                for (int i = 0; i < watts.length; i++) {
                    watts[i] = Double.parseDouble(cells[2 + i]);
                }
                curves.put(cells[1], watts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return curves;
    }
}
