package org.consolida.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;
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
    private final Map<String, MeasuredDemand> measuredBy = new ConcurrentHashMap<>();

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

    private int plan(Inventory inventory, List<Problem> warnings, MeasuredDemand measured, Scenario scenario,
                     Path outDir) throws IOException {
        planned.add(scenario.name());
        measuredBy.put(scenario.name(), measured);
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
        List<ScenarioResult> results;
        try (ScenarioExecutor executor = new InProcessExecutor(this::read, this::plan, 2, "")) {
            results = new BatchRunner(null, "test").run(manifest, out, force, executor, r -> { });
        }
        ComparisonWriter.write(results, out);
        return results;
    }

    private List<ScenarioResult> runShard(Shard shard, Path folder) {
        Manifest manifest = ManifestReader.read(dir.resolve("batch.json"));
        Manifest mine = new Manifest(manifest.file(), shard.select(manifest.scenarios()));
        try (ScenarioExecutor executor = new InProcessExecutor(this::read, this::plan, 2, "shard " + shard)) {
            return new BatchRunner(null, "test").run(mine, folder, false, executor, r -> { });
        }
    }

    private List<ScenarioResult> merge(Path folder) {
        List<ScenarioResult> results = new BatchRunner(null, "test").merge(ManifestReader.read(dir.resolve("batch.json")),
                folder);
        ComparisonWriter.write(results, folder);
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
    void aScenarioWithAHistoryPlansFromItAtItsOwnPercentileBeforeItsDemandGrowth() throws IOException {
        // w0 of the old fleet: 20 samples of 100 … 2,000 MHz; the others keep 1.5 GHz.
        StringBuilder csv = new StringBuilder("timestamp,entity,metric,value\n");
        for (int i = 0; i < 20; i++) {
            csv.append(java.time.LocalDateTime.of(2025, 3, 3, 10, 0).plusMinutes(5L * i)).append(",w0,cpu.usagemhz.average,")
                    .append(100 * (i + 1)).append('\n');
        }
        Files.writeString(dir.resolve("history.csv"), csv);
        Files.writeString(dir.resolve("batch.json"), """
                {"defaults": {"inventory": "small.inv", "history": "history.csv"},
                 "scenarios": [{"name": "p95"},
                               {"name": "p50", "historyCpuPercentile": 50},
                               {"name": "p50-grown", "historyCpuPercentile": 50, "demandGrowthPct": {"cpu": 100}}]}
                """);

        List<ScenarioResult> results = run(false);

        // The stand-in plan's energy is 100 × the sum of cpu_ghz: 7 workloads at 1.5 GHz and w0 at its percentile.
        assertThat(results.get(0).figures().get(Figure.ENERGY_AFTER)).isCloseTo((7 * 1.5 + 1.9) * 100,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(results.get(1).figures().get(Figure.ENERGY_AFTER)).isCloseTo((7 * 1.5 + 1.0) * 100,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(results.get(2).figures().get(Figure.ENERGY_AFTER)).isCloseTo((7 * 1.5 + 1.0) * 2 * 100,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(measuredBy.get("p50").of("w0").orElseThrow().cpuPeakGhz()).isEqualTo(2.0);

        // A changed history is a changed scenario.
        planned.clear();
        Files.writeString(dir.resolve("history.csv"), csv.toString().replace(",w0,cpu.usagemhz.average,2000",
                ",w0,cpu.usagemhz.average,2100"));
        run(false);
        assertThat(planned).containsExactlyInAnyOrder("p95", "p50", "p50-grown");
    }

    @Test
    void aBrokenScenarioFailsAloneAndIsNamedInTheComparison() throws IOException {
        List<ScenarioResult> results = run(false);

        assertThat(statuses(results)).containsExactly("as-is PLANNED", "growth PLANNED", "broken FAILED", "large PLANNED");
        assertThat(results.get(2).error()).contains("broken.inv: A1: \"lots\" is not a number");
        String html = Files.readString(out.resolve("comparison.html"));
        assertThat(html).contains("broken.inv: A1: &quot;lots&quot; is not a number").contains("1 scenario(s) failed")
                .doesNotContain("scenario(s) missing");
        assertThat(out.resolve("large/plan.json")).exists();
    }

    @Test
    void theComparisonHoldsTheFiguresOfEachPlanJsonAndTheirDifferenceFromTheFirst() throws IOException {
        List<ScenarioResult> results = run(false);

        try (InputStream in = Files.newInputStream(out.resolve("comparison.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Comparison");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            int energyColumn = ComparisonWriter.FIRST_FIGURE_COLUMN + Figure.ENERGY_AFTER.ordinal();
            int deltaColumn = ComparisonWriter.FIRST_FIGURE_COLUMN + Figure.values().length + Figure.ENERGY_AFTER.ordinal();
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

        // The objective is a setting too: an energy plan is not the cost plan already written.
        planned.clear();
        Files.writeString(dir.resolve("batch.json"), Files.readString(dir.resolve("batch.json"))
                .replace("{\"name\": \"as-is\"}", "{\"name\": \"as-is\", \"objective\": \"energy\"}"));

        run(false);

        assertThat(planned).containsExactly("as-is");
    }

    @Test
    void eachScenarioPlansItsOwnInventory() {
        Map<Figure, Double> figures = run(false).get(3).figures();
        assertThat(figures.get(Figure.HOSTS_BEFORE)).isEqualTo(8);
    }

    @Test
    void twoShardsMergedGiveTheFiguresOfTheRunInOneProcess() {
        List<ScenarioResult> inOne = run(false);
        Path sharded = dir.resolve("sharded");
        assertThat(runShard(new Shard(1, 2), sharded)).extracting(ScenarioResult::scenario).containsExactly("as-is", "growth");
        assertThat(runShard(new Shard(2, 2), sharded)).extracting(ScenarioResult::scenario).containsExactly("broken", "large");

        List<ScenarioResult> merged = merge(sharded);

        assertThat(merged).extracting(ScenarioResult::scenario, ScenarioResult::status, ScenarioResult::figures)
                .containsExactlyElementsOf(inOne.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.scenario(),
                        r.status(), r.figures())).toList());
        assertThat(merged).extracting(ScenarioResult::note)
                .containsExactly("shard 1/2", "shard 1/2", "", "shard 2/2");
        assertThat(merged.get(2).error()).isEqualTo(inOne.get(2).error()).contains("\"lots\" is not a number");

        planned.clear();
        assertThat(runShard(new Shard(1, 2), sharded)).extracting(ScenarioResult::status)
                .containsOnly(ScenarioResult.Status.UNCHANGED);
        assertThat(planned).as("a shard run again resumes").isEmpty();
    }

    @Test
    void aMergeNamesMissingAndStaleScenarios() throws IOException {
        Path sharded = dir.resolve("sharded");
        runShard(new Shard(1, 2), sharded);
        Files.writeString(dir.resolve("batch.json"), Files.readString(dir.resolve("batch.json"))
                .replace("{\"cpu\": 30}", "{\"cpu\": 40}"));

        List<ScenarioResult> merged = merge(sharded);

        assertThat(statuses(merged)).containsExactly("as-is PLANNED", "growth MISSING", "broken MISSING", "large MISSING");
        assertThat(merged.get(1).error()).contains("planned from other inputs than the manifest names now");
        assertThat(merged.get(3).error()).contains("no result in " + sharded.resolve("large"));
        assertThat(merged.get(1).figures()).isEmpty();
        String html = Files.readString(sharded.resolve("comparison.html"));
        assertThat(html).contains("3 scenario(s) missing").contains("its shard has not run");
    }

    @Test
    void aMergeOfAFolderThatIsNotThereIsInvalidInput() {
        assertThatThrownBy(() -> merge(dir.resolve("nowhere"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nowhere: no such folder");
    }

    /** Each result as "scenario STATUS", in order. */
    private static List<String> statuses(List<ScenarioResult> results) {
        return results.stream().map(result -> result.scenario() + " " + result.status()).toList();
    }
}
