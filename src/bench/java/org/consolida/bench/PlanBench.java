package org.consolida.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Inventory;
import org.consolida.io.Inventories;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.planning.LowerBound;
import org.consolida.planning.Objective;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.RuleBase;

/**
 * Plans the benchmark inventories at the default time limit and prints, per inventory: moves evaluated per second,
 * time to the first feasible plan, active hosts and yearly energy of both baselines, the plan and the lower bound,
 * and the plan's ratios to them, for each objective (cost and energy by default). Usage:
 * {@code PlanBench [SECONDS] [demo|medium|large|huge ...] [--objective cost|energy|both] [--rules] [--seed N]};
 * {@code huge} (10,000 hosts, 100,000 workloads, decomposed) runs only when named; with {@code --rules} the shipped
 * policy rules restrict the placements (and the bound honours them); with {@code --seed} the search is seeded and
 * stops after a fixed number of evaluated moves (independent of the machine's load).
 */
public final class PlanBench {
    private record Case(String name, Supplier<Inventory> inventory) {
    }

    public static void main(String[] args) {
        int seconds = 30;
        List<String> wanted = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>(List.of(Objective.COST, Objective.ENERGY));
        boolean withRules = false;
        Long seed = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.matches("\\d+")) {
                seconds = Integer.parseInt(arg);
            } else if (arg.equals("--rules")) {
                withRules = true;
            } else if (arg.equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else if (arg.equals("--objective") && i + 1 < args.length) {
                String which = args[++i];
                objectives = which.equals("both") ? List.of(Objective.COST, Objective.ENERGY)
                        : List.of(Objects.requireNonNull(Objective.parse(which), "objective " + which));
            } else {
                wanted.add(arg);
            }
        }
        List<Case> cases = List.of(
                new Case("demo", () -> fileOrGenerated("datasets/demo-datacenter.xlsx", 24, 200, 7)),
                new Case("medium", () -> fileOrGenerated("datasets/medium.xlsx", 200, 2000, 11)),
                new Case("large", () -> InventoryGenerator.generate(1000, 10_000, 1)),
                // Issue 13's scale case: decomposed into parts; only when named (needs -Xmx8g and minutes).
                new Case("huge", () -> InventoryGenerator.generate(10_000, 100_000, 99)));
        RuleBase rules = withRules ? RuleBase.load(Path.of("rules")) : null;
        System.out.println("Plan benchmark: time limit " + seconds + " s per inventory and objective, "
                + (seed == null ? "no seed (wall-clock search)" : "seed " + seed + " (fixed move budget)") + ", "
                + (withRules ? "shipped policy rules" : "no policy rules") + "; search " + searchProperties()
                + "; shared machine, figures are noisy.");
        System.out.printf(Locale.ROOT, "%-8s %-6s %6s %6s %5s %9s %8s | %-23s | %-31s | %s%n", "", "obj", "hosts",
                "wkld", "limit", "moves/s", "1st feas", "active hosts FFD/PA/plan/LB", "energy MWh/y FFD/PA/plan/LB",
                "plan/FFD plan/PA plan/LB (energy); score vs baselines; load");
        for (Case c : cases) {
            if (!wanted.isEmpty() && !wanted.contains(c.name()) || wanted.isEmpty() && c.name().equals("huge")) {
                continue;
            }
            Inventory inventory = c.inventory().get();
            ForbiddenPlacements restrictions = rules == null ? ForbiddenPlacements.none()
                    : PolicyRules.apply(rules, inventory);
            for (Objective objective : objectives) {
                SolveSettings settings = seed == null ? SolveSettings.timed(Duration.ofSeconds(seconds))
                        : SolveSettings.seeded(Duration.ofSeconds(seconds), seed);
                PlanResult r = new Planner().plan(inventory, restrictions, settings.withObjective(objective),
                        SolveListener.NONE);
                print(c.name(), objective, inventory, seconds, r);
            }
        }
    }

    /** The consolida.search.* system properties set for this run (the move mix), or "default". */
    private static String searchProperties() {
        List<String> set = new ArrayList<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("consolida.search.")).sorted()
                .forEach(k -> set.add(k.substring("consolida.search.".length()) + "=" + System.getProperty(k)));
        return set.isEmpty() ? "default" : String.join(" ", set);
    }

    private static void print(String name, Objective objective, Inventory inventory, int seconds, PlanResult r) {
        double ffd = r.firstFitDecreasing().metrics().energyKwhPerYear() / 1000;
        double pa = r.powerAwareBestFit().metrics().energyKwhPerYear() / 1000;
        double plan = r.after().energyKwhPerYear() / 1000;
        double bound = r.lowerBound().energyKwhPerYear() / 1000;
        String firstFeasible = r.stats().firstFeasibleMillis() == null ? "none"
                : String.format(Locale.ROOT, "%.1f s", r.stats().firstFeasibleMillis() / 1000.0);
        boolean beatsBoth = r.score().compareTo(r.firstFitDecreasing().score()) > 0
                && r.score().compareTo(r.powerAwareBestFit().score()) > 0;
        System.out.printf(Locale.ROOT,
                "%-8s %-6s %6d %6d %4ds %9d %8s | %4d/%4d/%4d/%4d %s | %7.1f/%7.1f/%7.1f/%7.1f | %.3f %.3f %.3f; %s%s;"
                        + " load %.1f%n",
                name, objective.name().toLowerCase(Locale.ROOT), inventory.hosts().size(),
                inventory.workloads().size(), seconds, r.stats().moveEvaluationsPerSecond(), firstFeasible,
                r.firstFitDecreasing().metrics().activeHosts(), r.powerAwareBestFit().metrics().activeHosts(),
                r.after().activeHosts(), r.lowerBound().activeHosts(), "  ", ffd, pa, plan, bound,
                plan / ffd, plan / pa, plan / bound, beatsBoth ? "better than both" : "NOT better than both",
                r.holds() ? "" : " (plan does not hold: " + r.score() + ")",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        LowerBound.Relaxation lp = r.lowerBound().relaxation();
        System.out.printf(Locale.ROOT, "         today: %d active hosts, %.1f MWh/y; plan %s, %d moved, start %s;"
                        + " search %d moves in %d ms (%s); LP %s%n",
                r.before().activeHosts(), r.before().energyKwhPerYear() / 1000, r.score(),
                r.plan().getPlacements().stream().filter(p -> p.isMoved()).count(), r.stats().start(),
                r.stats().moveEvaluations(), r.stats().solveMillis(), r.stats().termination(),
                lp == null ? "none" : String.format(Locale.ROOT, "%d types × %d classes, %d variables, %d ms",
                        lp.hostTypes(), lp.workloadClasses(), lp.variables(), lp.millis()));
        r.stats().parts().forEach(part -> System.out.printf(Locale.ROOT,
                "         %-12s %6d workloads %5d hosts: %9d moves/s, %s%n", part.name(), part.workloads(),
                part.hosts(), part.moveEvaluationsPerSecond(), part.score()));
    }

    private static Inventory fileOrGenerated(String file, int hosts, int workloads, long seed) {
        Path path = Path.of(file);
        return Files.exists(path) ? Inventories.read(path) : InventoryGenerator.generate(hosts, workloads, seed);
    }
}
