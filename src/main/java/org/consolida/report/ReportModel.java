package org.consolida.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the three reports show, assembled once by the pipeline from the inventory, the plan, the findings and
 * the simulation. The writers only render it, so the workbook, the page and {@code plan.json} tell the same story.
 *
 * @param currency the currency of {@code costPerYear}, as an ISO code ("EUR")
 */
public record ReportModel(String inventory, SolverSummary solver, Figures before, Figures after, Baselines baseline,
                          Figures lowerBound, String currency, List<PlacementRow> placements,
                          List<UnplacedWorkload> unplaced, List<HostRow> hosts, List<RackRow> racks,
                          List<MigrationWave> migrations, List<FindingRow> findings, SimulationSummary simulation,
                          List<ConstraintScore> scoreAnalysis) {

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
    }

    /** The summary's columns in reading order: today, the plan, the two baselines, the bound no plan can beat. */
    public Map<String, Figures> comparison() {
        Map<String, Figures> columns = new java.util.LinkedHashMap<>();
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
}
