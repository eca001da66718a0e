package org.consolida.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's data, already formatted: the template only places text, so every number is formatted here once, with a
 * plain sort key beside it for the sortable tables.
 */
final class HtmlView {
    private HtmlView() {
    }

    static Map<String, Object> of(ReportModel model) {
        SvgCharts charts = new SvgCharts("chart");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("inventory", model.inventory());
        view.put("currency", model.currency());
        view.put("solver", map("score", model.solver().score(), "feasible", model.solver().feasible(),
                "timeLimitSeconds", model.solver().timeLimitSeconds(), "seed", model.solver().seed()));
        view.put("kpis", kpis(model));
        view.put("comparison", model.comparison() == null ? null : model.comparison().energy());
        view.put("gap", model.comparison() == null ? null : model.comparison().gap());
        view.put("warnings", model.warnings());
        view.put("hasWarnings", !model.warnings().isEmpty());
        summary(view, model, charts);
        view.put("placements", model.placements().stream().map(placement -> map("workload", placement.workload(),
                "kind", placement.kind(), "from", placement.from(), "to", placement.to(),
                "moved", placement.moved() ? "yes" : "no", "reason", placement.reason())).toList());
        view.put("movedCount", model.movedWorkloads());
        view.put("placementCount", model.placements().size());
        view.put("unplaced", model.unplaced().stream().map(workload -> map("workload", workload.workload(),
                "kind", workload.kind(), "from", workload.from(), "reason", workload.reason())).toList());
        view.put("hasUnplaced", !model.unplaced().isEmpty());
        hosts(view, model, charts);
        racks(view, model, charts);
        migrations(view, model, charts);
        findings(view, model);
        simulation(view, model, charts);
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
        kpis.add(kpi("Cost per year", Numbers.whole(after.costPerYear()) + " " + model.currency(),
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
        view.put("scores", java.util.stream.Stream.of(null, model.solver().score(),
                        model.baseline().firstFitDecreasing().score(), model.baseline().powerAwareBestFit().score(), null)
                .map(score -> java.util.Objects.toString(score, "")).toList());

        Map<String, Double> hosts = new LinkedHashMap<>();
        Map<String, Double> energy = new LinkedHashMap<>();
        columns.forEach((name, figures) -> {
            hosts.put(name, d(figures.activeHosts()));
            energy.put(name, figures.energyKwhPerYear() == null ? null : figures.energyKwhPerYear() / 1000);
        });
        view.put("chartHosts", charts.bars("Active hosts", "hosts", hosts, true));
        view.put("chartEnergy", charts.bars("Energy per year", "MWh/year", energy, false));
    }

    private static void hosts(Map<String, Object> view, ReportModel model, SvgCharts charts) {
        view.put("hosts", model.hosts().stream().map(host -> map("host", host.host(), "model", host.model(),
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
                "hosts", UtilisationHistogram.bands(), UtilisationHistogram.of(model.hosts()), false));
    }

    private static void racks(Map<String, Object> view, ReportModel model, SvgCharts charts) {
        view.put("racks", model.racks().stream().map(rack -> map("rack", rack.rack(), "site", rack.site(),
                "hostsBefore", rack.hostsBefore(), "hostsAfter", rack.hostsAfter(), "unitsUsed", rack.unitsUsed(),
                "unitsTotal", rack.unitsTotal(),
                "power", cell(Numbers.whole(rack.powerWatts()), rack.powerWatts()),
                "budget", cell(Numbers.whole(rack.powerBudgetWatts()), rack.powerBudgetWatts()),
                "share", pct(rack.powerShare()), "over", rack.powerShare() > 1)).toList());
        List<String> names = model.racks().stream().map(RackRow::rack).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("Hosts before", model.racks().stream().map(rack -> (double) rack.hostsBefore()).toList());
        series.put("Hosts after", model.racks().stream().map(rack -> (double) rack.hostsAfter()).toList());
        view.put("chartRacks", charts.groupedBars("Running hosts per rack", null, "hosts", names, series, false));
    }

    private static void migrations(Map<String, Object> view, ReportModel model, SvgCharts charts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MigrationWave wave : model.migrations()) {
            for (Migration move : wave.moves()) {
                rows.add(map("wave", wave.wave(), "workload", move.workload(), "from", move.from(), "to", move.to(),
                        "memory", cell(Numbers.oneDecimal(move.memoryGib()), move.memoryGib()),
                        "mode", move.mode().label(),
                        "duration", cell(Numbers.oneDecimal(move.durationSeconds()), move.durationSeconds()),
                        "downtime", cell(Numbers.whole(move.downtimeMillis()), move.downtimeMillis())));
            }
        }
        view.put("migrations", rows);
        view.put("migrationCount", rows.size());
        view.put("waveCount", model.migrations().size());
        view.put("hasMigrations", !rows.isEmpty());
        List<String> waves = model.migrations().stream().map(wave -> "wave " + wave.wave()).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (MigrationMode mode : MigrationMode.values()) {
            series.put(mode.label(), model.migrations().stream()
                    .map(wave -> (double) wave.moves().stream().filter(move -> move.mode() == mode).count()).toList());
        }
        view.put("chartWaves", rows.isEmpty() ? "" : charts.groupedBars("Moves per wave", null, "moves", waves,
                series, true));
    }

    private static void findings(Map<String, Object> view, ReportModel model) {
        view.put("findings", Reports.mostSevereFirst(model.findings()).stream().map(finding -> map(
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

    private static void simulation(Map<String, Object> view, ReportModel model, SvgCharts charts) {
        SimulationSummary simulation = model.simulation();
        view.put("simulated", !simulation.scenarios().isEmpty());
        view.put("horizonHours", Numbers.oneDecimal(simulation.horizonHours()));
        view.put("stepMinutes", Numbers.oneDecimal(simulation.stepMinutes()));
        view.put("verdict", simulation.verdict());
        view.put("throughputMet", simulation.throughputMet());
        view.put("scenarios", simulation.scenarios().stream().map(scenario -> map("name", scenario.name(),
                "delivered", pct(scenario.deliveredRatio()), "below", scenario.workloadsBelowTarget(),
                "energy", cell(scenario.energyKwh() == null ? "—" : Numbers.oneDecimal(scenario.energyKwh()), scenario.energyKwh()),
                "peak", pct(scenario.peakHostUtilization()), "limitedBy", scenario.limitedBy())).toList());
        view.put("workloads", simulation.afterWorkloads().stream().map(workload -> map(
                "workload", workload.workload(), "min", pct(workload.minDeliveredRatio()),
                "p5", pct(workload.p5DeliveredRatio()), "limitedBy", workload.limitedBy())).toList());
        Map<String, Double> delivered = new LinkedHashMap<>();
        simulation.scenarios().forEach(scenario -> delivered.put(scenario.name(), scenario.deliveredRatio() * 100));
        view.put("chartSimulation", simulation.scenarios().isEmpty() ? ""
                : charts.bars("Delivered throughput per scenario", "% of demand", delivered, false));
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
