package org.consolida.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes {@code plan.xlsx}: one sheet per section of the report, with native charts, filters and frozen headers. */
final class WorkbookWriter {
    static final List<String> SHEETS = List.of("Summary", "Placement", "Unplaced", "Hosts", "Racks", "Migrations",
            "Findings", "Simulation", "Simulated workloads", "Score");

    /** Rows kept in memory per streamed sheet; the side-by-side tables of Simulation need their first rows. */
    private static final int ROWS_IN_MEMORY = 200;
    /** Where the Hosts sheet's utilisation distribution starts: one blank column after the hosts table. */
    private static final int HISTOGRAM_COLUMN = 16;

    void write(ReportModel model, String runId, OutputStream out) throws IOException {
        // The summary is small and its charts read their cells back: plain XSSF. The long sheets are streamed (SXSSF),
        // which writes rows as text instead of building an XML tree per cell, several times faster on big plans.
        XSSFWorkbook template = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(template);
        summary(template.createSheet("Summary"), styles, model, runId);
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY);
        try {
            placement(workbook.createSheet("Placement"), styles, model);
            unplaced(workbook.createSheet("Unplaced"), styles, model);
            hosts(workbook.createSheet("Hosts"), template, styles, model);
            racks(workbook.createSheet("Racks"), styles, model);
            migrations(workbook.createSheet("Migrations"), styles, model);
            findings(workbook.createSheet("Findings"), styles, model);
            simulation(workbook.createSheet("Simulation"), styles, model);
            simulatedWorkloads(workbook.createSheet("Simulated workloads"), styles, model);
            score(workbook.createSheet("Score"), styles, model);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void summary(XSSFSheet sheet, WorkbookStyles styles, ReportModel model, String runId) {
        Map<String, Figures> columns = model.summaryColumns();
        List<String> headers = new ArrayList<>(List.of("Figure"));
        headers.addAll(columns.keySet());
        headers.add("Saving (before \u2212 after)");
        headers.add("Saving (%)");
        SheetTable table = new SheetTable(sheet, styles, 0, 0, headers.toArray(String[]::new));
        List<Reports.SummaryRow> rows = Reports.summaryRows(model.currency());
        for (Reports.SummaryRow summaryRow : rows) {
            table.row().text(summaryRow.label(), styles.label());
            for (Figures figures : columns.values()) {
                table.number(summaryRow.figure().apply(figures), styles.integer());
            }
            Double before = summaryRow.figure().apply(model.before());
            Double after = summaryRow.figure().apply(model.after());
            boolean comparable = before != null && after != null;
            table.number(comparable ? before - after : null, styles.integer());
            table.number(comparable && before != 0 ? (before - after) / before : null, styles.percent());
        }
        table.row().text("Score", styles.label()).text(null).text(model.solver().score());
        table.text(model.baseline().firstFitDecreasing().score()).text(model.baseline().powerAwareBestFit().score());
        int infoRow = table.lastRow() + 2;
        table.finish(false);
        sheet.createFreezePane(1, 1);

        List<String[]> info = new ArrayList<>(List.<String[]>of(
                new String[] {"Inventory", model.inventory()},
                new String[] {"Run", runId},
                new String[] {"Solver score", model.solver().score()},
                new String[] {"Feasible", model.solver().feasible() ? "yes" : "no"},
                new String[] {"Time limit (s)", Long.toString(model.solver().timeLimitSeconds())},
                new String[] {"Seed", Long.toString(model.solver().seed())},
                new String[] {"Workloads moved", Long.toString(model.movedWorkloads())},
                new String[] {"Unplaced workloads", Integer.toString(model.unplaced().size())},
                new String[] {"Migration waves", Integer.toString(model.migrations().size())},
                new String[] {"Findings", Reports.findingCounts(model)},
                new String[] {"Throughput", model.simulation().verdict()}));
        if (model.comparison() != null && model.comparison().gap() != null) {
            info.add(new String[] {"Against the lower bound", model.comparison().gap()});
        }
        if (model.comparison() != null) {
            info.add(new String[] {"Energy of the plan", model.comparison().energy()});
            if (model.comparison().yearlyCost() != null) {
                info.add(new String[] {"Yearly cost against the baselines", model.comparison().yearlyCost().summary()});
            }
        }
        if (model.rightSizing() != null) {
            info.add(new String[] {"Right-sizing", model.rightSizing().text()});
        }
        // What the reader assumed (an RVTools export's defaults) belongs beside the figures it shaped.
        model.warnings().forEach(warning -> info.add(new String[] {"Reader warning", warning}));
        for (String[] line : info) {
            Row row = sheet.createRow(infoRow++);
            Cell label = row.createCell(0);
            label.setCellValue(line[0]);
            label.setCellStyle(styles.label());
            row.createCell(1).setCellValue(ControlCharacters.forWorkbook(line[1]));
        }

        int lastColumn = headers.size();
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(0, 0, 1, columns.size()));
        WorkbookCharts.columns(sheet, "Active hosts", "hosts", lastColumn + 1, 0, lastColumn + 9, 18, names,
                List.of(new WorkbookCharts.Series("Active hosts",
                        WorkbookCharts.cells(sheet, new CellRangeAddress(1, 1, 1, columns.size())))));
        WorkbookCharts.columns(sheet, "Energy (kWh/year)", "kWh/year", lastColumn + 1, 19, lastColumn + 9, 37, names,
                List.of(new WorkbookCharts.Series("Energy (kWh/year)",
                        WorkbookCharts.cells(sheet, new CellRangeAddress(5, 5, 1, columns.size())))));
    }

