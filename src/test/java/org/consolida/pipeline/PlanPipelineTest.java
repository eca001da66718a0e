package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.inventory.Inventory;
import org.consolida.io.ReadResult;
import org.consolida.planning.NominalMachines;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.simulation.SimulationSettings;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PlanPipelineTest {
    private static final SolveSettings QUICK = new SolveSettings(Duration.ofSeconds(10), null, 7L, 10_000L);

    @TempDir
    Path folder;

    /** No rules folder: these tests pin the planner's side of the pipeline; the rules have their own. */
    private static final PlanPipeline.Settings NO_RULES = new PlanPipeline.Settings(QUICK, null,
            SimulationSettings.defaults());

    private static PlanPipeline pipeline(Inventory inventory) {
        return new PlanPipeline(path -> new ReadResult(inventory, List.of()));
    }

    private static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(Files.readAllBytes(file));
    }

    private static PlanPipeline.Outcome plan(Inventory inventory, Path folder, PlanPipeline.Settings settings) {
        return pipeline(inventory).run(inventory, List.of(), folder, settings, SolveListener.NONE);
    }

    @Test
    void eachPenaltyIsExplainedInASentenceInTheJsonThePageAndTheWorkbook() throws IOException {
        Inventory inventory = NominalMachines.of(TestDatacenter.random(1, 8, 30).inventory());
        PlanPipeline.Outcome outcome = pipeline(inventory).run(Path.of("site.xlsx"), folder, NO_RULES,
                SolveListener.NONE);

        JsonNode energy = null;
        for (JsonNode constraint : read(outcome.files().json()).get("scoreAnalysis")) {
            if (constraint.get("constraint").asText().equals("energy")) {
                energy = constraint;
            }
        }
        assertThat(energy).isNotNull();
        JsonNode penalty = energy.get("penalties").get(0);
        String sentence = penalty.get("description").asText();
        // The record's fields, not its toString(), and the same sentence in every deliverable.
        assertThat(penalty.get("type").asText()).isEqualTo("HostEnergy");
        assertThat(penalty.get("justification").get("host").asText()).isNotBlank();
        assertThat(penalty.get("justification").get("centsPerYear").asLong()).isPositive();
        assertThat(sentence).startsWith("host " + penalty.get("justification").get("host").asText() + " runs at ")
                .doesNotContain("HostEnergy[");
        assertThat(energy.get("topJustifications").get(0).asText()).isEqualTo(sentence);
        assertThat(Files.readString(outcome.files().page())).contains("<li>" + sentence + "</li>");
        try (XSSFWorkbook workbook = new XSSFWorkbook(outcome.files().workbook().toFile())) {
            boolean found = false;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        found |= cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().contains(sentence);
                    }
                }
            }
            assertThat(found).as("the workbook holds " + sentence).isTrue();
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void planJsonHasTheDocumentedKeysAndOneShapeForEveryFigureSet() throws IOException {
        Inventory inventory = NominalMachines.of(TestDatacenter.random(1, 8, 30).inventory());
        PlanPipeline.Outcome outcome = pipeline(inventory).run(Path.of("site.xlsx"), folder, NO_RULES,
                SolveListener.NONE);

        JsonNode plan = read(outcome.files().json());
        assertThat(outcome.files().json()).isEqualTo(folder.resolve("plan.json"));
        assertThat(outcome.files().workbook()).exists();
        assertThat(outcome.files().page()).exists();
        List<String> keys = new ArrayList<>();
        plan.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("schema", "inventory", "currency", "solver", "before", "after", "baseline",
                "lowerBound", "placements", "unplaced", "migrations", "findings", "simulation", "scoreAnalysis");
        assertThat(plan.get("schema").asText()).isEqualTo("consolida.plan/1");
        assertThat(plan.get("solver").get("feasible").asBoolean()).isTrue();
        assertThat(plan.get("solver").get("seed").asLong()).isEqualTo(7);
        for (JsonNode figures : List.of(plan.get("before"), plan.get("after"),
                plan.get("baseline").get("firstFitDecreasing"), plan.get("baseline").get("powerAwareBestFit"))) {
            assertThat(figures.has("activeHosts") && figures.has("activeRacks") && figures.has("rackUnits")
                    && figures.has("powerWatts") && figures.has("energyKwhPerYear") && figures.has("costPerYear")
                    && figures.has("co2KgPerYear")).isTrue();
        }
        assertThat(plan.get("baseline").get("powerAwareBestFit").get("score").asText()).contains("soft");
        assertThat(plan.get("lowerBound").get("activeHosts").asInt()).isPositive();
        assertThat(plan.get("placements")).hasSize(30);
        JsonNode first = plan.get("placements").get(0);
        assertThat(first.get("workload").asText()).isEqualTo("w0");
        assertThat(first.get("from").asText()).isEqualTo("h0");
        assertThat(first.get("moved").asBoolean()).isEqualTo(!first.get("to").asText().equals("h0"));
        long moved = 0;
        for (JsonNode placement : plan.get("placements")) {
            moved += placement.get("moved").asBoolean() ? 1 : 0;
        }
        long migrated = 0;
        for (JsonNode wave : plan.get("migrations")) {
            migrated += wave.get("moves").size();
        }
        assertThat(migrated).as("every moved workload migrates in some wave").isEqualTo(moved);
        assertThat(plan.get("simulation").get("scenarios").findValuesAsText("name")).contains("before", "after");
        assertThat(plan.get("scoreAnalysis").findValuesAsText("constraint")).contains("energy", "capacity");
        assertThat(plan.get("before").has("score")).isFalse();
        assertThat(plan.get("comparison").get("energy").asText()).contains("kWh/y");
    }

    @Test
    void sameInventoryAndSeedWriteTheSamePlacements() throws IOException {
        Inventory inventory = NominalMachines.of(TestDatacenter.random(2, 12, 60).inventory());
        Path a = plan(inventory, folder.resolve("a"), NO_RULES).files().json();
        Path b = plan(inventory, folder.resolve("b"), NO_RULES).files().json();
        assertThat(read(b).get("placements")).isEqualTo(read(a).get("placements"));
    }

    @Test
    void overFullInventoryWritesAPlanNamingTheUnplaced() throws IOException {
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withVm("a", 6, 8).withVm("b", 6, 8);
        PlanPipeline.Outcome outcome = plan(NominalMachines.of(dc.inventory()), folder, NO_RULES);
        assertThat(outcome.holds()).isFalse();
        JsonNode plan = read(outcome.files().json());
        assertThat(plan.get("unplaced")).hasSize(1);
        assertThat(plan.get("placements")).hasSize(1);
        assertThat(plan.get("unplaced").get(0).get("workload").asText()).isIn("a", "b");
    }

    /**
     * A policy rule in a rules folder forbids workload a on h1: without the rule, a stays on h1 (moving costs); with
     * it, the plan moves a to h2.
     */
    @Test
    void aPolicyRuleInTheRulesFolderChangesThePlan() throws IOException {
        Inventory inventory = NominalMachines.of(new TestDatacenter().withHosts("h1", "h2").withVm("a", 1, 8, "h1")
                .inventory());
        Path rules = folder.resolve("rules");
        Files.createDirectories(rules.resolve("policy"));
        Files.createDirectories(rules.resolve("review"));
        Files.writeString(rules.resolve("policy/test.drl"), """
                package org.consolida.rules.policy;
                import org.consolida.inventory.*;
                import org.consolida.rules.*;
                rule "Keep a off h1"
                    @id("POL-900") @severity("WARNING") @category("test")
                when
                    $host : Host( id == "h1" )
                    $workload : Workload( id == "a" )
                then
                    insert(Restrictions.forbid(drools, $workload, $host, "a may not run on h1"));
                end
                """);
        PlanPipeline.Settings withRule = new PlanPipeline.Settings(QUICK, rules, null);

        PlanPipeline.Outcome without = plan(inventory, folder.resolve("without"), NO_RULES);
        PlanPipeline.Outcome with = plan(inventory, folder.resolve("with"), withRule);

        assertThat(without.report().placements().get(0).to()).isEqualTo("h1");
        assertThat(with.holds()).isTrue();
        assertThat(with.report().placements().get(0).to()).isEqualTo("h2");
        assertThat(with.report().placements().get(0).reason()).isEqualTo("policy POL-900: a may not run on h1");
    }

    @Test
    void defaultFolderIsNamedAfterTheInventory() {
        assertThat(PlanPipeline.defaultFolder("datasets/demo-datacenter.xlsx"))
                .isEqualTo(Path.of("reports", "demo-datacenter"));
    }
}
