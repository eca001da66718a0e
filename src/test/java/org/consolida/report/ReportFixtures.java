package org.consolida.report;

import java.util.ArrayList;
import java.util.List;

import org.consolida.bench.SyntheticReports;

/** Report models for the tests: the sample run of 36 hosts and 96 workloads, and variants of it. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** Every section filled: baselines, a lower bound, moves in waves, findings of three severities, four scenarios. */
    static ReportModel sample() {
        return SyntheticReports.sample();
    }

    /** The sample with a workload whose name and reason are markup, as a careless inventory might hold. */
    static ReportModel withMarkupInNames() {
        ReportModel sample = sample();
        List<PlacementRow> placements = new ArrayList<>(sample.placements());
        placements.add(new PlacementRow("<script>alert(1)</script>", "VM", "esx-ams1-r01-h01", "esx-ams1-r01-h02",
                true, "<img src=\"https://example.com/x.png\">"));
        return new ReportModel(sample.inventory(), sample.solver(), sample.before(), sample.after(),
                sample.baseline(), sample.lowerBound(), sample.currency(), placements, sample.unplaced(),
                sample.hosts(), sample.racks(), sample.migrations(), sample.findings(), sample.simulation(),
                sample.scoreAnalysis());
    }

    /** An id as a hostile inventory might hold: NUL, an ANSI colour escape, a bell, a DEL, and OOXML's own escape. */
    static final String HOSTILE_ID = "vm-\u0000-\u001B[31mred\u001B[0m-\u0007-\u007F-_x0041_-end";

    /** The sample with one more placement, move, host and finding named by {@link #HOSTILE_ID}. */
    static ReportModel withHostileIds() {
        ReportModel sample = sample();
        List<PlacementRow> placements = new ArrayList<>(sample.placements());
        placements.add(new PlacementRow(HOSTILE_ID, "VM", "esx-ams1-r01-h01", HOSTILE_ID, true, "Energy cost"));
        List<HostRow> hosts = new ArrayList<>(sample.hosts());
        HostRow first = sample.hosts().get(0);
        hosts.add(new HostRow(HOSTILE_ID, first.model(), first.rack(), first.cluster(), first.before(), first.after(),
                first.powerWattsBefore(), first.plannedPowerWatts(), first.action()));
        List<FindingRow> findings = new ArrayList<>(sample.findings());
        findings.add(new FindingRow("HYP-001", "CRITICAL", "hypervisor", HOSTILE_ID, HOSTILE_ID + " is odd",
                "rename " + HOSTILE_ID));
        return new ReportModel(sample.inventory(), sample.solver(), sample.before(), sample.after(),
                sample.baseline(), sample.lowerBound(), sample.currency(), placements, sample.unplaced(),
                hosts, sample.racks(), sample.migrations(), findings, sample.simulation(), sample.scoreAnalysis());
    }

    /** The sample with an energy comparison and a reader's warning. */
    static ReportModel withComparisonAndWarnings() {
        ReportModel sample = sample();
        return new ReportModel(sample.inventory(), sample.solver(), sample.before(), sample.after(),
                sample.baseline(), sample.lowerBound(), sample.currency(), sample.placements(), sample.unplaced(),
                sample.hosts(), sample.racks(), sample.migrations(), sample.findings(), sample.simulation(),
                sample.scoreAnalysis(), new ReportModel.Comparison("1.2 × the lower bound",
                List.of(new ReportModel.CostDifference("Energy cost", -120.5)), List.of()),
                List.of("x.xlsx: vHost: warning: assumed: rack unassigned-1"));
    }

    /** The sample as if the simulation had not run and the review found nothing. */
    static ReportModel withoutSimulationOrFindings() {
        ReportModel sample = sample();
        return new ReportModel(sample.inventory(), sample.solver(), sample.before(), sample.after(),
                sample.baseline(), sample.lowerBound(), sample.currency(), sample.placements(), sample.unplaced(),
                sample.hosts(), sample.racks(), List.of(), List.of(), SimulationSummary.notRun(),
                sample.scoreAnalysis());
    }

    /** The sample with a scenario per host failure of a large fleet: more rows than a streamed sheet keeps in memory. */
    static ReportModel withManyScenarios(int count) {
        ReportModel sample = sample();
        List<ScenarioResult> scenarios = new ArrayList<>(sample.simulation().scenarios());
        for (int i = 0; i < count; i++) {
            scenarios.add(new ScenarioResult("failure:h" + i, 0.99, 1, null, 0.9, "cpu 1"));
        }
        SimulationSummary simulation = new SimulationSummary(sample.simulation().horizonHours(),
                sample.simulation().stepMinutes(), scenarios, sample.simulation().afterWorkloads());
        return new ReportModel(sample.inventory(), sample.solver(), sample.before(), sample.after(),
                sample.baseline(), sample.lowerBound(), sample.currency(), sample.placements(), sample.unplaced(),
                sample.hosts(), sample.racks(), sample.migrations(), sample.findings(), simulation,
                sample.scoreAnalysis());
    }
}
