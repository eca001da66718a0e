package org.consolida.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.SimulationResult;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;

/**
 * Times the simulated runtime on a synthetic estate (seeded, so every run sees the same one): one day of 288 steps
 * for 10,000 workloads, and the failure and evacuation analysis of every active host of a 1,000-host estate.
 * Usage: {@code SimulateBench [hosts] [workloads] [repetitions]}.
 */
public final class SimulateBench {
    private SimulateBench() {
    }

    public static void main(String[] args) {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int workloads = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Inventory inventory = estate(hosts, workloads, 42);
        Map<Workload, Host> plan = consolidated(inventory);
        SimulationSettings settings = SimulationSettings.defaults();

        double[] setup = new double[repetitions];
        double[] day = new double[repetitions];
        double[] everything = new double[repetitions];
        SimulationResult last = null;
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            Simulator simulator = new Simulator(inventory, DemandShares.profiles(inventory, settings), settings);
            long t1 = System.nanoTime();
            simulator.scenario("after", plan);
            long t2 = System.nanoTime();
            last = simulator.run(plan);
            long t3 = System.nanoTime();
            setup[r] = (t1 - t0) / 1e9;
            day[r] = (t2 - t1) / 1e9;
            everything[r] = (t3 - t2) / 1e9;
        }
        long hostScenarios = last.scenarios().stream().filter(s -> s.name().contains(":")).count();
        double hostSeconds = median(everything) - 2 * median(day);
        System.out.printf(Locale.ROOT, "estate: %d hosts, %d workloads, %d flows; %d steps of %d min; %d repetitions"
                        + " (median, first run includes JIT warm-up)%n", hosts, workloads, inventory.flows().size(),
                settings.steps(), settings.stepMinutes(), repetitions);
        System.out.printf(Locale.ROOT, "%-58s %10s %10s%n", "measure", "median s", "first s");
        row("set-up (arrays, demand rows)", setup);
        row("one day, " + workloads + " workloads x " + settings.steps() + " steps (budget < 5 s)", day);
        row("whole run: before + after + " + hostScenarios + " host scenarios", everything);
        System.out.printf(Locale.ROOT, "%-58s %10.3f%n", "  of which failure + evacuation of " + hostScenarios / 2
                + " active hosts", hostSeconds);
        System.out.printf(Locale.ROOT, "%-58s %10.2f%%%n", "after: delivered", 100 * last.scenario("after").deliveredRatio());
    }

    private static void row(String what, double[] seconds) {
        System.out.printf(Locale.ROOT, "%-58s %10.3f %10.3f%n", what, median(seconds), seconds[0]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A plan that packs the workloads onto five sixths of the hosts, in order. */
    static Map<Workload, Host> consolidated(Inventory inventory) {
        Map<Workload, Host> plan = new HashMap<>();
        List<Host> hosts = inventory.hosts();
        int per = (int) Math.ceil(inventory.workloads().size() * 6.0 / 5 / hosts.size());
        for (int w = 0; w < inventory.workloads().size(); w++) {
            plan.put(inventory.workloads().get(w), hosts.get(Math.min(hosts.size() - 1, w / per)));
        }
        return plan;
    }

    /** A seeded synthetic estate: two sites, racks of 20 hosts, three hypervisors, four profiles, one flow per two workloads. */
    static Inventory estate(int hostCount, int workloadCount, long seed) {
        Random random = new Random(seed);
        List<Site> sites = List.of(new Site("dc1", 1.5, 0.2, 300, 10_000), new Site("dc2", 1.3, 0.2, 50, 10_000));
        PowerCurve curve = new PowerCurve(List.of(58.4, 98.0, 109.0, 118.0, 128.0, 140.0, 153.0, 170.0, 189.0, 205.0, 222.0));
        List<HostModel> models = List.of(
                new HostModel("r650", "Dell", "intel", 2, 16, 2.8, 512, 4_000, 25, 1, curve),
                new HostModel("dl380", "HPE", "amd", 2, 24, 2.4, 768, 8_000, 25, 2, curve));
        List<Hypervisor> hypervisors = List.of(
                new Hypervisor("esxi", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware", false, true, 5, 5),
                new Hypervisor("kvm", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", true, true, 6, 3),
                new Hypervisor("xen", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "xen", true, true, 8, 3));
        List<Rack> racks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < hostCount; h++) {
            if (h % 20 == 0) {
                racks.add(new Rack("rack" + racks.size(), sites.get(racks.size() % 2), 42, 15));
            }
            hosts.add(new Host(String.format("host%04d", h), models.get(h % 2), racks.get(racks.size() - 1),
                    "cluster" + h / 50, hypervisors.get((h / 50) % 3), HostState.ON));
        }
        List<DemandProfile> profiles = List.of(profile("office", 8, 18, 0.15), profile("batch", 0, 6, 0.2),
                profile("web", 10, 22, 0.4), DemandProfile.flat());
        List<Workload> workloads = new ArrayList<>();
        for (int w = 0; w < workloadCount; w++) {
            int vcpus = 1 << random.nextInt(4);
            Host current = hosts.get((int) ((long) w * hostCount / workloadCount));
            String group = w % 10 == 0 ? "group" + w / 20 : null;
            workloads.add(new Workload(String.format("vm%05d", w), WorkloadKind.VM, vcpus,
                    vcpus * (0.3 + 1.2 * random.nextDouble()), 4.0 * vcpus, 50, "linux", VirtualizationMode.ANY,
                    current, false, group, SpreadScope.HOST, Criticality.values()[random.nextInt(3)],
                    100 + random.nextInt(900), profiles.get(random.nextInt(profiles.size())), null));
        }
        List<Flow> flows = new ArrayList<>();
        for (int f = 0; f < workloadCount / 2; f++) {
            int a = random.nextInt(workloadCount);
            int b = (a + 1 + random.nextInt(40)) % workloadCount; // mostly neighbours: same host or rack
            flows.add(new Flow(workloads.get(a), workloads.get(b), 5 + random.nextInt(200)));
        }
        return new Inventory("bench", sites, racks, models, hypervisors, hosts, workloads, flows,
                profiles.stream().filter(p -> !p.id().equals("flat")).toList(), Policy.defaults());
    }

    private static DemandProfile profile(String id, int from, int to, double low) {
        List<Double> shares = new ArrayList<>();
        for (int h = 0; h < DemandProfile.HOURS; h++) {
            shares.add(h >= from && h < to ? 1.0 : low);
        }
        return new DemandProfile(id, shares);
    }
}
