package org.consolida.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What the three writers and the console share, so they list and label things the same way. */
final class Reports {
    private Reports() {
    }

    static List<FindingRow> mostSevereFirst(List<FindingRow> findings) {
        return findings.stream()
                .sorted(Comparator.comparing(FindingRow::severity, Severities.MOST_SEVERE_FIRST))
                .toList();
    }

    /** The summary's rows, each with its unit, and how to read it from one column of figures. */
    record SummaryRow(String label, Function<Figures, Double> figure) {
    }

    static List<SummaryRow> summaryRows(String currency) {
        return List.of(
                new SummaryRow("Active hosts", figures -> toDouble(figures.activeHosts())),
                new SummaryRow("Active racks", figures -> toDouble(figures.activeRacks())),
                new SummaryRow("Rack units (U)", figures -> toDouble(figures.rackUnits())),
                new SummaryRow("Power (W)", Figures::powerWatts),
                new SummaryRow("Energy (kWh/year)", Figures::energyKwhPerYear),
                new SummaryRow("Energy cost (" + currency + "/year)", Figures::costPerYear),
                new SummaryRow("CO\u2082 (kg/year)", Figures::co2KgPerYear));
    }

    static String findingCounts(ReportModel model) {
        Map<String, Long> counts = model.findingsBySeverity();
        if (counts.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((severity, count) -> parts.add(count + " " + severity.toLowerCase(Locale.ROOT)));
        return String.join(", ", parts);
    }

    static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
