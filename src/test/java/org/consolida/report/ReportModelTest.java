package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportModelTest {
    private final ReportModel sample = ReportFixtures.sample();

    @Test
    void countsFindingsMostSevereFirstAndUnknownSeveritiesLast() {
        List<FindingRow> findings = List.of(finding("INFO"), finding("NOTICE"), finding("WARNING"),
                finding("CRITICAL"), finding("WARNING"));
        ReportModel model = withFindings(findings);

        assertThat(model.findingsBySeverity()).containsExactly(
                Map.entry("CRITICAL", 1L), Map.entry("WARNING", 2L),
                Map.entry("INFO", 1L), Map.entry("NOTICE", 1L));
        assertThat(Reports.mostSevereFirst(findings)).extracting(FindingRow::severity)
                .containsExactly("CRITICAL", "WARNING", "WARNING", "INFO", "NOTICE");
    }

    @Test
    void comparesTodayThePlanBothBaselinesAndTheLowerBoundInThatOrder() {
        assertThat(sample.summaryColumns()).containsKeys("Before", "After").hasSize(5);
        assertThat(sample.summaryColumns().keySet()).containsExactly("Before", "After", "First-fit decreasing",
                "Power-aware best fit", "Lower bound");
        assertThat(sample.summaryColumns().get("Lower bound")).isSameAs(sample.lowerBound());
    }

    @Test
    void aWaveLastsAsLongAsItsLongestMove() {
        MigrationWave wave = new MigrationWave(1, List.of(
                new MigrationRow("a", "h1", "h2", 8, MigrationMode.LIVE, 12.5, 200),
                new MigrationRow("b", "h1", "h3", 64, MigrationMode.COLD, 300, 300_000)));

        assertThat(wave.durationSeconds()).isEqualTo(300);
    }

    @Test
    void listsCannotBeChangedAfterAssembly() {
        assertThat(sample.placements()).isUnmodifiable();
        assertThat(sample.migrations().get(0).moves()).isUnmodifiable();
    }

    private static FindingRow finding(String severity) {
        return new FindingRow("R-1", severity, "test", "h1", "message", "recommendation");
    }

    private ReportModel withFindings(List<FindingRow> findings) {
        return sample.toBuilder().findings(findings).build();
    }
}
