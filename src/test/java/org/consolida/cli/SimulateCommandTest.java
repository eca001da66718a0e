package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Workload;
import org.consolida.io.Inventories;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SimulateCommandTest {
    @TempDir
    Path folder;

    /** Two hosts at a site of PUE 1.5 with one 12 GHz VM each; the plan stacks both on h1 (20 GHz), short of 24 GHz. */
    /** The command with a plan file of these placements, as --plan names it. */
    private SimulateCommand commandFor(String placements) throws IOException {
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, placements);
        SimulateCommand command = new SimulateCommand();
        command.plan = plan;
        return command;
    }

    /** a on h1, b on h2, the day only (no host cases), printed as JSON. */
    private SimulateCommand jsonOfTheDayOnOneHostEach() throws IOException {
        SimulateCommand command = commandFor("""
                {"placements": [{"workload": "a", "to": "h1"}, {"workload": "b", "to": "h2"}]}""");
        command.json = true;
        command.noHostScenarios = true;
        return command;
    }

    private static int simulate(SimulateCommand command, StringWriter stdout) {
        return command.simulate(twoHosts(), new PrintWriter(stdout, true), new PrintWriter(Writer.nullWriter()));
    }

    private static Inventory twoHosts() {
        TestDatacenter dc = new TestDatacenter();
        HostModel model = HostModels.TEN_CORES.toBuilder().id("m").coresPerSocket(8).coreGhz(2.5).memoryGib(128)
                .powerCurve(PowerCurve.linear(100, 300)).build();
        Rack rack = dc.rack("r-pue", dc.site("pue-1.5", 1.5, 0.2, 1_000));
        Host h1 = dc.host("h1", rack, model, Hypervisors.NATIVE);
        Host h2 = dc.host("h2", rack, model, Hypervisors.NATIVE);
        dc.vm("a", 8, 12, 16, h1);
        dc.vm("b", 8, 12, 16, h2);
        return dc.inventory();
    }

    @Test
    void replaysAPlanFileAndSaysWhenThePlanMissesItsThroughputTarget() throws Exception {
        SimulateCommand command = commandFor("""
                {"placements": [{"workload": "a", "to": "h1"}, {"workload": "b", "to": "h1"}]}""");
        command.out = folder.resolve("out/simulation.json");
        StringWriter stdout = new StringWriter();

        int code = simulate(command, stdout);

        assertThat(code).isEqualTo(ExitCode.NOT_HOLDING);
        String table = stdout.toString();
        assertThat(table).contains("before").contains("after").contains("failure:h1").contains("CPU=2");
        JsonNode json = new ObjectMapper().readTree(command.out.toFile());
        JsonNode after = json.get("scenarios").get(1);
        assertThat(after.get("name").asText()).isEqualTo("after");
        assertThat(after.get("deliveredRatio").asDouble()).isEqualTo(20.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("scenarios").get(0).get("deliveredRatio").asDouble()).isEqualTo(1.0);
        assertThat(Files.list(command.out.getParent())).hasSize(1); // no temporary file left behind
    }

    @Test
    void replaysAFeasiblePlanWithExitCodeZeroAndPrintsJsonWhenAsked() throws Exception {
        SimulateCommand command = jsonOfTheDayOnOneHostEach();
        StringWriter stdout = new StringWriter();

        int code = simulate(command, stdout);

        assertThat(code).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(stdout.toString());
        assertThat(json.get("scenarios")).hasSize(2);
        assertThat(json.get("horizonHours").asDouble()).isEqualTo(24.0);
    }

    @Test
    void simulatesAGeneratedInventoryFileEndToEnd() throws Exception {
        Inventory inventory = InventoryGenerator.generate(12, 60, 5);
        Path file = folder.resolve("estate.json");
        Inventories.write(inventory, file);
        StringBuilder placements = new StringBuilder("{\"placements\": [");
        for (Workload w : inventory.workloads()) {
            placements.append(placements.length() > 16 ? "," : "").append("{\"workload\": \"").append(w.id())
                    .append("\", \"to\": \"").append(w.currentHost().id()).append("\"}");
        }
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, placements.append("]}").toString());
        Path out = folder.resolve("simulation.json");

        int code = Main.run("simulate", file.toString(), "--plan", plan.toString(), "--out", out.toString());

        assertThat(code).isIn(ExitCode.OK, ExitCode.NOT_HOLDING);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        // The plan is today's placement: before and after are the same day.
        assertThat(json.get("scenarios").get(1).get("deliveredRatio").asDouble())
                .isEqualTo(json.get("scenarios").get(0).get("deliveredRatio").asDouble());
        assertThat(json.get("scenarios").get(1).get("energyKwh").asDouble())
                .isEqualTo(json.get("scenarios").get(0).get("energyKwh").asDouble());
        assertThat(json.get("scenarios").size()).isGreaterThan(2);
    }

    @Test
    void reportsAMissingInventoryAsInvalidInput() {
        int code = Main.run("simulate", folder.resolve("absent.xlsx").toString(), "--plan",
                folder.resolve("plan.json").toString());

        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void plannedDemandRunsEveryWorkloadAtItsPlannedCpuAllDay() throws Exception {
        SimulateCommand command = jsonOfTheDayOnOneHostEach();
        command.plannedDemand = true;
        StringWriter stdout = new StringWriter();

        simulate(command, stdout);

        // Two hosts at 12 of 20 GHz on a 100–300 W line: 220 W each, 24 h, PUE 1.5.
        JsonNode after = new ObjectMapper().readTree(stdout.toString()).get("scenarios").get(1);
        assertThat(after.get("energyKwh").asDouble())
                .isCloseTo(2 * 0.220 * 24 * 1.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}
