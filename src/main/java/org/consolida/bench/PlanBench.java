package org.consolida.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Inventory;
import org.consolida.io.Inventories;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;

/**
 * Plans the benchmark inventories at the default time limit and prints, per inventory: moves evaluated per second,
 * time to the first feasible plan, active hosts and yearly energy of both baselines, the plan and the lower bound,
 * and the plan's ratios to them. Usage: {@code PlanBench [SECONDS] [demo|medium|large ...]}.
 */
public final class PlanBench {
    private record Case(String name, Supplier<Inventory> inventory) {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 30;
        List<String> wanted = new ArrayList<>();
        for (String arg : args) {
            if (!arg.matches("\\d+")) {
                wanted.add(arg);
            }
        }
        List<Case> cases = List.of(
                new Case("demo", () -> fileOrGenerated("datasets/demo-datacenter.xlsx", 24, 200, 7)),
                new Case("medium", () -> fileOrGenerated("datasets/medium.xlsx", 200, 2000, 11)),
                new Case("large", () -> InventoryGenerator.generate(1000, 10_000, 1)));
        System.out.println("Plan benchmark: time limit " + seconds + " s per inventory, no seed (wall-clock search);"
                + " shared machine, figures are noisy.");
        System.out.printf(Locale.ROOT, "%-8s %6s %6s %5s %9s %8s | %-23s | %-31s | %s%n", "", "hosts", "wkld",
                "limit", "moves/s", "1st feas", "active hosts FFD/PA/plan/LB", "energy MWh/y FFD/PA/plan/LB",
                "plan/FFD plan/PA plan/LB (energy); score vs baselines");
        for (Case c : cases) {
            if (!wanted.isEmpty() && !wanted.contains(c.name())) {
                continue;
            }
            Inventory inventory = c.inventory().get();
            PlanResult r = new Planner().plan(inventory, List.of(), SolveSettings.timed(Duration.ofSeconds(seconds)),
                    SolveListener.NONE);
            double ffd = r.firstFitDecreasing().metrics().energyKwhPerYear() / 1000;
            double pa = r.powerAwareBestFit().metrics().energyKwhPerYear() / 1000;
            double plan = r.after().energyKwhPerYear() / 1000;
            double bound = r.lowerBound().energyKwhPerYear() / 1000;
            String firstFeasible = r.stats().firstFeasibleMillis() == null ? "none"
                    : String.format(Locale.ROOT, "%.1f s", r.stats().firstFeasibleMillis() / 1000.0);
            boolean beatsBoth = r.score().compareTo(r.firstFitDecreasing().score()) > 0
                    && r.score().compareTo(r.powerAwareBestFit().score()) > 0;
            System.out.printf(Locale.ROOT,
                    "%-8s %6d %6d %4ds %9d %8s | %4d/%4d/%4d/%4d %s | %7.1f/%7.1f/%7.1f/%7.1f | %.3f %.3f %.3f; %s%s%n",
                    c.name(), inventory.hosts().size(), inventory.workloads().size(), seconds,
                    r.stats().moveEvaluationsPerSecond(), firstFeasible,
                    r.firstFitDecreasing().metrics().activeHosts(), r.powerAwareBestFit().metrics().activeHosts(),
                    r.after().activeHosts(), r.lowerBound().activeHosts(), "  ", ffd, pa, plan, bound,
                    plan / ffd, plan / pa, plan / bound, beatsBoth ? "better than both" : "NOT better than both",
                    r.holds() ? "" : " (plan does not hold: " + r.score() + ")");
            System.out.printf(Locale.ROOT, "         today: %d active hosts, %.1f MWh/y; plan %s, %d moved, start %s%n",
                    r.before().activeHosts(), r.before().energyKwhPerYear() / 1000, r.score(),
                    r.plan().getPlacements().stream().filter(p -> p.isMoved()).count(), r.stats().start());
        }
    }

    private static Inventory fileOrGenerated(String file, int hosts, int workloads, long seed) {
        Path path = Path.of(file);
        return Files.exists(path) ? Inventories.read(path) : InventoryGenerator.generate(hosts, workloads, seed);
    }
}
