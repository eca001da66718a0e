package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {
    private static final String HEADER = """
            package org.consolida.rules.review;
            import org.consolida.inventory.*;
            import org.consolida.rules.*;
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> problemsOf(Path folder) {
        try {
            RuleBase.load(folder);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected " + folder + " to be rejected");
    }

    @Test
    void shippedRulesLoadWithUniqueIdsInBothPhases() {
        RuleBase rules = RuleBase.load(RuleBase.DEFAULT_FOLDER);
        assertThat(rules.rules(Phase.POLICY)).extracting(RuleInfo::id)
                .contains("POL-001", "POL-002", "POL-003", "POL-004", "POL-005", "POL-006");
        assertThat(rules.rules(Phase.REVIEW)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rules.rules(Phase.REVIEW)).extracting(RuleInfo::category)
                .contains("hypervisor", "network", "redundancy", "migration", "security", "capacity");
        assertThat(rules.rules()).extracting(RuleInfo::id).doesNotHaveDuplicates();
        assertThat(rules.rule("HYP-001")).get().extracting(RuleInfo::file)
                .isEqualTo(Path.of("rules", "review", "hypervisor.drl").toString());
    }

    @Test
    void compileErrorNamesFileAndLineAsTheFolderWasGiven() throws IOException {
        write("review/broken.drl", HEADER + """
                rule "Unknown fact type"
                    @id("X-1") @severity("INFO") @category("test")
                when
                    $h : Hostx( )
                then
                end
                """);
        assertThat(problemsOf(dir)).singleElement().asString()
                .startsWith(dir.resolve("review/broken.drl") + ":7")
                .contains("Hostx");
    }

    @Test
    void syntaxErrorIsReportedOnceWithItsLine() throws IOException {
        write("policy/syntax.drl", HEADER + """
                rule "Missing then"
                    @id("X-1") @severity("INFO") @category("test")
                when
                    Host( ) oops
                end
                """);
        assertThat(problemsOf(dir)).singleElement().asString()
                .startsWith(dir.resolve("policy/syntax.drl") + ":8:1: ").contains("mismatched input 'end'");
    }

    @Test
    void ruleWithoutMetadataIsAnErrorNamingWhatIsMissing() throws IOException {
        write("review/bare.drl", HEADER + """
                rule "No metadata"
                    @id("X-1")
                when
                    Host( )
                then
                end
                """);
        assertThat(problemsOf(dir)).singleElement().asString()
                .isEqualTo(dir.resolve("review/bare.drl") + ":4: rule \"No metadata\" has no @severity, @category;"
                        + " add @severity(\"WARNING\") @category(\"network\") after its name");
    }

    @Test
    void unknownSeverityIsAnError() throws IOException {
        write("review/severity.drl", HEADER + """
                rule "Odd severity"
                    @id("X-1") @severity("SEVERE") @category("test")
                when
                    Host( )
                then
                end
                """);
        assertThat(problemsOf(dir)).singleElement().asString().contains("SEVERE").contains("CRITICAL");
    }

    @Test
    void duplicateIdIsAnErrorPointingAtBothRules() throws IOException {
        String rule = """
                rule "%s"
                    @id("X-1") @severity("INFO") @category("test")
                when
                    Host( )
                then
                end
                """;
        write("review/a.drl", HEADER + rule.formatted("First"));
        write("review/b.drl", HEADER.replace("review;", "review.b;") + rule.formatted("Second"));
        assertThat(problemsOf(dir)).singleElement().asString()
                .startsWith(dir.resolve("review/b.drl") + ":4: rule \"Second\" has @id(\"X-1\")")
                .contains(dir.resolve("review/a.drl") + ":4");
    }

    @Test
    void duplicateIdIsReportedEvenWhenTheRuleAlsoLacksMetadata() throws IOException {
        write("review/a.drl", HEADER + """
                rule "First"
                    @id("X-1") @severity("INFO") @category("test")
                when
                    Host( )
                then
                end

                rule "Second"
                    @id("X-1")
                when
                    Host( )
                then
                end
                """);
        assertThat(problemsOf(dir)).hasSize(2).anySatisfy(p -> assertThat(p).contains("already used by rule \"First\""))
                .anySatisfy(p -> assertThat(p).contains("has no @severity, @category"));
    }

    @Test
    void fileOutsideThePhaseFoldersIsAnError() throws IOException {
        write("stray.drl", HEADER);
        assertThat(problemsOf(dir)).singleElement().asString()
                .startsWith(dir.resolve("stray.drl").toString()).contains("policy/").contains("review/");
    }

    @Test
    void hiddenFilesSuchAsEditorLocksAreNotRules() throws IOException {
        write("review/.#broken.drl", "not a rule");
        write("review/.backup/old.drl", "not a rule either");
        // Hidden files only: a folder without rules, which is an error rather than a plan without policy.
        assertThat(problemsOf(dir)).singleElement().asString().contains("holds no rules").contains("--no-rules");
    }

    @Test
    void missingFolderIsAnError() {
        assertThat(problemsOf(dir.resolve("nope"))).singleElement().asString().contains("--rules");
    }

    @Test
    void everyProblemOfAFolderIsReportedTogether() throws IOException {
        write("review/bad.drl", HEADER + """
                rule "Unknown fact type"
                    @id("X-1") @severity("INFO") @category("test")
                when
                    Hostx( )
                then
                end
                """);
        write("policy/bare.drl", HEADER.replace("review;", "policy;") + """
                rule "No metadata"
                when
                    Host( )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2));
    }
}
