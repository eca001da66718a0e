package org.consolida.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.consolida.generator.InventoryGenerator;
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
import org.consolida.io.Inventories;
import org.consolida.rules.Finding;
import org.consolida.rules.PolicyRestrictions;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.ReviewRules;
import org.consolida.rules.RuleBase;

/**
 * Times the rules at scale: building the rule base (cold, then again), the policy restrictions of a 10,000-workload /
 * 1,000-host inventory, and the review of a first-fit plan of it, on two seeded inventories: the project's
 * {@link InventoryGenerator}, and a "mixed fleet" built here (mostly VMware/Intel, with AMD, Hyper-V and hosted
 * hypervisor clusters) that is the worst case for the live-migration policy: most workloads get forbidden hosts.
 * Usage: {@code RulesBench [RULES_DIR] [HOSTS] [WORKLOADS] [REPEATS]}, or {@code RulesBench RULES_DIR INVENTORY [REPEATS]}
 * for an inventory file.
 */
public final class RulesBench {
    private RulesBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "rules");
        if (args.length > 1 && (args[1].endsWith(".xlsx") || args[1].endsWith(".json"))) {
            inventoryFile(folder, Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
            return;
        }
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int workloads = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        Timed<RuleBase> cold = time(() -> RuleBase.load(folder));
        Timed<RuleBase> warm = time(() -> RuleBase.load(folder));
        RuleBase rules = warm.value();
        System.out.printf("rules bench: %s, %d rules; %d hosts, %d workloads; plan: first fit decreasing%n", folder,
                rules.rules().size(), hosts, workloads);
        System.out.printf("%-40s %9s %9s %9s %9s %16s%n", "step (ms; cpu = the bench thread's CPU time)", "first",
                "first cpu", "best", "best cpu", "output");
        row("build rule base (cold JVM)", cold, cold, rules.rules().size() + " rules");
        row("build rule base (again)", warm, warm, rules.rules().size() + " rules");
        run("generator", rules, InventoryGenerator.generate(hosts, workloads, 42), repeats);
        run("mixed fleet", rules, inventory(hosts, workloads, new Random(42)), repeats);
        System.out.printf("heap used after: %d MiB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /**
     * {@code RulesBench RULES_DIR INVENTORY.xlsx [REPEATS]}: the policy rules on an inventory file (the 100,000-workload
     * one of issue 13, say) and the review rules on its current placement, each with the process's CPU time (the
     * rules run on a worker thread; garbage collection included) and the collector's pause time.
     */
    private static void inventoryFile(Path folder, Path file, int repeats) {
        Inventory inventory = Inventories.read(file);
        RuleBase rules = RuleBase.load(folder);
        Map<Workload, Host> today = new LinkedHashMap<>();
        inventory.workloads().forEach(w -> today.put(w, w.currentHost()));
        System.out.printf("rules bench: %s, %d rules; %s%n", folder, rules.rules().size(), inventory);
        System.out.printf("%-44s %9s %9s %9s %16s%n", "step (ms)", "wall", "cpu", "gc pause", "output");
        for (int i = 1; i <= repeats; i++) {
            Measured<PolicyRestrictions> policy = measure(() -> PolicyRules.apply(rules, inventory));
            System.out.printf("%-44s %9.0f %9.0f %9.0f %16s%n", "policy restrictions, run " + i, policy.millis(),
                    policy.cpuMillis(), policy.gcMillis(), policy.value().size() + " pairs");
            Measured<List<Finding>> review = measure(() -> ReviewRules.findings(rules, inventory, today));
            System.out.printf("%-44s %9.0f %9.0f %9.0f %16s%n", "review of today's placement, run " + i,
                    review.millis(), review.cpuMillis(), review.gcMillis(), review.value().size() + " findings");
        }
    }

    /** A step's result, its wall time, the whole process's CPU time and the collectors' time. */
    private record Measured<T>(T value, double millis, double cpuMillis, double gcMillis) {
    }

    private static <T> Measured<T> measure(Supplier<T> step) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long gc = gcMillis();
        long start = System.nanoTime();
        T value = step.get();
        return new Measured<>(value, (System.nanoTime() - start) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
                gcMillis() - gc);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void run(String scenario, RuleBase rules, Inventory inventory, int repeats) {
        Map<Workload, Host> plan = firstFit(inventory);
        List<Timed<PolicyRestrictions>> policy = new ArrayList<>();
        List<Timed<List<Finding>>> review = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            policy.add(time(() -> PolicyRules.apply(rules, inventory)));
            review.add(time(() -> ReviewRules.findings(rules, inventory, plan)));
        }
        PolicyRestrictions restrictions = policy.get(0).value();
        List<Finding> findings = review.get(0).value();
        row(scenario + ": policy restrictions", policy.get(0), best(policy), restrictions.size() + " pairs");
        row(scenario + ": review of the plan", review.get(0), best(review), findings.size() + " findings");
        Map<String, Long> byRule = new TreeMap<>();
        restrictions.asList().forEach(r -> byRule.merge(r.ruleId(), 1L, Long::sum));
        findings.forEach(f -> byRule.merge(f.ruleId(), 1L, Long::sum));
        long moved = plan.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().equals(e.getKey().currentHost())).count();
        System.out.printf("  %s: %s, %d moves; per rule %s%n", scenario, inventory, moved, byRule);
    }

    /** A step's result, its wall time and the CPU time of the thread that ran it (less noisy on a shared machine). */
    private record Timed<T>(T value, double millis, double cpuMillis) {
    }

    private static <T> Timed<T> time(Supplier<T> step) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T value = step.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static Timed<?> best(List<? extends Timed<?>> runs) {
        return runs.stream().min(Comparator.comparingDouble(Timed::millis)).orElseThrow();
    }

    private static void row(String step, Timed<?> first, Timed<?> best, String output) {
        System.out.printf("%-40s %9.0f %9.0f %9.0f %9.0f %16s%n", step, first.millis(), first.cpuMillis(), best.millis(),
                best.cpuMillis(), output);
    }

    /** A synthetic datacenter: two sites of 20-host racks, clusters of 10 hosts, workloads at about 35 % CPU. */
    static Inventory inventory(int hostCount, int workloadCount, Random random) {
        Site a = new Site("dc-a", 1.4, 0.25, 250, 10_000);
        Site b = new Site("dc-b", 1.6, 0.22, 350, 10_000);
        HostModel intel = HostModel.builder("r650").vendor("Dell").cpuVendor("Intel").sockets(2).coresPerSocket(24)
                .coreGhz(2.4).memoryGib(768).storageGib(8_000).nicGbps(25).rackUnits(1)
                .powerCurve(PowerCurve.linear(180, 620)).build();
        HostModel amd = intel.toBuilder().id("r6525").cpuVendor("AMD").coresPerSocket(32).coreGhz(2.0).memoryGib(1_024)
                .powerCurve(PowerCurve.linear(170, 580)).build();
        HostModel old = intel.toBuilder().id("r630").coresPerSocket(10).coreGhz(2.2).memoryGib(256).storageGib(2_000)
                .nicGbps(1).powerCurve(PowerCurve.linear(120, 380)).build();
        Hypervisor esxi = new Hypervisor("esxi8", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware", true, true, 8, 3);
        Hypervisor hyperv = new Hypervisor("hyperv2022", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "hyperv", true, true,
                7, 3);
        Hypervisor vbox = new Hypervisor("vbox7", HypervisorType.TYPE_2, Kernel.MONOLITHIC, "virtualbox", false, false,
                20, 20);
        List<Rack> racks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < hostCount; i++) {
            if (i % 20 == 0) {
                racks.add(new Rack(String.format("rack-%03d", i / 20), (i / 20) % 2 == 0 ? a : b, 42, 12));
            }
            int cluster = i / 10;
            // Clusters are homogeneous except every 25th, which mixes families; 80 % VMware/Intel.
            int kind = cluster % 10;
            HostModel model = kind == 8 ? amd : kind == 9 && i % 10 < 3 ? old : intel;
            Hypervisor hypervisor = kind == 7 ? hyperv : cluster % 50 == 49 ? vbox : esxi;
            if (cluster % 25 == 3 && i % 10 == 9) {
                hypervisor = hyperv;
            }
            hosts.add(new Host(String.format("host-%04d", i), model, racks.get(racks.size() - 1),
                    String.format("cl-%03d", cluster), hypervisor, HostState.ON));
        }
        DemandProfile office = office();
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < workloadCount; i++) {
            Host host = hosts.get(random.nextInt(hosts.size()));
            boolean vdi = random.nextDouble() < 0.10;
            double cpu = vdi ? 0.3 + random.nextDouble() : 0.5 + random.nextDouble() * 5.5;
            double memory = vdi ? 4 : Math.min(384, 2 + Math.floor(Math.exp(random.nextDouble() * 5.5)));
            VirtualizationMode mode = random.nextDouble() < 0.2 ? VirtualizationMode.PARA
                    : random.nextDouble() < 0.3 ? VirtualizationMode.FULL : VirtualizationMode.ANY;
            String os = random.nextBoolean() ? "Ubuntu 22.04" : "Windows Server 2022";
            Criticality criticality = random.nextDouble() < 0.05 ? Criticality.HIGH
                    : random.nextDouble() < 0.2 ? Criticality.LOW : Criticality.NORMAL;
            String group = !vdi && i % 10 < 3 ? "svc-" + (i / 10) : null;
            RemoteAccess access = random.nextDouble() < 0.01 ? RemoteAccess.RDP : RemoteAccess.NONE;
            workloads.add(Workload.builder(String.format("vm-%05d", i)).kind(vdi ? WorkloadKind.VDI : WorkloadKind.VM)
                    .vcpus((int) Math.ceil(cpu)).cpuGhz(cpu).memoryGib(memory).storageGib(40 + random.nextInt(400)).os(os)
                    .virtualization(mode).currentHost(host).pinned(random.nextDouble() < 0.02).group(group)
                    .spread(SpreadScope.HOST).criticality(criticality).opsPerSec(100).profile(vdi ? office : null)
                    .remoteAccess(access).build());
        }
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < workloadCount / 2; i++) {
            Workload from = workloads.get(random.nextInt(workloads.size()));
            Workload to = workloads.get(random.nextInt(workloads.size()));
            if (from != to) {
                flows.add(new Flow(from, to, random.nextDouble() < 0.05 ? 500 + random.nextInt(1_500)
                        : 1 + random.nextInt(100)));
            }
        }
        return Inventory.builder().name("synthetic-" + hostCount + "x" + workloadCount).sites(List.of(a, b)).racks(racks)
                .hostModels(List.of(intel, amd, old)).hypervisors(List.of(esxi, hyperv, vbox)).hosts(hosts)
                .workloads(workloads).flows(flows).profiles(List.of(office))
                .policy(Policy.builder().failover(FailoverPolicy.N_PLUS_1).build()).build();
    }

    private static DemandProfile office() {
        List<Double> shares = new ArrayList<>();
        for (int h = 0; h < DemandProfile.HOURS; h++) {
            shares.add(h >= 8 && h < 18 ? 1.0 : 0.2);
        }
        return new DemandProfile("office", shares);
    }

    /** First-fit decreasing by CPU onto hosts in inventory order, up to 80 % CPU and 90 % memory; pinned stay put. */
    static Map<Workload, Host> firstFit(Inventory inventory) {
        Map<Workload, Host> plan = new LinkedHashMap<>();
        Map<String, double[]> used = new HashMap<>();
        inventory.hosts().forEach(h -> used.put(h.id(), new double[2]));
        for (Workload w : inventory.workloads()) {
            if (w.pinned()) {
                plan.put(w, w.currentHost());
                double[] load = used.get(w.currentHost().id());
                load[0] += w.cpuGhz();
                load[1] += w.memoryGib();
            }
        }
        List<Workload> order = inventory.workloads().stream().filter(w -> !w.pinned())
                .sorted(Comparator.comparingDouble(Workload::cpuGhz).reversed()).toList();
        for (Workload w : order) {
            Host chosen = null;
            for (Host h : inventory.hosts()) {
                double[] load = used.get(h.id());
                if (load[0] + w.cpuGhz() <= 0.8 * h.model().cpuGhz()
                        && load[1] + w.memoryGib() <= 0.9 * h.model().memoryGib()) {
                    chosen = h;
                    load[0] += w.cpuGhz();
                    load[1] += w.memoryGib();
                    break;
                }
            }
            plan.put(w, chosen);
        }
        return plan;
    }
}
