package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.io.ReadResult;
import org.consolida.pipeline.PlanPipeline;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class PlanCommandTest {
    @TempDir
    Path folder;

    private int plan(Inventory inventory, String... args) {
        PlanCommand command = new PlanCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(new PlanPipeline(path -> new ReadResult(inventory, List.of())));
    }

    @Test
    void exitsZeroWhenThePlanHolds() {
        Inventory inventory = new TestDatacenter().withHosts("h1", "h2").withVm("a", 1.5, 8).inventory();
        assertThat(plan(inventory, "x.json", "--out", folder.toString(), "--seed", "1", "--time-limit", "1s",
                "--quiet")).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("plan.json")).exists();
    }

    @Test
    void exitsOneWhenWorkloadsAreLeftUnplaced() {
        Inventory inventory = new TestDatacenter().withHosts("h1").withVm("a", 6, 8).withVm("b", 6, 8).inventory();
        assertThat(plan(inventory, "x.json", "--out", folder.toString(), "--seed", "1", "--time-limit", "1s",
                "--quiet")).isEqualTo(ExitCode.NOT_HOLDING);
        assertThat(folder.resolve("plan.json")).exists();
    }

    @Test
    void acceptsAnUnimprovedTimeLimitWithoutSeed() {
        Inventory inventory = new TestDatacenter().withHosts("h1", "h2").withVm("a", 1.5, 8).inventory();
        assertThat(plan(inventory, "x.json", "--out", folder.toString(), "--time-limit", "2s",
                "--unimproved-time-limit", "1s", "--quiet")).isEqualTo(ExitCode.OK);
    }

    @Test
    void exitsTwoOnABadTimeLimit() {
        assertThat(Main.run("plan", "x.json", "--time-limit", "soon")).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void timeLimitAcceptsUnitsAndBareSeconds() {
        PlanCommand.DurationConverter converter = new PlanCommand.DurationConverter();
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(converter.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500)); // as a manifest's timeLimit
        assertThatThrownBy(() -> converter.convert("0s")).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
