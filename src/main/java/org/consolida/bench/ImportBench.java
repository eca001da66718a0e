package org.consolida.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;
import org.consolida.io.Inventories;
import org.consolida.io.ReadResult;
import org.consolida.io.Template;

/**
 * How long writing and importing a large inventory takes, and the heap the import needs.
 * {@code write FILE WORKLOADS} writes a scaled-up copy of the template's example inventory (40 workloads per host);
 * {@code read FILE} imports it and prints the time and the peak heap (run it with -Xmx2g to prove the bound).
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("write")) {
            int workloads = Integer.parseInt(args[2]);
            Inventory inventory = scaled(workloads);
            long start = System.nanoTime();
            Inventories.write(inventory, Path.of(args[1]));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-8s %10d workloads %8d hosts %8.2f s %8.1f MB file%n", "write", workloads,
                    inventory.hosts().size(), seconds, Files.size(Path.of(args[1])) / 1e6);
        } else if (args.length >= 2 && args[0].equals("read")) {
            long start = System.nanoTime();
            ReadResult result = Inventories.readWithWarnings(Path.of(args[1]));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-8s %10d workloads %8d hosts %8.2f s %8.0f MB peak heap (max %d MB), %d warnings%n",
                    "read", result.inventory().workloads().size(), result.inventory().hosts().size(), seconds,
                    peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024), result.warnings().size());
        } else {
            System.err.println("usage: ImportBench write FILE WORKLOADS | read FILE");
            System.exit(2);
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024);
    }

    /** The example inventory grown to {@code count} workloads on count/40 hosts, 20 hosts per rack. */
    static Inventory scaled(int count) {
        Inventory example = Template.exampleInventory();
        HostModel model = example.hostModels().get(0);
        Host template = example.hosts().get(0);
        List<Rack> racks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        int hostCount = Math.max(1, count / 40);
        for (int h = 0; h < hostCount; h++) {
            if (h % 20 == 0) {
                racks.add(new Rack(String.format("r%04d", h / 20), example.sites().get(0), 42, 12));
            }
            HostModel m = h % 3 == 0 ? example.hostModels().get(1) : model;
            hosts.add(new Host(String.format("esx-%05d", h), m, racks.get(racks.size() - 1), "c" + (h / 32),
                    template.hypervisor(), h % 50 == 49 ? HostState.OFF : HostState.ON));
        }
        Workload web = example.workload("web-01");
        List<Workload> workloads = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            Host host = w % 10 == 9 ? null : hosts.get(w % hostCount);
            workloads.add(new Workload(String.format("vm-%06d", w), w % 7 == 0 ? WorkloadKind.VDI : WorkloadKind.VM,
                    1 + w % 8, 0.2 + (w % 13) * 0.1, 2 + (w % 16) * 2, 40 + w % 400, "linux", web.virtualization(),
                    host, false, w % 5 == 0 ? "g" + (w / 5 % 1000) : null, null, null, w % 100, web.profile(), null));
        }
        List<Flow> flows = new ArrayList<>();
        for (int w = 0; w + 1 < count; w += 2) {
            flows.add(new Flow(workloads.get(w), workloads.get(w + 1), 1 + w % 50));
        }
        return new Inventory("bench", example.sites(), racks, example.hostModels(), example.hypervisors(), hosts,
                workloads, flows, example.profiles(), example.policy());
    }
}
