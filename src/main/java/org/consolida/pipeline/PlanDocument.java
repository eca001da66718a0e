package org.consolida.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanMetrics;
import org.consolida.planning.PlanResult;
import org.consolida.planning.ScoreExplanation;

/**
 * The content of {@code plan.json} (schema {@value #SCHEMA}): what a machine needs of a plan. Money is in the
 * policy's currency per year, except the score, whose soft part is in cents ({@code solver.softScoreUnit}).
 */
public record PlanDocument(String schema, InventoryInfo inventory, SolverInfo solver, Figures before, Figures after,
                           Baselines baseline, Bound lowerBound, List<PlacementEntry> placements, List<String> unplaced,
                           List<Migration> migrations, List<Object> findings, Object simulation,
                           PlanComparison comparison, ScoreExplanation analysis) {
    public static final String SCHEMA = "consolida.plan/1";

    public record InventoryInfo(String name, int hosts, int workloads, int flows, String currency) {
    }

    public record SolverInfo(String score, boolean feasible, long timeLimitSeconds, Long seed, boolean reproducible,
                             String termination, String start, long solveMillis, long moveEvaluationsPerSecond,
                             Long firstFeasibleMillis, String softScoreUnit) {
    }

    /** One shape for today, the plan and the baselines; {@code score} only for the baselines. */
    public record Figures(int activeHosts, int activeRacks, int rackUnits, double powerWatts, double energyKwhPerYear,
                          double costPerYear, double co2KgPerYear, String score) {
        static Figures of(PlanMetrics metrics, String score) {
            return new Figures(metrics.activeHosts(), metrics.activeRacks(), metrics.rackUnits(),
                    round(metrics.powerWatts()), round(metrics.energyKwhPerYear()), round(metrics.costPerYear()),
                    round(metrics.co2KgPerYear()), score);
        }
    }

    public record Baselines(Figures firstFitDecreasing, Figures powerAwareBestFit) {
    }

    public record Bound(int activeHosts, double energyKwhPerYear) {
    }

    public record PlacementEntry(String workload, String from, String to, boolean moved) {
    }

    public record Migration(String workload, String from, String to, double memoryGib, double cost) {
    }

    public static PlanDocument of(Inventory inventory, PlanResult result) {
        PlanResult.SolveStats stats = result.stats();
        List<PlacementEntry> placements = new ArrayList<>();
        List<Migration> migrations = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        double costPerGib = inventory.policy().migrationCostPerGib();
        for (Placement placement : result.plan().getPlacements()) {
            String from = placement.getCurrentHost() == null ? null : placement.getCurrentHost().id();
            String to = placement.getHost() == null ? null : placement.getHost().id();
            placements.add(new PlacementEntry(placement.getId(), from, to, placement.isMoved()));
            if (to == null) {
                unplaced.add(placement.getId());
            }
            if (placement.isMoved()) {
                double memory = placement.getWorkload().memoryGib();
                migrations.add(new Migration(placement.getId(), from, to, memory, round(memory * costPerGib)));
            }
        }
        // Figures without a score: Jackson writes score: null for before and after, which keeps one shape.
        return new PlanDocument(SCHEMA,
                new InventoryInfo(inventory.name(), inventory.hosts().size(), inventory.workloads().size(),
                        inventory.flows().size(), inventory.policy().currency()),
                new SolverInfo(result.score().toString(), result.feasible(), stats.timeLimitMillis() / 1000,
                        stats.seed(), stats.reproducible(), stats.termination(), stats.start(), stats.solveMillis(),
                        stats.moveEvaluationsPerSecond(), stats.firstFeasibleMillis(),
                        "cents of " + inventory.policy().currency() + " per year"),
                Figures.of(result.before(), null), Figures.of(result.after(), null),
                new Baselines(Figures.of(result.firstFitDecreasing().metrics(),
                        result.firstFitDecreasing().score().toString()),
                        Figures.of(result.powerAwareBestFit().metrics(), result.powerAwareBestFit().score().toString())),
                new Bound(result.lowerBound().activeHosts(), round(result.lowerBound().energyKwhPerYear())),
                placements, unplaced, migrations, List.of(), null,
                PlanComparison.of(result, inventory.policy().currency()), result.explanation());
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
