package org.consolida.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanMetrics;
import org.consolida.planning.PlanResult;
import org.consolida.planning.ScoreExplanation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The content of {@code plan.json} (schema {@value #SCHEMA}) as the planner writes it: the DESIGN.md contract, with
 * key names and shapes as in docs/plan-json.md where that page defines them. Money is in {@code currency} per year,
 * except the score, whose soft part is in cents ({@code solver.softScoreUnit}).
 */
@JsonPropertyOrder({"schema", "inventory", "currency", "solver", "before", "after", "baseline", "lowerBound",
        "placements", "unplaced", "migrations", "findings", "simulation", "comparison", "scoreAnalysis"})
public record PlanDocument(String schema, String inventory, String currency, SolverInfo solver, Figures before,
                           Figures after, Baselines baseline, Bound lowerBound, List<PlacementEntry> placements,
                           List<UnplacedEntry> unplaced, List<Migration> migrations, List<Object> findings,
                           Object simulation, PlanComparison comparison, List<ConstraintScore> scoreAnalysis) {
    public static final String SCHEMA = "consolida.plan/1";

    public record SolverInfo(String score, boolean feasible, long timeLimitSeconds, Long seed, boolean reproducible,
                             String termination, String start, long solveMillis, long moveEvaluationsPerSecond,
                             Long firstFeasibleMillis, String softScoreUnit) {
    }

    /**
     * One shape for today, the plan and the baselines; {@code score} only for the baselines (absent elsewhere).
     * {@code costPerYear} is the energy cost at each site's price (rack space and the rest are in the score).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
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

    /** A placed workload; {@code from} is absent for a workload that runs nowhere today. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlacementEntry(String workload, String kind, String from, String to, boolean moved) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnplacedEntry(String workload, String kind, String from, String reason) {
    }

    /** One constraint's share of the score and its largest matches with their justifications. */
    public record ConstraintScore(String constraint, String level, String score, int matchCount,
                                  List<ScoreExplanation.Match> topJustifications) {
        static ConstraintScore of(ScoreExplanation.ConstraintTotal total) {
            String score = total.level().equals("hard") ? total.hard() + "hard"
                    : total.level().equals("medium") ? total.medium() + "medium" : total.soft() + "soft";
            return new ConstraintScore(total.name(), total.level(), score, total.matchCount(), total.largest());
        }
    }

    public record Migration(String workload, String from, String to, double memoryGib, double cost) {
    }

    public static PlanDocument of(Inventory inventory, PlanResult result) {
        PlanResult.SolveStats stats = result.stats();
        List<PlacementEntry> placements = new ArrayList<>();
        List<Migration> migrations = new ArrayList<>();
        List<UnplacedEntry> unplaced = new ArrayList<>();
        double costPerGib = inventory.policy().migrationCostPerGib();
        for (Placement placement : result.plan().getPlacements()) {
            String from = placement.getCurrentHost() == null ? null : placement.getCurrentHost().id();
            String to = placement.getHost() == null ? null : placement.getHost().id();
            String kind = placement.getWorkload().kind().name();
            if (to == null) {
                unplaced.add(new UnplacedEntry(placement.getId(), kind, from,
                        "no host has room for it under the hard constraints (see scoreAnalysis)"));
            } else {
                placements.add(new PlacementEntry(placement.getId(), kind, from, to, placement.isMoved()));
            }
            if (placement.isMoved()) {
                double memory = placement.getWorkload().memoryGib();
                migrations.add(new Migration(placement.getId(), from, to, memory, round(memory * costPerGib)));
            }
        }
        // Figures without a score: Jackson writes score: null for before and after, which keeps one shape.
        return new PlanDocument(SCHEMA, inventory.name(), inventory.policy().currency(),
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
                PlanComparison.of(result, inventory.policy().currency()),
                result.explanation().constraints().stream().map(ConstraintScore::of).toList());
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
