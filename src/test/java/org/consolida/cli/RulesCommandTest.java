package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkListsEveryShippedRuleWithItsMetadataAndFile() {
        int code = Main.run("rules", "check");
        assertThat(code).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).containsPattern("HYP-001 +WARNING +hypervisor +" + Path.of("rules", "review", "hypervisor.drl"))
                .containsPattern("POL-004 +CRITICAL +migration +" + Path.of("rules", "policy", "migration.drl"))
                .containsPattern("\\d+ rules in rules: 6 policy, \\d+ review");
        assertThat(err()).isEmpty();
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
        int code = Main.run("rules", "check", "--rules", dir.toString());
        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err()).startsWith(file + ":7").contains("nicGigabits");
        assertThat(out()).isEmpty();
    }

    @Test
    void missingRulesFolderExitsWithInvalidInput(@TempDir Path dir) {
        assertThat(Main.run("rules", "check", "--rules", dir.resolve("none").toString()))
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err()).contains("none").contains("rules folder not found");
    }

    @Test
    void rulesWithoutSubcommandExplainsItself() {
        assertThat(Main.run("rules")).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err()).contains("check");
    }
}
