package org.consolida.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The page's data, already formatted: the template only places text, so every number is formatted here once, with a
 * plain sort key beside it for the sortable tables.
 */
final class HtmlView {
    /**
     * Rows the page shows per table at most; the rest are in the workbook and plan.json. At 1,000 a 100,000-workload
     * page weighs about 3 MB (every row: 61 MB).
     */
    static final int ROWS_PER_TABLE = 1_000;
    /** Bars a chart draws at most: more are unreadable at the chart's width. */
    static final int CHART_CATEGORIES = 40;

    private HtmlView() {
    }

    /** @param rowsPerTable the most rows a table shows (tests make it small) */
    static Map<String, Object> of(ReportModel model, String runId, int rowsPerTable) {
        SvgCharts charts = new SvgCharts("chart");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("runId", runId);
        view.put("inventory", model.inventory());
        view.put("currency", model.currency());
        view.put("solver", map("score", model.solver().score(), "feasible", model.solver().feasible(),
                "timeLimitSeconds", model.solver().timeLimitSeconds(), "seed", model.solver().seed()));
        view.put("kpis", kpis(model));
        view.put("comparison", model.comparison() == null ? null : model.comparison().energy());
        view.put("rightSizing", model.rightSizing() == null ? null : model.rightSizing().text());
        view.put("gap", model.comparison() == null ? null : model.comparison().gap());
        view.put("yearlyCost", model.comparison() == null || model.comparison().yearlyCost() == null ? null
                : model.comparison().yearlyCost().summary());
        view.put("warnings", model.warnings());
        view.put("hasWarnings", !model.warnings().isEmpty());
        summary(view, model, charts);
        placements(view, model, rowsPerTable);
        hosts(view, model, charts, rowsPerTable);
        racks(view, model, charts, rowsPerTable);
        migrations(view, model, charts, rowsPerTable);
        findings(view, model, rowsPerTable);
        simulation(view, model, charts, rowsPerTable);
        view.put("score", model.scoreAnalysis().stream().map(constraint -> map("constraint", constraint.constraint(),
                "score", constraint.score(), "matches", constraint.matchCount(),
                "justifications", constraint.topJustifications())).toList());
        return view;
    }

    private static List<Map<String, Object>> kpis(ReportModel model) {
        Figures before = model.before();
        Figures after = model.after();
        List<Map<String, Object>> kpis = new ArrayList<>();
        kpis.add(kpi("Active hosts", Numbers.whole(d(before.activeHosts())) + " \u2192 " + Numbers.whole(d(after.activeHosts())),
                "saves " + Numbers.saving(d(before.activeHosts()), d(after.activeHosts())), "good"));
        kpis.add(kpi("Energy per year", Numbers.whole(after.energyKwhPerYear()) + " kWh",
                "saves " + Numbers.saving(before.energyKwhPerYear(), after.energyKwhPerYear()) + " kWh", "good"));
        kpis.add(kpi("Energy cost per year", Numbers.whole(after.costPerYear()) + " " + model.currency(),
                "saves " + Numbers.saving(before.costPerYear(), after.costPerYear()) + " " + model.currency(), "good"));
        kpis.add(kpi("CO\u2082 per year", Numbers.whole(after.co2KgPerYear()) + " kg",
                "saves " + Numbers.saving(before.co2KgPerYear(), after.co2KgPerYear()) + " kg", "good"));
        kpis.add(kpi("Findings", Integer.toString(model.findings().size()), Reports.findingCounts(model),
                model.findingsBySeverity().keySet().stream().anyMatch(s -> Severities.level(s).equals("danger"))
                        ? "bad" : "neutral"));
        kpis.add(kpi("Throughput", model.simulation().throughputMet() ? "met" : "check",
                model.simulation().verdict(), model.simulation().throughputMet() ? "good" : "bad"));
        return kpis;
    }

    private static Map<String, Object> kpi(String label, String value, String detail, String tone) {
        return map("label", label, "value", value, "detail", detail, "tone", tone);
    }

    private static void summary(Map<String, Object> view, ReportModel model, SvgCharts charts) {
        Map<String, Figures> columns = model.summaryColumns();
        view.put("summaryColumns", List.copyOf(columns.keySet()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Reports.SummaryRow row : Reports.summaryRows(model.currency())) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Figures figures : columns.values()) {
                Double value = row.figure().apply(figures);
                cells.add(cell(Numbers.whole(value), value));
            }
            rows.add(map("label", row.label(), "cells", cells,
                    "saving", Numbers.saving(row.figure().apply(model.before()), row.figure().apply(model.after()))));
        }
        view.put("summaryRows", rows);
        view.put("scores", Stream.of(null, model.solver().score(),
                        model.baseline().firstFitDecreasing().score(), model.baseline().powerAwareBestFit().score(), null)
                .map(score -> Objects.toString(score, "")).toList());

