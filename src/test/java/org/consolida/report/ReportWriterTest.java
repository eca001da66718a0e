package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            assertThat(listed.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("plan.xlsx", "report.html", "plan.json");
        }
    }

    @Test
    void replacesTheReportsOfAnEarlierRun() throws IOException {
        Files.writeString(folder.resolve("plan.json"), "stale");

        ReportWriter.writeAll(ReportFixtures.sample(), folder);

        assertThat(Files.readString(folder.resolve("plan.json"))).contains("consolida.plan/1").doesNotContain("stale");
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
