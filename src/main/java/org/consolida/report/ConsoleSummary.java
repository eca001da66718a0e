package org.consolida.report;

import java.util.Locale;

/** The few lines {@code plan} prints: before and after, the findings, the throughput verdict, where the files are. */
public final class ConsoleSummary {
    private ConsoleSummary() {
    }

    public static String text(ReportModel model, ReportFiles files) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Plan for %s: score %s (%s)%n", ControlCharacters.visible(model.inventory()),
                model.solver().score(), model.solver().feasible() ? "feasible" : "NOT feasible"));
        String row = "  %-22s %12s %14s %22s%n";
        out.append(String.format(Locale.ROOT, row, "", "before", "after", "saving"));
        for (Reports.SummaryRow summaryRow : Reports.summaryRows(model.currency())) {
            Double before = summaryRow.figure().apply(model.before());
            Double after = summaryRow.figure().apply(model.after());
            out.append(String.format(Locale.ROOT, row, summaryRow.label(), Numbers.whole(before),
                    Numbers.whole(after), Numbers.saving(before, after).replace('\u00a0', ' ')));
        }
        out.append(String.format(Locale.ROOT, "  Compared with: first-fit decreasing %s hosts, power-aware best fit %s"
                        + " hosts, lower bound %s hosts / %s kWh/year%n",
                Numbers.whole(Reports.toDouble(model.baseline().firstFitDecreasing().activeHosts())),
                Numbers.whole(Reports.toDouble(model.baseline().powerAwareBestFit().activeHosts())),
                Numbers.whole(Reports.toDouble(model.lowerBound().activeHosts())),
                Numbers.whole(model.lowerBound().energyKwhPerYear())));
        if (model.comparison() != null && model.comparison().yearlyCost() != null) {
            out.append("  ").append(model.comparison().yearlyCost().summary())
                    .append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "Moves: %d workloads in %d waves; unplaced: %d%n",
                model.migrationCount(), model.migrations().size(), model.unplaced().size()));
        out.append("Findings: ").append(Reports.findingCounts(model)).append(System.lineSeparator());
        out.append("Throughput: ").append(model.simulation().verdict()).append(System.lineSeparator());
        out.append("Reports (run ").append(files.runId()).append("):").append(System.lineSeparator());
        for (var path : new java.nio.file.Path[] {files.workbook(), files.page(), files.json()}) {
            out.append("  ").append(path).append(System.lineSeparator());
        }
        return out.toString();
    }
}
