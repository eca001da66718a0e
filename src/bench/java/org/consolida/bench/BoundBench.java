package org.consolida.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Inventory;
import org.consolida.planning.LowerBound;
import org.consolida.planning.PlacementProblem;
import org.consolida.planning.PlacementSolution;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.RuleBase;

/**
 * Times the lower bound (the LP relaxation and the bounds beside it) on generated inventories, without and with the
 * shipped policy rules, and prints the LP's size. Usage: {@code BoundBench [hosts workloads seed] ... [--no-rules]} (default:
 * 10,000 hosts × 100,000 workloads, seed 99, the 100k budget's estate).
 */
public final class BoundBench {
    private BoundBench() {
    }

    public static void main(String[] args) {
        boolean rulesToo = !Arrays.asList(args).contains("--no-rules");
        String[] numbers = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int[][] cases = numbers.length >= 3 ? new int[numbers.length / 3][] : new int[][] {{10_000, 100_000, 99}};
        for (int i = 0; i + 2 < numbers.length; i += 3) {
            cases[i / 3] = new int[] {Integer.parseInt(numbers[i]), Integer.parseInt(numbers[i + 1]),
                    Integer.parseInt(numbers[i + 2])};
        }
        RuleBase rules = RuleBase.load(Path.of("rules"));
        System.out.println("Lower bound timing (shared machine: compare within one run).");
        for (int[] c : cases) {
            Inventory inventory = InventoryGenerator.generate(c[0], c[1], c[2]);
            for (boolean withRules : rulesToo ? new boolean[] {false, true} : new boolean[] {false}) {
                long start = System.nanoTime();
                ForbiddenPlacements restrictions = withRules ? PolicyRules.apply(rules, inventory)
                        : ForbiddenPlacements.none();
                long rulesMillis = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                PlacementSolution problem = PlacementProblem.of(inventory, restrictions);
                long problemMillis = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                LowerBound bound = LowerBound.of(problem);
                long boundMillis = (System.nanoTime() - start) / 1_000_000;
                LowerBound.Relaxation lp = bound.relaxation();
                System.out.printf(Locale.ROOT, "%6d hosts %7d workloads seed %d %-8s rules %6d ms, problem %6d ms,"
                                + " bound %6d ms (LP %s): %d hosts, %.1f MWh/y%n", c[0], c[1], c[2],
                        withRules ? "shipped" : "none", rulesMillis, problemMillis, boundMillis,
                        lp == null ? "none" : String.format(Locale.ROOT, "%d types × %d classes, %d variables, %d ms,"
                                + " %.2f hosts, %.1f MWh/y", lp.hostTypes(), lp.workloadClasses(), lp.variables(),
                                lp.millis(), lp.activeHosts(), lp.energyKwhPerYear() / 1000),
                        bound.activeHosts(), bound.energyKwhPerYear() / 1000);
            }
        }
    }
}
