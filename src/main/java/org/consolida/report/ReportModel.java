package org.consolida.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Everything the three reports show, assembled once by the pipeline from the inventory, the plan, the findings and
 * the simulation. The writers only render it, so the workbook, the page and {@code plan.json} tell the same story.
 *
 * @param currency   the currency of {@code costPerYear}, as an ISO code ("EUR")
 * @param comparison how the plan compares with the baselines and the bound, in words; null when not computed
 * @param warnings   what the inventory's reader warned of or assumed (an RVTools export's defaults, for instance)
 * @param rightSizing what right-sizing to measured use would free; null when the plan had no utilisation history
 */
@RecordBuilder
public record ReportModel(String inventory, SolverSummary solver, Figures before, Figures after, Baselines baseline,
                          Figures lowerBound, String currency, List<PlacementRow> placements,
                          List<UnplacedRow> unplaced, List<HostRow> hosts, List<RackRow> racks,
                          List<MigrationWave> migrations, List<FindingRow> findings, SimulationSummary simulation,
                          List<ScoreRow> scoreAnalysis, Comparison comparison, List<String> warnings,
                          RightSizingSummary rightSizing) {

    /**
     * The plan against the lower bound and the baselines: {@code gap} says in words how near the least energy any
     * plan can use the plan is ("within 6 % of …"), {@code energyOverBound} the same as a ratio (null when the bound
     * does not apply: unplaced workloads); {@code energy} where its energy lies against the baselines; and per soft
     * constraint what it costs more or less.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comparison(String gap, Double energyOverBound, String energy,
                             List<CostDifference> versusFirstFitDecreasing, List<CostDifference> versusPowerAwareBestFit,
                             YearlyCost yearlyCost) {
        public Comparison {
            versusFirstFitDecreasing = List.copyOf(versusFirstFitDecreasing);
            versusPowerAwareBestFit = List.copyOf(versusPowerAwareBestFit);
        }

        public Comparison(String gap, Double energyOverBound, String energy,
                          List<CostDifference> versusFirstFitDecreasing, List<CostDifference> versusPowerAwareBestFit) {
            this(gap, energyOverBound, energy, versusFirstFitDecreasing, versusPowerAwareBestFit, null);
        }

        public Comparison(String energy, List<CostDifference> versusFirstFitDecreasing,
                          List<CostDifference> versusPowerAwareBestFit) {
            this(null, null, energy, versusFirstFitDecreasing, versusPowerAwareBestFit);
        }
    }

    /**
     * What the search minimised, per year in the policy's currency, for the plan and each baseline: every soft term of
     * the objective (under {@code cost}: energy, rack space, headroom, migration and traffic; under {@code energy}:
     * energy alone), which {@code costPerYear} (energy only) is not. Broken hard constraints and unplaced workloads
     * have no price: {@code summary} names them beside the baseline's figure.
     */
    public record YearlyCost(String objective, double plan, double firstFitDecreasing, double powerAwareBestFit,
                             String summary) {
    }

    /** The plan's yearly cost of one constraint minus the baseline's: negative where the plan is cheaper. */
    public record CostDifference(String constraint, double planMinusBaselinePerYear) {
    }

    public ReportModel {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(simulation, "simulation");
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        hosts = List.copyOf(hosts);
        racks = List.copyOf(racks);
        migrations = List.copyOf(migrations);
        findings = List.copyOf(findings);
        scoreAnalysis = List.copyOf(scoreAnalysis);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The summary's columns in reading order: today, the plan, the two baselines, the bound no plan can beat. */
    public Map<String, Figures> summaryColumns() {
        Map<String, Figures> columns = new LinkedHashMap<>();
        columns.put("Before", before);
        columns.put("After", after);
        columns.put("First-fit decreasing", baseline.firstFitDecreasing());
        columns.put("Power-aware best fit", baseline.powerAwareBestFit());
        columns.put("Lower bound", lowerBound);
        return columns;
    }

    /** Findings counted per severity, the most severe first. */
    public Map<String, Long> findingsBySeverity() {
        Map<String, Long> counts = new TreeMap<>(Severities.MOST_SEVERE_FIRST);
        for (FindingRow finding : findings) {
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        return counts;
    }

    public long movedWorkloads() {
        return placements.stream().filter(PlacementRow::moved).count();
    }

    public int migrationCount() {
        return migrations.stream().mapToInt(wave -> wave.moves().size()).sum();
    }

    /** A builder: the components by name, not by position (ReportModelBuilder is generated by @RecordBuilder). */
    public static ReportModelBuilder builder() {
        return ReportModelBuilder.builder();
    }

    /** A builder holding this model's components, to build a variant of it (tests, synthetic reports). */
    public ReportModelBuilder toBuilder() {
        return ReportModelBuilder.builder(this);
    }
}
