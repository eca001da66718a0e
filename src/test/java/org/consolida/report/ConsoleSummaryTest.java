package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {
    private final ReportModel model = ReportFixtures.sample();
    private final ReportFiles files = new ReportFiles(Path.of("reports/demo/plan.xlsx"),
            Path.of("reports/demo/report.html"), Path.of("reports/demo/plan.json"), "20261130T120000Z-0123abcd");

    @Test
    void showsActiveHostsBeforeAndAfterWithTheSaving() {
        String text = ConsoleSummary.text(model, files);

        int before = model.before().activeHosts();
        int after = model.after().activeHosts();
        assertThat(text).containsPattern("Active hosts\\s+" + before + "\\s+" + after + "\\s+" + (before - after) + " \\(");
    }

    @Test
    void countsFindingsBySeverityMostSevereFirst() {
        String text = ConsoleSummary.text(model, files);

        long critical = model.findings().stream().filter(finding -> finding.severity().equals("CRITICAL")).count();
        long info = model.findings().stream().filter(finding -> finding.severity().equals("INFO")).count();
        assertThat(text).containsPattern("Findings: " + critical + " critical, \\d+ warning, " + info + " info");
    }

    @Test
    void givesTheThroughputVerdictAndThePathsOfTheThreeFiles() {
        String text = ConsoleSummary.text(model, files);

        assertThat(text).contains("Throughput: met").contains(Path.of("reports/demo/plan.xlsx").toString())
                .contains(Path.of("reports/demo/report.html").toString())
                .contains(Path.of("reports/demo/plan.json").toString())
                .contains("Reports (run 20261130T120000Z-0123abcd):");
    }

    @Test
    void saysWhenThroughputWasNotSimulated() {
        assertThat(ConsoleSummary.text(ReportFixtures.withoutSimulationOrFindings(), files))
                .contains("Throughput: not simulated").contains("Findings: none");
    }
}