    private static void placement(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Workload", "Kind", "From host", "To host", "Moved",
                "Reason (main constraints)");
        for (PlacementRow placement : model.placements()) {
            table.row().text(placement.workload()).text(placement.kind()).text(placement.from()).text(placement.to())
                    .text(placement.moved() ? "yes" : "no").text(placement.reason());
        }
        finish(sheet, table);
    }

    private static void unplaced(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Workload", "Kind", "Runs today on", "Why no host takes it");
        for (UnplacedRow workload : model.unplaced()) {
            table.row().text(workload.workload()).text(workload.kind()).text(workload.from()).text(workload.reason());
        }
        finish(sheet, table);
    }

    private static void hosts(Sheet sheet, XSSFWorkbook template, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Host", "Model", "Rack", "Cluster",
                "CPU before (%)", "CPU after (%)", "Memory before (%)", "Memory after (%)",
                "Storage before (%)", "Storage after (%)", "Network before (%)", "Network after (%)",
                "Power before (W)", "Planned power (W)", "Action");
        // Beside the hosts, their distribution over utilisation bands, which the chart shows. Its rows are written
        // with the first host rows, while the streamed sheet still holds them.
        Map<String, List<Double>> histogram = UtilizationHistogram.of(model.hosts());
        List<String> bands = UtilizationHistogram.bands();
        List<String> histogramHeaders = new ArrayList<>(List.of("Utilisation (%)"));
        histogram.keySet().forEach(series -> histogramHeaders.add(series + " (hosts)"));
        SheetTable distribution = new SheetTable(sheet, styles, 0, HISTOGRAM_COLUMN,
                histogramHeaders.toArray(String[]::new));
        int band = 0;
        for (HostRow host : model.hosts()) {
            table.row().text(host.host()).text(host.model()).text(host.rack()).text(host.cluster())
                    .number(host.before().cpu(), styles.percent()).number(host.after().cpu(), styles.percent())
                    .number(host.before().memory(), styles.percent()).number(host.after().memory(), styles.percent())
                    .number(host.before().storage(), styles.percent()).number(host.after().storage(), styles.percent())
                    .number(host.before().network(), styles.percent()).number(host.after().network(), styles.percent())
                    .number(host.powerWattsBefore(), styles.integer()).number(host.plannedPowerWatts(), styles.integer())
                    .text(host.action().label());
            if (band < bands.size()) {
                histogramRow(distribution, bands, histogram, band++);
            }
        }
        while (band < bands.size()) {
            histogramRow(distribution, bands, histogram, band++);
        }
        finish(sheet, table);
        distribution.finish(false);

        // The chart goes on the streamed sheet's XSSF twin, whose drawing SXSSF writes out with the rows.
        String name = sheet.getSheetName();
        XDDFDataSource<String> names = WorkbookCharts.names(name,
                new CellRangeAddress(1, bands.size(), HISTOGRAM_COLUMN, HISTOGRAM_COLUMN), bands.toArray(String[]::new));
        List<WorkbookCharts.Series> series = new ArrayList<>();
        int column = HISTOGRAM_COLUMN + 1;
        for (Map.Entry<String, List<Double>> one : histogram.entrySet()) {
            series.add(new WorkbookCharts.Series(one.getKey(), WorkbookCharts.values(name,
                    new CellRangeAddress(1, bands.size(), column, column), one.getValue().toArray(Double[]::new))));
            column++;
        }
        WorkbookCharts.columns(template.getSheet(name), "Running hosts by CPU and memory utilisation", "hosts",
                HISTOGRAM_COLUMN, bands.size() + 2, HISTOGRAM_COLUMN + 8, bands.size() + 24, names, series);
    }

    private static void histogramRow(SheetTable distribution, List<String> bands, Map<String, List<Double>> histogram,
                                     int band) {
        distribution.row().text(bands.get(band));
        histogram.values().forEach(counts -> distribution.number(counts.get(band), distribution.styles().integer()));
    }

    private static void racks(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Rack", "Site", "Hosts before", "Hosts after",
                "Units used (U)", "Units total (U)", "Planned power (W)", "Power budget (W)", "Power used (%)");
        for (RackRow rack : model.racks()) {
            table.row().text(rack.rack()).text(rack.site()).integer(rack.hostsBefore()).integer(rack.hostsAfter())
                    .integer(rack.unitsUsed()).integer(rack.unitsTotal()).number(rack.powerWatts(), styles.integer())
                    .number(rack.powerBudgetWatts(), styles.integer()).number(rack.powerShare(), styles.percent());
        }
        finish(sheet, table);
    }

    private static void migrations(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Wave", "Workload", "From host", "To host",
                "Memory (GiB)", "Mode", "Est. duration (s)", "Downtime (ms)");
        for (MigrationWave wave : model.migrations()) {
            for (MigrationRow move : wave.moves()) {
                table.row().integer(wave.wave()).text(move.workload()).text(move.from()).text(move.to())
                        .number(move.memoryGib(), styles.decimal()).text(move.mode().label())
                        .number(move.durationSeconds(), styles.decimal()).number(move.downtimeMillis(), styles.integer());
            }
        }
        finish(sheet, table);
    }

    private static void findings(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Severity", "Rule", "Category", "Subject", "Message",
                "Recommendation");
        for (FindingRow finding : Reports.mostSevereFirst(model.findings())) {
            table.row().text(finding.severity(), styles.severity(finding.severity())).text(finding.ruleId())
                    .text(finding.category()).text(finding.subject()).text(finding.message())
                    .text(finding.recommendation());
        }
        finish(sheet, table);
    }

    private static void simulation(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SimulationSummary simulation = model.simulation();
        SheetTable scenarios = new SheetTable(sheet, styles, 0, 0, "Scenario", "Delivered (%)",
                "Workloads below target", "Energy (kWh)", "Peak host utilisation (%)", "Limited by");
        for (CaseRow scenario : simulation.scenarios()) {
            scenarios.row().text(scenario.name()).number(scenario.deliveredRatio(), styles.percent())
                    .integer(scenario.workloadsBelowTarget()).number(scenario.energyKwh(), styles.decimal())
                    .number(scenario.peakHostUtilization(), styles.percent()).text(scenario.limitedBy());
        }
        scenarios.row();
        scenarios.row().text("Horizon (h)", styles.label()).number(simulation.horizonHours(), styles.decimal());
        scenarios.row().text("Step (min)", styles.label()).number(simulation.stepMinutes(), styles.decimal());
        scenarios.row().text("Throughput", styles.label()).text(simulation.verdict());
        scenarios.finish(false);
    }

    /** Per workload of the plan's day, on a sheet of its own: a streamed sheet cannot go back to row 0 beside it. */
    private static void simulatedWorkloads(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable workloads = new SheetTable(sheet, styles, 0, 0, "Workload (after)", "Min delivered (%)",
                "P5 delivered (%)", "Limited by");
        for (ThroughputRow workload : model.simulation().afterWorkloads()) {
            workloads.row().text(workload.workload()).number(workload.minDeliveredRatio(), styles.percent())
                    .number(workload.p5DeliveredRatio(), styles.percent()).text(workload.limitedBy());
        }
        finish(sheet, workloads);
    }

    private static void score(Sheet sheet, WorkbookStyles styles, ReportModel model) {
        SheetTable table = new SheetTable(sheet, styles, 0, 0, "Constraint", "Score", "Matches",
                "Largest penalties, explained");
        for (ScoreRow constraint : model.scoreAnalysis()) {
            table.row().text(constraint.constraint()).text(constraint.score()).integer(constraint.matchCount())
                    .text(String.join("; ", constraint.topJustifications()));
        }
        finish(sheet, table);
    }

    private static void finish(Sheet sheet, SheetTable table) {
        table.finish(true);
        sheet.createFreezePane(0, 1);
    }
}
