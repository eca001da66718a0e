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
        return sample.toBuilder().placements(placements).build();
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
        hosts.add(HostRow.builder().host(HOSTILE_ID).model(first.model()).rack(first.rack()).cluster(first.cluster())
                .before(first.before()).after(first.after()).powerWattsBefore(first.powerWattsBefore())
                .plannedPowerWatts(first.plannedPowerWatts()).action(first.action()).build());
        List<FindingRow> findings = new ArrayList<>(sample.findings());
        findings.add(new FindingRow("HYP-001", "CRITICAL", "hypervisor", HOSTILE_ID, HOSTILE_ID + " is odd",
                "rename " + HOSTILE_ID));
        return sample.toBuilder().placements(placements).hosts(hosts).findings(findings).build();
    }

    /** The sample with an energy comparison, a reader's warning and what right-sizing would free. */
    static ReportModel withComparisonAndWarnings() {
        ReportModel sample = sample();
        return sample.toBuilder()
                .comparison(new ReportModel.Comparison("1.2 × the lower bound",
                        List.of(new ReportModel.CostDifference("Energy cost", -120.5)), List.of()))
                .warnings(List.of("x.xlsx: vHost: warning: assumed: rack unassigned-1"))
                .rightSizing(new RightSizingSummary(1, 3, 10,
                        List.of(new RightSizingSummary.Suggestion("web01", 4, 1, 16, 6))))
                .build();
    }

    /** The sample as if the simulation had not run and the review found nothing. */
    static ReportModel withoutSimulationOrFindings() {
        ReportModel sample = sample();
        return sample.toBuilder().migrations(List.of()).findings(List.of()).simulation(SimulationSummary.notRun())
                .build();
    }

    /** The sample with a scenario per host failure of a large fleet: more rows than a streamed sheet keeps in memory. */
    static ReportModel withManyScenarios(int count) {
        ReportModel sample = sample();
        List<CaseRow> scenarios = new ArrayList<>(sample.simulation().scenarios());
        for (int i = 0; i < count; i++) {
            scenarios.add(new CaseRow("failure:h" + i, 0.99, 1, null, 0.9, "cpu 1"));
        }
        SimulationSummary simulation = new SimulationSummary(sample.simulation().horizonHours(),
                sample.simulation().stepMinutes(), scenarios, sample.simulation().afterWorkloads());
        return sample.toBuilder().simulation(simulation).build();
    }
}
