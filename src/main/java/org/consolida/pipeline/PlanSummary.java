package org.consolida.pipeline;

import java.util.Locale;

import org.consolida.pipeline.PlanDocument.Figures;

/** The short before/after text the plan command prints. */
public final class PlanSummary {
    private PlanSummary() {
    }

    public static String of(PlanDocument document, java.nio.file.Path planJson) {
        StringBuilder text = new StringBuilder();
        long moved = document.placements().stream().filter(PlanDocument.PlacementEntry::moved).count();
        int placed = document.placements().size();
        int total = placed + document.unplaced().size();
        text.append(String.format(Locale.ROOT, "%s: %s plan, %d of %d workloads placed, %d moved, score %s%n",
                document.inventory(), document.solver().feasible() ? "feasible" : "INFEASIBLE", placed, total, moved,
                document.solver().score()));
        String currency = document.currency();
        text.append(String.format(Locale.ROOT, "%-22s %8s %6s %10s %14s %13s %11s%n", "", "hosts", "racks",
                "power W", "energy kWh/y", "energy " + currency + "/y", "CO2 kg/y"));
        row(text, "today", document.before());
        row(text, "plan", document.after());
        row(text, "first-fit decreasing", document.baseline().firstFitDecreasing());
        row(text, "power-aware best fit", document.baseline().powerAwareBestFit());
        text.append(String.format(Locale.ROOT, "%-22s %8d %6s %10s %14.0f%n", "lower bound",
                document.lowerBound().activeHosts(), "", "", document.lowerBound().energyKwhPerYear()));
        text.append("energy: ").append(document.comparison().energy()).append(System.lineSeparator());
        if (!document.unplaced().isEmpty()) {
            text.append("unplaced: ").append(String.join(", ",
                            document.unplaced().stream().map(PlanDocument.UnplacedEntry::workload).limit(20).toList()))
                    .append(document.unplaced().size() > 20 ? ", …" : "").append(System.lineSeparator());
        }
        text.append("written: ").append(planJson).append(System.lineSeparator());
        return text.toString();
    }

    private static void row(StringBuilder text, String label, Figures figures) {
        text.append(String.format(Locale.ROOT, "%-22s %8d %6d %10.0f %14.0f %13.0f %11.0f%n", label,
                figures.activeHosts(), figures.activeRacks(), figures.powerWatts(), figures.energyKwhPerYear(),
                figures.costPerYear(), figures.co2KgPerYear()));
    }
}
