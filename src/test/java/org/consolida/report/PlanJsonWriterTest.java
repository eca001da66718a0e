package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PlanJsonWriterTest {
    private static final List<String> FIGURES = List.of("activeHosts", "activeRacks", "rackUnits", "powerWatts",
            "energyKwhPerYear", "costPerYear", "co2KgPerYear");

    private static final String RUN = "20261130T120000Z-0123abcd";

    private final ReportModel model = ReportFixtures.sample();

    @Test
    void hasEveryContractKeyInTheDocumentedOrder() throws IOException {
        JsonNode plan = write(model);

        List<String> keys = new ArrayList<>();
        plan.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "run", "inventory", "currency", "solver", "before", "after", "baseline",
                "lowerBound", "placements", "unplaced", "migrations", "findings", "simulation", "scoreAnalysis",
                "warnings", "hosts", "racks");
        assertThat(plan.get("schema").asText()).isEqualTo("consolida.plan/1");
        assertThat(plan.get("run").get("id").asText()).isEqualTo(RUN);
        assertThat(plan.get("inventory").asText()).isEqualTo("demo-datacenter");
        assertThat(plan.get("solver").has("score")).isTrue();
        assertThat(plan.get("solver").get("feasible").isBoolean()).isTrue();
        assertThat(plan.get("solver").get("timeLimitSeconds").asLong()).isEqualTo(30);
        assertThat(plan.get("solver").get("seed").asLong()).isEqualTo(7);
    }

    @Test
    void beforeAfterAndBaselinesShareOneShapeAndOnlyBaselinesCarryAScore() throws IOException {
        JsonNode plan = write(model);

        for (JsonNode figures : List.of(plan.get("before"), plan.get("after"))) {
            assertThat(names(figures)).containsExactlyElementsOf(FIGURES);
        }
        for (String baseline : List.of("firstFitDecreasing", "powerAwareBestFit")) {
            List<String> expected = new ArrayList<>(FIGURES);
            expected.add("score");
            assertThat(names(plan.get("baseline").get(baseline))).as(baseline).containsExactlyElementsOf(expected);
        }
        assertThat(plan.get("after").get("activeHosts").asInt()).isEqualTo(model.after().activeHosts());
        assertThat(plan.get("after").get("energyKwhPerYear").asDouble()).isEqualTo(model.after().energyKwhPerYear());
    }

    @Test
    void lowerBoundHoldsOnlyTheFiguresItProves() throws IOException {
        JsonNode lowerBound = write(model).get("lowerBound");

        assertThat(names(lowerBound)).containsExactly("activeHosts", "energyKwhPerYear");
    }

    @Test
    void migrationsAreWavesOfMovesWithModeDurationAndDowntime() throws IOException {
        JsonNode migrations = write(model).get("migrations");

        assertThat(migrations).hasSize(model.migrations().size());
        JsonNode move = migrations.get(0).get("moves").get(0);
        assertThat(migrations.get(0).get("wave").asInt()).isEqualTo(1);
        assertThat(names(move)).containsExactly("workload", "from", "to", "memoryGib", "mode", "durationSeconds",
                "downtimeMillis");
        assertThat(move.get("mode").asText()).isIn("LIVE", "COLD");
    }

    @Test
    void findingsSimulationAndScoreAnalysisKeepTheirFields() throws IOException {
        JsonNode plan = write(model);

        assertThat(names(plan.get("findings").get(0))).containsExactly("ruleId", "severity", "category", "subject",
                "message", "recommendation");
        JsonNode simulation = plan.get("simulation");
        assertThat(names(simulation)).containsExactly("horizonHours", "stepMinutes", "scenarios", "afterWorkloads");
        assertThat(names(simulation.get("scenarios").get(0))).containsExactly("name", "deliveredRatio",
                "workloadsBelowTarget", "energyKwh", "peakHostUtilization", "limitedBy");
        assertThat(names(simulation.get("afterWorkloads").get(0))).containsExactly("workload", "minDeliveredRatio",
                "p5DeliveredRatio", "limitedBy");
        assertThat(names(plan.get("scoreAnalysis").get(0))).containsExactly("constraint", "score", "matchCount",
                "topJustifications", "penalties");
        assertThat(plan.get("unplaced")).hasSize(model.unplaced().size());
    }

    @Test
    void streamsWhatEachRecordSerialisesTo() throws IOException {
        ReportModel withComparison = ReportFixtures.withComparisonAndWarnings();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode plan = write(withComparison);

        // Row by row, the generator writes each record as databind would: no field lost or renamed on the way.
        assertThat(plan.get("placements")).isEqualTo(serialised(mapper, withComparison.placements()));
        assertThat(plan.get("hosts")).isEqualTo(serialised(mapper, withComparison.hosts()));
        assertThat(plan.get("migrations")).isEqualTo(serialised(mapper, withComparison.migrations()));
        assertThat(plan.get("simulation")).isEqualTo(serialised(mapper, withComparison.simulation()));
        assertThat(plan.get("solver")).isEqualTo(serialised(mapper, withComparison.solver()));
        assertThat(plan.get("comparison")).isEqualTo(serialised(mapper, withComparison.comparison()));
        assertThat(plan.get("warnings")).isEqualTo(serialised(mapper, withComparison.warnings()));
        assertThat(plan.get("racks")).isEqualTo(serialised(mapper, withComparison.racks()));
        assertThat(plan.get("rightSizing")).isEqualTo(serialised(mapper, withComparison.rightSizing()));
        assertThat(plan.at("/rightSizing/suggestions/0/suggestedVcpus").asInt()).isEqualTo(1);
        assertThat(write(ReportFixtures.sample()).has("rightSizing")).isFalse(); // only for a plan from a history
    }

    @Test
    void aComparisonWithoutABoundLeavesTheGapOut() throws IOException {
        // With unplaced workloads the bound does not apply: docs/plan-json.md says gap is then absent, not null.
        ReportModel.Comparison noBound = new ReportModel.Comparison("above both baselines", List.of(), List.of());
        JsonNode plan = write(ReportFixtures.withComparisonAndWarnings().toBuilder().comparison(noBound).build());

        assertThat(plan.get("comparison").has("energy")).isTrue();
        assertThat(plan.get("comparison").has("gap")).isFalse();
        assertThat(plan.get("comparison").has("energyOverBound")).isFalse();
    }

    @Test
    void escapesControlCharactersInIdsAndReadsThemBack() throws IOException {
        ReportModel hostile = ReportFixtures.withHostileIds();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanJsonWriter().write(hostile, RUN, out);

        byte[] bytes = out.toByteArray();
        for (byte b : bytes) {
            assertThat(b == '\n' || b >= 0x20 || b < 0).as("raw control byte %d in plan.json", b).isTrue();
        }
        JsonNode plan = new ObjectMapper().readTree(bytes);
        assertThat(plan.get("placements").findValuesAsText("workload")).contains(ReportFixtures.HOSTILE_ID);
    }

    /** What databind writes for a value, read back: the same number types as a parsed file. */
    private static JsonNode serialised(ObjectMapper mapper, Object value) throws IOException {
        return mapper.readTree(mapper.writeValueAsString(value));
    }

    private static JsonNode write(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanJsonWriter().write(model, RUN, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
