package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesTheThreeFilesAndLeavesNoTemporaryFileBehind() throws IOException {
        Path out = folder.resolve("reports").resolve("demo-datacenter");

        ReportFiles files = ReportWriter.writeAll(ReportFixtures.sample(), out);

        assertThat(files.workbook()).isEqualTo(out.resolve("plan.xlsx")).isNotEmptyFile();
        assertThat(files.page()).isEqualTo(out.resolve("report.html")).isNotEmptyFile();
        assertThat(files.json()).isEqualTo(out.resolve("plan.json")).isNotEmptyFile();
        try (Stream<Path> listed = Files.list(out)) {
            // The lock file stays: deleting it would let a waiting run lock a file nobody else sees.
            assertThat(listed.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("plan.xlsx", "report.html", "plan.json", ".consolida.lock");
        }
    }

    @Test
    void replacesTheReportsOfAnEarlierRun() throws IOException {
        Files.writeString(folder.resolve("plan.json"), "stale");

        ReportWriter.writeAll(ReportFixtures.sample(), folder);

        assertThat(Files.readString(folder.resolve("plan.json"))).contains("consolida.plan/1").doesNotContain("stale");
    }

    @Test
    void theWorkbookSummaryCarriesTheEnergyComparisonAndTheReadersWarnings() throws IOException {
        ReportModel sample = ReportFixtures.sample();
        ReportModel model = sample.toBuilder()
                .comparison(new ReportModel.Comparison("1.2 × the lower bound", List.of(), List.of()))
                .warnings(List.of("x.xlsx: vHost: warning: assumed: rack unassigned-1"))
                .rightSizing(new RightSizingSummary(2, 5, 12.5, List.of())).build();

        ReportFiles files = ReportWriter.writeAll(model, folder);

        List<String> labels = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(files.workbook()))) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("Summary")) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    labels.add(row.getCell(0).getStringCellValue() + ": " + row.getCell(1).toString());
                }
            }
        }
        assertThat(labels).contains("Energy of the plan: 1.2 × the lower bound",
                "Reader warning: x.xlsx: vHost: warning: assumed: rack unassigned-1",
                "Right-sizing: right-sizing 2 workloads to their measured use would free 5 vCPUs and 12.5 GiB of "
                        + "memory");
    }

    @Test
    void writesAWorkbookWithMoreScenariosThanAStreamedSheetKeepsInMemory() throws IOException {
        ReportModel model = ReportFixtures.withManyScenarios(400);

        ReportFiles files = ReportWriter.writeAll(model, folder);

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(files.workbook()))) {
            assertThat(workbook.getSheet("Simulation").getLastRowNum())
                    .isGreaterThanOrEqualTo(model.simulation().scenarios().size());
        }
    }

    @Test
    void writesReportsForARunWithoutSimulationMigrationsOrFindings() throws IOException {
        ReportFiles files = ReportWriter.writeAll(ReportFixtures.withoutSimulationOrFindings(), folder);

        assertThat(Files.readString(files.page())).contains("The plan was not simulated")
                .contains("No workload moves").contains("found nothing to report");
    }
}
