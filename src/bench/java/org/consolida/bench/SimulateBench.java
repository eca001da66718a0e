package org.consolida.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.consolida.io.Inventories;
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.PlanPlacements;
import org.consolida.simulation.SimulationResult;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;

/**
 * Times the simulated runtime. By default on a generated estate ({@link InventoryGenerator}, seed 42, so every run
 * sees the same one) with today's placement as the plan: one day of 288 steps for 10,000 workloads, and the failure
 * and evacuation analysis of every active host of a 1,000-host estate. With {@code --plan}, on an inventory file and
 * the plan a {@code consolida plan} run wrote for it: each part of the simulation stage as the plan command runs it.
 * Usage: {@code SimulateBench [hosts] [workloads] [repetitions]} or
 * {@code SimulateBench --plan PLAN.json INVENTORY [repetitions [--days-only]]} (--days-only: before and after
 * alone, without the host cases, for a version whose host cases take too long to wait for).
 */
public final class SimulateBench {
    private SimulateBench() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--plan")) {
            planned(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1,
                    args.length > 4 && args[4].equals("--days-only"));
            return;
        }
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int workloads = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Inventory inventory = InventoryGenerator.generate(hosts, workloads, 42);
        // Today's placement as the plan: every running host of the estate gets its failure and evacuation scenario.
        Map<Workload, Host> plan = new HashMap<>();
        inventory.workloads().forEach(w -> plan.put(w, w.currentHost()));
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
        System.out.printf(Locale.ROOT, "%-58s %10.2f%%%n", "today's placement: delivered",
                100 * last.scenario("after").deliveredRatio());
    }

    /**
     * The simulation stage of {@code consolida plan} on its own plan: set-up, the two whole days (before and after),
     * and the host cases, each timed apart (the host cases as the whole stage minus a run without them).
     */
    private static void planned(Path planFile, Path inventoryFile, int repetitions, boolean daysOnly) {
        Inventory inventory = Inventories.read(inventoryFile);
        Map<Workload, Host> plan = PlanPlacements.read(planFile, inventory);
        SimulationSettings settings = SimulationSettings.defaults();
        SimulationSettings withoutCases = settings.withHostScenarios(false);
        double[] setup = new double[repetitions];
        double[] days = new double[repetitions];
        double[] stage = new double[repetitions];
        double[] stageCpu = new double[repetitions];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SimulationResult last = null;
        for (int r = 0; r < repetitions; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Simulator simulator = new Simulator(inventory, DemandShares.profiles(inventory, settings), settings);
            long t1 = System.nanoTime();
            if (!daysOnly) {
                last = simulator.run(plan);
            }
            long t2 = System.nanoTime();
            stageCpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            SimulationResult days2 = new Simulator(inventory, DemandShares.profiles(inventory, withoutCases),
                    withoutCases).run(plan);
            last = daysOnly ? days2 : last;
            long t3 = System.nanoTime();
            setup[r] = (t1 - t0) / 1e9;
            stage[r] = (t1 - t0 + t2 - t1) / 1e9;
            days[r] = (t3 - t2) / 1e9;
        }
        long hostCases = last.scenarios().stream().filter(s -> s.name().contains(":")).count();
        System.out.printf(Locale.ROOT, "estate: %s, %d hosts, %d workloads, %d flows; plan %s: %d active hosts; "
                        + "%d repetitions (median, first run includes JIT warm-up)%n", inventoryFile,
                inventory.hosts().size(), inventory.workloads().size(), inventory.flows().size(), planFile,
                last.scenario("after").activeHosts(), repetitions);
        System.out.printf(Locale.ROOT, "%-58s %10s %10s%n", "measure", "median s", "first s");
        row("set-up (arrays, demand rows)", setup);
        row("before + after, " + settings.steps() + " steps each (set-up included)", days);
        if (!daysOnly) {
            row("simulation stage: set-up, before, after, " + hostCases + " host cases", stage);
            // CPU time of the thread (the stage is single-threaded; the collector's threads are not counted): what
            // a busy machine's other processes do not inflate.
            row("  the same in CPU seconds of the simulating thread", stageCpu);
            System.out.printf(Locale.ROOT, "%-58s %10.3f%n", "  of which the " + hostCases + " host cases",
                    median(stage) - median(days));
        }
        System.out.printf(Locale.ROOT, "%-58s %10.4f%%%n", "after: delivered",
                100 * last.scenario("after").deliveredRatio());
    }

    private static void row(String what, double[] seconds) {
        System.out.printf(Locale.ROOT, "%-58s %10.3f %10.3f%n", what, median(seconds), seconds[0]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