        Map<String, Double> hosts = new LinkedHashMap<>();
        Map<String, Double> energy = new LinkedHashMap<>();
        columns.forEach((name, figures) -> {
            hosts.put(name, d(figures.activeHosts()));
            energy.put(name, figures.energyKwhPerYear() == null ? null : figures.energyKwhPerYear() / 1000);
        });
        view.put("chartHosts", charts.bars("Active hosts", "hosts", hosts, true));
        view.put("chartEnergy", charts.bars("Energy per year", "MWh/year", energy, false));
    }

    /** Moved workloads first: they are what the plan asks someone to do. */
    private static void placements(Map<String, Object> view, ReportModel model, int rowsPerTable) {
        Excerpt<PlacementRow> placements = Excerpt.of(model.placements(), rowsPerTable,
                Comparator.comparing((PlacementRow placement) -> !placement.moved()),
                "the first %s moved workloads, in inventory order", "plan.xlsx (sheet Placement) and plan.json"
                        + " (placements)");
        view.put("placements", placements.rows().stream().map(placement -> map("workload", placement.workload(),
                "kind", placement.kind(), "from", placement.from(), "to", placement.to(),
                "moved", placement.moved() ? "yes" : "no", "reason", placement.reason())).toList());
        view.put("placementsNote", placements.note());
        view.put("movedCount", Numbers.whole((double) model.movedWorkloads()));
        view.put("placementCount", Numbers.whole((double) model.placements().size()));
        Excerpt<UnplacedRow> unplaced = Excerpt.of(model.unplaced(), rowsPerTable, (a, b) -> 0,
                "the first %s unplaced workloads, in inventory order", "plan.xlsx (sheet Unplaced) and plan.json"
                        + " (unplaced)");
        view.put("unplaced", unplaced.rows().stream().map(workload -> map("workload", workload.workload(),
                "kind", workload.kind(), "from", workload.from(), "reason", workload.reason())).toList());
        view.put("unplacedNote", unplaced.note());
        view.put("hasUnplaced", !model.unplaced().isEmpty());
    }

    /** The busiest hosts first: the least headroom left is where a plan is at risk. */
    private static void hosts(Map<String, Object> view, ReportModel model, SvgCharts charts, int rowsPerTable) {
        Excerpt<HostRow> excerpt = Excerpt.of(model.hosts(), rowsPerTable, Comparator.comparingDouble(
                        (HostRow host) -> Math.max(host.after().cpu(), host.after().memory())).reversed(),
                "the %s busiest hosts after the plan (highest CPU or memory utilisation)",
                "plan.xlsx (sheet Hosts) and plan.json (hosts)");
        view.put("hostsNote", excerpt.note());
        Map<HostAction, Long> actions = new EnumMap<>(HostAction.class);
        model.hosts().forEach(host -> actions.merge(host.action(), 1L, Long::sum));
        view.put("hostActions", actions.entrySet().stream().map(action -> map("action", action.getKey().label(),
                "count", Numbers.whole((double) action.getValue()),
                "actionClass", action.getKey().name().toLowerCase().replace('_', '-'))).toList());
        view.put("hosts", excerpt.rows().stream().map(host -> map("host", host.host(), "model", host.model(),
                "rack", host.rack(), "cluster", host.cluster(),
                "cpuBefore", pct(host.before().cpu()), "cpuAfter", pct(host.after().cpu()),
                "memoryBefore", pct(host.before().memory()), "memoryAfter", pct(host.after().memory()),
                "storageBefore", pct(host.before().storage()), "storageAfter", pct(host.after().storage()),
                "networkBefore", pct(host.before().network()), "networkAfter", pct(host.after().network()),
                "powerBefore", cell(Numbers.whole(host.powerWattsBefore()), host.powerWattsBefore()),
                "powerAfter", cell(Numbers.whole(host.plannedPowerWatts()), host.plannedPowerWatts()),
                "action", host.action().label(), "actionClass", host.action().name().toLowerCase().replace('_', '-')))
                .toList());
        view.put("chartUtilisation", charts.groupedBars("Running hosts by utilisation", "utilisation (%)",
                "hosts", UtilizationHistogram.bands(), UtilizationHistogram.of(model.hosts()), false));
    }

    /** The racks nearest their power budget first. */
    private static void racks(Map<String, Object> view, ReportModel model, SvgCharts charts, int rowsPerTable) {
        Comparator<RackRow> fullestFirst = Comparator.comparingDouble(RackRow::powerShare).reversed();
        Excerpt<RackRow> excerpt = Excerpt.of(model.racks(), rowsPerTable, fullestFirst,
                "the %s racks with the highest share of their power budget",
                "plan.xlsx (sheet Racks) and plan.json (racks)");
        view.put("racksNote", excerpt.note());
        view.put("racks", excerpt.rows().stream().map(rack -> map("rack", rack.rack(), "site", rack.site(),
                "hostsBefore", rack.hostsBefore(), "hostsAfter", rack.hostsAfter(), "unitsUsed", rack.unitsUsed(),
                "unitsTotal", rack.unitsTotal(),
                "power", cell(Numbers.whole(rack.powerWatts()), rack.powerWatts()),
                "budget", cell(Numbers.whole(rack.powerBudgetWatts()), rack.powerBudgetWatts()),
                "share", pct(rack.powerShare()), "over", rack.powerShare() > 1)).toList());
        List<RackRow> charted = model.racks();
        String title = "Running hosts per rack";
        if (charted.size() > CHART_CATEGORIES) {
            charted = charted.stream().sorted(fullestFirst).limit(CHART_CATEGORIES).toList();
            title += " (the " + CHART_CATEGORIES + " of " + Numbers.whole((double) model.racks().size())
                    + " with the highest power use)";
        }
        List<String> names = charted.stream().map(RackRow::rack).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("Hosts before", charted.stream().map(rack -> (double) rack.hostsBefore()).toList());
        series.put("Hosts after", charted.stream().map(rack -> (double) rack.hostsAfter()).toList());
        view.put("chartRacks", charts.groupedBars(title, null, "hosts", names, series, false));
    }

    /** One move with the wave it belongs to. */
    private record WaveMove(int wave, MigrationRow move) {
    }

    /** The moves with the longest downtime first: those need a maintenance window. */
    private static void migrations(Map<String, Object> view, ReportModel model, SvgCharts charts, int rowsPerTable) {
        List<WaveMove> moves = new ArrayList<>();
        for (MigrationWave wave : model.migrations()) {
            for (MigrationRow move : wave.moves()) {
                moves.add(new WaveMove(wave.wave(), move));
            }
        }
        Excerpt<WaveMove> excerpt = Excerpt.of(moves, rowsPerTable,
                Comparator.comparingDouble((WaveMove one) -> one.move().downtimeMillis()).reversed(),
                "the %s moves with the longest downtime", "plan.xlsx (sheet Migrations) and plan.json (migrations)");
        view.put("migrations", excerpt.rows().stream().map(one -> {
            MigrationRow move = one.move();
            return map("wave", one.wave(), "workload", move.workload(), "from", move.from(), "to", move.to(),
                    "memory", cell(Numbers.oneDecimal(move.memoryGib()), move.memoryGib()),
                    "mode", move.mode().label(),
                    "duration", cell(Numbers.oneDecimal(move.durationSeconds()), move.durationSeconds()),
                    "downtime", cell(Numbers.whole(move.downtimeMillis()), move.downtimeMillis()));
        }).toList());
        view.put("migrationsNote", excerpt.note());
        view.put("migrationCount", Numbers.whole((double) moves.size()));
        view.put("waveCount", model.migrations().size());
        view.put("hasMigrations", !moves.isEmpty());
        List<MigrationWave> charted = model.migrations();
        String title = "Moves per wave";
        if (charted.size() > CHART_CATEGORIES) {
            charted = charted.subList(0, CHART_CATEGORIES);
            title += " (the first " + CHART_CATEGORIES + " of " + model.migrations().size() + ")";
        }
        List<String> waves = charted.stream().map(wave -> "wave " + wave.wave()).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (MigrationMode mode : MigrationMode.values()) {
            series.put(mode.label(), charted.stream()
                    .map(wave -> (double) wave.moves().stream().filter(move -> move.mode() == mode).count()).toList());
        }
        view.put("chartWaves", moves.isEmpty() ? "" : charts.groupedBars(title, null, "moves", waves, series, true));
    }

    /** The most severe findings first. */
    private static void findings(Map<String, Object> view, ReportModel model, int rowsPerTable) {
        List<FindingRow> sorted = Reports.mostSevereFirst(model.findings());
        Excerpt<FindingRow> excerpt = Excerpt.of(sorted, rowsPerTable, (a, b) -> 0, "the %s most severe findings",
                "plan.xlsx (sheet Findings) and plan.json (findings)");
        view.put("findingsNote", excerpt.note());
        view.put("findings", excerpt.rows().stream().map(finding -> map(
                "severity", finding.severity(), "level", Severities.level(finding.severity()),
                "rank", Severities.rank(finding.severity()), "ruleId", finding.ruleId(),
                "category", finding.category(), "subject", finding.subject(), "message", finding.message(),
                "recommendation", finding.recommendation())).toList());
        List<Map<String, Object>> counts = new ArrayList<>();
        model.findingsBySeverity().forEach((severity, count) -> counts.add(map("severity", severity,
                "level", Severities.level(severity), "count", count)));
        view.put("findingCounts", counts);
        view.put("hasFindings", !model.findings().isEmpty());
    }

    /** Before and after first, then the scenarios that deliver least; the workloads that fare worst first. */
    private static void simulation(Map<String, Object> view, ReportModel model, SvgCharts charts, int rowsPerTable) {
        SimulationSummary simulation = model.simulation();
        view.put("simulated", !simulation.scenarios().isEmpty());
        view.put("horizonHours", Numbers.oneDecimal(simulation.horizonHours()));
        view.put("stepMinutes", Numbers.oneDecimal(simulation.stepMinutes()));
        view.put("verdict", simulation.verdict());
        view.put("throughputMet", simulation.throughputMet());
        Comparator<CaseRow> worstFirst = Comparator
                .comparing((CaseRow scenario) -> !isBeforeOrAfter(scenario))
                .thenComparingDouble(CaseRow::deliveredRatio)
                .thenComparing(Comparator.comparingInt(CaseRow::workloadsBelowTarget).reversed());
        Excerpt<CaseRow> scenarios = Excerpt.of(simulation.scenarios(), rowsPerTable, worstFirst,
                "the %s scenarios that matter most (before, after, then those that deliver least)",
                "plan.xlsx (sheet Simulation) and plan.json (simulation.scenarios)");
        view.put("scenariosNote", scenarios.note());
        view.put("scenarios", scenarios.rows().stream().map(scenario -> map("name", scenario.name(),
                "delivered", pct(scenario.deliveredRatio()), "below", scenario.workloadsBelowTarget(),
                "energy", cell(scenario.energyKwh() == null ? "—" : Numbers.oneDecimal(scenario.energyKwh()), scenario.energyKwh()),
                "peak", pct(scenario.peakHostUtilization()), "limitedBy", scenario.limitedBy())).toList());
        Excerpt<ThroughputRow> workloads = Excerpt.of(simulation.afterWorkloads(), rowsPerTable,
                Comparator.comparingDouble(ThroughputRow::minDeliveredRatio)
                        .thenComparingDouble(ThroughputRow::p5DeliveredRatio),
                "the %s workloads with the lowest delivered throughput",
                "plan.xlsx (sheet Simulated workloads) and plan.json (simulation.afterWorkloads)");
        view.put("workloadsNote", workloads.note());
        view.put("workloads", workloads.rows().stream().map(workload -> map(
                "workload", workload.workload(), "min", pct(workload.minDeliveredRatio()),
                "p5", pct(workload.p5DeliveredRatio()), "limitedBy", workload.limitedBy())).toList());
        List<CaseRow> charted = simulation.scenarios();
        String title = "Delivered throughput per scenario";
        if (charted.size() > CHART_CATEGORIES) {
            charted = charted.stream().sorted(worstFirst).limit(CHART_CATEGORIES).toList();
            title += " (before, after, the worst " + (CHART_CATEGORIES - 2) + " of "
                    + Numbers.whole((double) simulation.scenarios().size() - 2) + ")";
        }
        Map<String, Double> delivered = new LinkedHashMap<>();
        charted.forEach(scenario -> delivered.put(scenario.name(), scenario.deliveredRatio() * 100));
        view.put("chartSimulation", simulation.scenarios().isEmpty() ? ""
                : charts.bars(title, "% of demand", delivered, false));
    }

    private static boolean isBeforeOrAfter(CaseRow scenario) {
        return scenario.name().equals("before") || scenario.name().equals(SimulationSummary.AFTER);
    }

    private static Map<String, Object> pct(double ratio) {
        return cell(Numbers.percent(ratio), ratio);
    }

    private static Map<String, Object> cell(String text, Double sortValue) {
        return map("text", text, "v", Numbers.sortKey(sortValue));
    }

    private static Double d(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    /** A map from alternating keys and values, keeping their order; null values are kept (the template skips them). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
