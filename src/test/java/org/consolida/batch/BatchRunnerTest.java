package org.consolida.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The batch runner with a stand-in plan run that writes a plan.json from the scenario's inventory, so that isolation,
 * resume and the comparison can be checked without the solver.
 */
class BatchRunnerTest {
    @TempDir
    Path dir;
    private Path out;
    private final List<String> planned = Collections.synchronizedList(new ArrayList<>());

    /** Inventory files hold the number of old hosts; "broken" is not a number, like an unreadable inventory. */
    private Inventory read(Path file) {
        try {
            String text = Files.readString(file).strip();
            if (!text.matches("\\d+")) {
                throw InvalidInputException.of(file.toString(), "A1", "\"" + text + "\" is not a number");
            }
            return TestDatacenter.oldFleet(file.getFileName().toString(), Integer.parseInt(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int plan(Inventory inventory, Scenario scenario, Path outDir) throws IOException {
        planned.add(scenario.name());
        ObjectMapper json = new ObjectMapper();
        ObjectNode plan = json.createObjectNode();
        plan.putObject("before").put("activeHosts", inventory.hosts().size())
                .put("energyKwhPerYear", inventory.hosts().stream().mapToDouble(h -> h.model().powerCurve().idleWatts()).sum() * 8.76);
        plan.putObject("after").put("activeHosts", (inventory.workloads().size() + 3) / 4)
                .put("energyKwhPerYear", inventory.workloads().stream().mapToDouble(w -> w.cpuGhz()).sum() * 100);
        plan.putArray("unplaced");
        plan.putArray("placements").addObject().put("workload", "w0").put("moved", true);
        json.writeValue(outDir.resolve("plan.json").toFile(), plan);
        return 0;
    }

    private List<ScenarioResult> run(boolean force) {
        Manifest manifest = ManifestReader.read(dir.resolve("batch.json"));
        List<ScenarioResult> results = new BatchRunner(this::read, this::plan, null, "test")
                .run(manifest, out, 2, force, r -> { });
        ComparisonWriter.write(results, out);
        return results;
    }

    @BeforeEach
    void manifest() throws IOException {
        out = dir.resolve("out");
        Files.writeString(dir.resolve("small.inv"), "4");
        Files.writeString(dir.resolve("large.inv"), "8");
        Files.writeString(dir.resolve("broken.inv"), "lots");
        Files.writeString(dir.resolve("batch.json"), """
                {"defaults": {"inventory": "small.inv", "timeLimit": "1s"},
                 "scenarios": [{"name": "as-is"},
                               {"name": "growth", "demandGrowthPct": {"cpu": 30}},
                               {"name": "broken", "inventory": "broken.inv"},
                               {"name": "large", "inventory": "large.inv"}]}
                """);
    }

    @Test
    void aBrokenScenarioFailsAloneAndIsNamedInTheComparison() throws IOException {
        List<ScenarioResult> results = run(false);

        assertThat(results).extracting(ScenarioResult::scenario, ScenarioResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("as-is", ScenarioResult.Status.PLANNED),
                org.assertj.core.groups.Tuple.tuple("growth", ScenarioResult.Status.PLANNED),
                org.assertj.core.groups.Tuple.tuple("broken", ScenarioResult.Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("large", ScenarioResult.Status.PLANNED));
        assertThat(results.get(2).error()).contains("broken.inv: A1: \"lots\" is not a number");
        assertThat(Files.readString(out.resolve("comparison.html"))).contains("broken.inv: A1: &quot;lots&quot; is not a number");
        assertThat(out.resolve("large/plan.json")).exists();
    }

    @Test
    void theComparisonHoldsTheFiguresOfEachPlanJsonAndTheirDifferenceFromTheFirst() throws IOException {
        List<ScenarioResult> results = run(false);

        try (InputStream in = Files.newInputStream(out.resolve("comparison.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Comparison");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            int energyColumn = 4 + Figure.ENERGY_AFTER.ordinal();
            int deltaColumn = 4 + Figure.values().length + Figure.ENERGY_AFTER.ordinal();
            for (int i = 0; i < results.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(results.get(i).scenario());
                if (results.get(i).status() == ScenarioResult.Status.FAILED) {
                    assertThat(row.getCell(energyColumn)).isNull();
                    continue;
                }
                double fromPlan = new ObjectMapper().readTree(out.resolve(results.get(i).scenario()).resolve("plan.json")
                        .toFile()).at("/after/energyKwhPerYear").doubleValue();
                assertThat(row.getCell(energyColumn).getNumericCellValue()).isEqualTo(fromPlan);
                double first = sheet.getRow(1).getCell(energyColumn).getNumericCellValue();
                assertThat(row.getCell(deltaColumn).getNumericCellValue()).isEqualTo(fromPlan - first);
            }
        }
        assertThat(results.get(1).figures().get(Figure.ENERGY_AFTER))
                .isGreaterThan(results.get(0).figures().get(Figure.ENERGY_AFTER));
    }

    @Test
    void aSecondRunSkipsUnchangedScenariosAndRerunsThoseWhoseInventoryChanged() throws IOException {
        run(false);
        planned.clear();

        List<ScenarioResult> again = run(false);
        assertThat(planned).isEmpty();
        assertThat(again).filteredOn(r -> r.status() == ScenarioResult.Status.UNCHANGED).hasSize(3);
        assertThat(again.get(0).figures()).isNotEmpty();

        Files.writeString(dir.resolve("large.inv"), "10");
        run(false);
        assertThat(planned).containsExactly("large");

        planned.clear();
        run(true);
        assertThat(planned).containsExactlyInAnyOrder("as-is", "growth", "large");
    }

    @Test
    void aChangedScenarioSettingRerunsOnlyThatScenario() throws IOException {
        run(false);
        planned.clear();
        Files.writeString(dir.resolve("batch.json"), Files.readString(dir.resolve("batch.json"))
                .replace("{\"cpu\": 30}", "{\"cpu\": 40}"));

        run(false);

        assertThat(planned).containsExactly("growth");
    }

    @Test
    void eachScenarioPlansItsOwnInventory() {
        Map<Figure, Double> figures = run(false).get(3).figures();
        assertThat(figures.get(Figure.HOSTS_BEFORE)).isEqualTo(8);
    }
}
