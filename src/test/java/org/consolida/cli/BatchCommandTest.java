package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.batch.ComparisonWriter;
import org.consolida.batch.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped what-if batch through the real pipeline, with a shorter search so the test stays quick. */
class BatchCommandTest {
    @TempDir
    Path dir;

    private Path example(String extraScenario) throws IOException {
        Files.copy(Path.of("datasets/demo-datacenter.xlsx"), dir.resolve("demo-datacenter.xlsx"));
        String manifest = Files.readString(Path.of("datasets/what-if.json")).replace("\"20s\"", "\"2s\"");
        if (extraScenario != null) {
            manifest = manifest.replace("{ \"name\": \"as-is\" },", "{ \"name\": \"as-is\" }, " + extraScenario + ",");
        }
        return Files.writeString(dir.resolve("what-if.json"), manifest);
    }

    @Test
    void theExampleBatchComparesEveryScenarioWithTheFiguresOfItsOwnPlanJson() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", example(null).toString(), "--out", out.toString(), "--quiet");

        assertThat(run.err()).isEmpty();
        List<String> scenarios = List.of("as-is", "demand-plus-30", "refresh-r7425", "n-plus-1");
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Files.newInputStream(out.resolve("comparison.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Comparison");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= scenarios.size(); r++) {
                Row row = sheet.getRow(r);
                String scenario = row.getCell(0).getStringCellValue();
                rows.add(scenario);
                assertThat(row.getCell(1).getStringCellValue()).startsWith("planned");
                JsonNode plan = json.readTree(out.resolve(scenario).resolve("plan.json").toFile());
                for (Figure figure : Figure.values()) {
                    Double fromPlan = figure.of(plan);
                    Cell cell = row.getCell(ComparisonWriter.FIRST_FIGURE_COLUMN + figure.ordinal());
                    if (fromPlan == null) {
                        assertThat(cell).as("%s of %s", figure, scenario).isNull();
                    } else {
                        assertThat(cell.getNumericCellValue()).as("%s of %s", figure, scenario).isEqualTo(fromPlan);
                    }
                }
            }
            assertThat(rows).containsExactlyElementsOf(scenarios);
        }
        assertThat(Files.readString(out.resolve("comparison.html"))).contains("demand-plus-30").contains("<svg");

        CliRun again = CliRun.of("batch", dir.resolve("what-if.json").toString(), "--out", out.toString(), "--quiet");
        assertThat(again.out()).contains("unchanged (not rerun)");
        assertThat(again.out()).doesNotContain(" planned");
    }

    @Test
    void aBrokenScenarioFailsAloneAndTheBatchExitsOne() throws IOException {
        Files.writeString(dir.resolve("broken.xlsx"), "this is not a workbook");
        Path manifest = example("{ \"name\": \"broken\", \"inventory\": \"broken.xlsx\" }");
        String onlyTwo = Files.readString(manifest).replaceAll(",\\s*\\{ \"name\": \"(demand-plus-30|refresh-r7425|n-plus-1)\"[^\\n]*\\}", "");
        Files.writeString(manifest, onlyTwo);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", manifest.toString(), "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_HOLDING);
        assertThat(run.out()).contains("broken").contains("failed").contains("broken.xlsx");
        assertThat(out.resolve("as-is/plan.json")).exists();
        assertThat(Files.readString(out.resolve("comparison.html"))).contains("broken.xlsx");
    }
}
