package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.planning.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class PlanPipelineTest {
    private static final SolveSettings QUICK = new SolveSettings(Duration.ofSeconds(10), null, 7L, 10_000L);

    @TempDir
    Path folder;

    private static PlanPipeline pipeline(Inventory inventory) {
        return new PlanPipeline(path -> inventory, PlanPipeline.noRestrictions());
    }

    private static JsonNode read(Path file) throws IOException {
        return PlanFiles.json().readTree(Files.readAllBytes(file));
    }

    @Test
    void planJsonHasTheDocumentedKeysAndOneShapeForEveryFigureSet() throws IOException {
        Inventory inventory = TestInventory.random(1, 8, 30).build();
        PlanPipeline.Outcome outcome = pipeline(inventory).run(Path.of("site.xlsx"), folder, QUICK, SolveListener.NONE);

        JsonNode plan = read(outcome.planJson());
        assertThat(outcome.planJson()).isEqualTo(folder.resolve("plan.json"));
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
        assertThat(plan.get("migrations")).hasSize((int) moved);
        assertThat(plan.get("scoreAnalysis").findValuesAsText("constraint")).contains("energy", "capacity");
        assertThat(plan.get("before").has("score")).isFalse();
        assertThat(plan.get("comparison").get("energy").asText()).contains("kWh/y");
    }

    @Test
    void sameInventoryAndSeedWriteTheSamePlacements() throws IOException {
        Inventory inventory = TestInventory.random(2, 12, 60).build();
        Path a = pipeline(inventory).run(inventory, folder.resolve("a"), QUICK, SolveListener.NONE).planJson();
        Path b = pipeline(inventory).run(inventory, folder.resolve("b"), QUICK, SolveListener.NONE).planJson();
        assertThat(read(b).get("placements")).isEqualTo(read(a).get("placements"));
    }

    @Test
    void overFullInventoryWritesAPlanNamingTheUnplaced() throws IOException {
        TestInventory inventory = new TestInventory().host("h1").workload("a", 6, 8).workload("b", 6, 8);
        PlanPipeline.Outcome outcome = pipeline(inventory.build()).run(inventory.build(), folder, QUICK,
                SolveListener.NONE);
        assertThat(outcome.holds()).isFalse();
        JsonNode plan = read(outcome.planJson());
        assertThat(plan.get("unplaced")).hasSize(1);
        assertThat(plan.get("placements")).hasSize(1);
        assertThat(plan.get("unplaced").get(0).get("workload").asText()).isIn("a", "b");
    }

    @Test
    void restrictionsFromThePolicyStageAreEnforced() {
        TestInventory inventory = new TestInventory().host("h1").host("h2").workload("a", 1, 8, "h1");
        Inventory built = inventory.build();
        PlanPipeline pipeline = new PlanPipeline(path -> built, i -> List.of(
                new Restriction("POL-9", i.workload("a"), i.host("h1"), "test")));
        PlanPipeline.Outcome outcome = pipeline.run(built, folder, QUICK, SolveListener.NONE);
        assertThat(outcome.holds()).isTrue();
        assertThat(outcome.document().placements().get(0).to()).isEqualTo("h2");
    }

    @Test
    void defaultFolderIsNamedAfterTheInventory() {
        assertThat(PlanPipeline.defaultFolder("datasets/demo-datacenter.xlsx"))
                .isEqualTo(Path.of("reports", "demo-datacenter"));
    }
}
