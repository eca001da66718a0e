package org.consolida.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the three reports show, assembled once by the pipeline from the inventory, the plan, the findings and
 * the simulation. The writers only render it, so the workbook, the page and {@code plan.json} tell the same story.
 *
 * @param currency   the currency of {@code costPerYear}, as an ISO code ("EUR")
 * @param comparison how the plan compares with the baselines and the bound, in words; null when not computed
 * @param warnings   what the inventory's reader warned of or assumed (an RVTools export's defaults, for instance)
 * @param rightSizing what right-sizing to measured use would free; null when the plan had no utilisation history
 */
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
    public record Comparison(String gap, Double energyOverBound, String energy,
                             List<CostDifference> versusFirstFitDecreasing, List<CostDifference> versusPowerAwareBestFit) {
        public Comparison {
            versusFirstFitDecreasing = List.copyOf(versusFirstFitDecreasing);
            versusPowerAwareBestFit = List.copyOf(versusPowerAwareBestFit);
        }

        public Comparison(String energy, List<CostDifference> versusFirstFitDecreasing,
                          List<CostDifference> versusPowerAwareBestFit) {
            this(null, null, energy, versusFirstFitDecreasing, versusPowerAwareBestFit);
        }
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

    /** A builder: the 18 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this model's components, to build a variant of it (tests, synthetic reports). */
    public Builder toBuilder() {
        return builder().inventory(inventory).solver(solver).before(before).after(after).baseline(baseline)
                .lowerBound(lowerBound).currency(currency).placements(placements).unplaced(unplaced).hosts(hosts)
                .racks(racks).migrations(migrations).findings(findings).simulation(simulation)
                .scoreAnalysis(scoreAnalysis).comparison(comparison).warnings(warnings).rightSizing(rightSizing);
    }

    /** Builds a {@link ReportModel}; a component not set is null (warnings: none). */
    public static final class Builder {
        private String inventory;
        private SolverSummary solver;
        private Figures before;
        private Figures after;
        private Baselines baseline;
        private Figures lowerBound;
        private String currency;
        private List<PlacementRow> placements;
        private List<UnplacedRow> unplaced;
        private List<HostRow> hosts;
        private List<RackRow> racks;
        private List<MigrationWave> migrations;
        private List<FindingRow> findings;
        private SimulationSummary simulation;
        private List<ScoreRow> scoreAnalysis;
        private Comparison comparison;
        private List<String> warnings = List.of();
        private RightSizingSummary rightSizing;

        private Builder() {
        }

        public Builder inventory(String value) { inventory = value; return this; }
        public Builder solver(SolverSummary value) { solver = value; return this; }
        public Builder before(Figures value) { before = value; return this; }
        public Builder after(Figures value) { after = value; return this; }
        public Builder baseline(Baselines value) { baseline = value; return this; }
        public Builder lowerBound(Figures value) { lowerBound = value; return this; }
        public Builder currency(String value) { currency = value; return this; }
        public Builder placements(List<PlacementRow> value) { placements = value; return this; }
        public Builder unplaced(List<UnplacedRow> value) { unplaced = value; return this; }
        public Builder hosts(List<HostRow> value) { hosts = value; return this; }
        public Builder racks(List<RackRow> value) { racks = value; return this; }
        public Builder migrations(List<MigrationWave> value) { migrations = value; return this; }
        public Builder findings(List<FindingRow> value) { findings = value; return this; }
        public Builder simulation(SimulationSummary value) { simulation = value; return this; }
        public Builder scoreAnalysis(List<ScoreRow> value) { scoreAnalysis = value; return this; }
        public Builder comparison(Comparison value) { comparison = value; return this; }
        public Builder warnings(List<String> value) { warnings = value; return this; }
        public Builder rightSizing(RightSizingSummary value) { rightSizing = value; return this; }

        public ReportModel build() {
            return new ReportModel(inventory, solver, before, after, baseline, lowerBound, currency, placements,
                    unplaced, hosts, racks, migrations, findings, simulation, scoreAnalysis, comparison, warnings,
                    rightSizing);
        }
    }
}
