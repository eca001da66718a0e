package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @Test
    void checkListsEveryShippedRuleWithItsMetadataAndFile() {
        CliRun run = CliRun.of("rules", "check");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .containsPattern("HYP-001 +WARNING +hypervisor +" + Path.of("rules", "review", "hypervisor.drl"))
                .containsPattern("POL-004 +CRITICAL +migration +" + Path.of("rules", "policy", "migration.drl"))
                .containsPattern("\\d+ rules in rules: 6 policy, \\d+ review");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void brokenRuleFileExitsWithInvalidInputNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("review/broken.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package test;
                import org.consolida.inventory.*;

                rule "Typo in a field"
                    @id("T-1") @severity("INFO") @category("test")
                when
                    Host( nicGigabits > 10 )
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":7: ").contains("nicGigabits");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingRulesFolderExitsWithInvalidInput(@TempDir Path dir) {
        CliRun run = CliRun.of("rules", "check", "--rules", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("none").contains("rules folder not found");
    }

    @Test
    void rulesWithoutSubcommandExplainsItself() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("check");
    }
}
