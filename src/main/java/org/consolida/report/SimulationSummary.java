package org.consolida.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The simulated runtime's results: one line per scenario, and per workload for the plan ({@code after}). */
public record SimulationSummary(double horizonHours, double stepMinutes, List<CaseRow> scenarios,
                                List<ThroughputRow> afterWorkloads) {
    public static final String AFTER = "after";

    public SimulationSummary {
        scenarios = List.copyOf(scenarios);
        afterWorkloads = List.copyOf(afterWorkloads);
    }

    /** For a run without simulation: the reports say so instead of showing empty tables. */
    public static SimulationSummary notRun() {
        return new SimulationSummary(0, 0, List.of(), List.of());
    }

    public Optional<CaseRow> scenario(String name) {
        return scenarios.stream().filter(scenario -> scenario.name().equals(name)).findFirst();
    }

    /** One line saying whether the plan delivers the throughput its workloads need. */
    public String verdict() {
        return scenario(AFTER)
                .map(after -> after.workloadsBelowTarget() == 0
                        ? String.format(Locale.ROOT,
                                "met: the plan delivers %.1f %% of demanded throughput, no workload below target",
                                after.deliveredRatio() * 100)
                        : String.format(Locale.ROOT,
                                "MISSED: %d workload(s) below target, %.1f %% of demand delivered, limited by %s",
                                after.workloadsBelowTarget(), after.deliveredRatio() * 100, after.limitedBy()))
                .orElse("not simulated");
    }

    /** Whether the plan's throughput was simulated and met for every workload. */
    public boolean throughputMet() {
        return scenario(AFTER).map(after -> after.workloadsBelowTarget() == 0).orElse(false);
    }
}
