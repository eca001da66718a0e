package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consolida.io.hostile.Refusals.refused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.consolida.io.Inventories;
import org.consolida.io.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules are code: one that re-fires without end, sleeps, or throws is stopped by the rule budget and named with its
 * file and line, exit 2; a rules folder without rules is an error unless --no-rules says so. (Issue 16: rules.)
 */
class RunawayRulesTest {
    private static final String HEADER = "package hostile;\nimport org.consolida.inventory.*;\nimport org.consolida.rules.*;\n";

    @TempDir
    Path dir;

    private Path rules(String phase, String name, String rule) throws IOException {
        Path folder = dir.resolve("rules");
        Files.createDirectories(folder.resolve(phase));
        Files.writeString(folder.resolve(phase).resolve(name), HEADER + rule);
        return folder;
    }

    /** A rule of four lines after the header, so that its "rule" line is line 4 of the file. */
    private static String rule(String name, String id, String when, String then) {
        return "rule \"" + name + "\"\n    @id(\"" + id + "\") @severity(\"INFO\") @category(\"test\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    private static final String LOOP = rule("Loop", "LOOP-1", "$policy : Policy()", "update($policy);");
    private static final String SLEEP = rule("Sleepy", "SLEEP-1", "Policy()", "Thread.sleep(600_000);");
    private static final String BOOM = rule("Boom", "BOOM-1", "Policy()", "throw new IllegalStateException(\"boom\");");

    @Test
    void aRuleThatReFiresWithoutEndIsStoppedByTheFiringLimitAndNamed() throws IOException {
        Path folder = rules("review", "loop.drl", LOOP);

        CliRun run = refused("rules", "check", "--rules", folder.toString(), "--rule-firings", "1000");

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).matches(Pattern.quote(folder.resolve("review/loop.drl")
                + ":4: rule \"Loop\" (LOOP-1) fired ") + "1,00\\d times, and the session reached 1,000 firings, the "
                + "limit of a rule session \\(--rule-firings\\); .*");
    }

    @Test
    void aRuleThatSleepsIsStoppedByTheTimeLimitAndNamed() throws IOException {
        Path folder = rules("policy", "sleep.drl", SLEEP);
        long start = System.nanoTime();

        CliRun run = refused("rules", "check", "--rules", folder.toString(), "--rule-time-limit", "1s");

        assertThat(run.errLines()).containsExactly(folder.resolve("policy/sleep.drl") + ":4: rule \"Sleepy\" (SLEEP-1) "
                + "was still running after 1 s, the time limit of a rule session (--rule-time-limit), and was stopped; "
                + "a rule must not sleep, wait or loop in its consequence");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(60); // not the ten minutes it asked for
    }

    @Test
    void rulesCheckReportsARunawayInEachPhase() throws IOException {
        rules("policy", "sleep.drl", SLEEP);
        Path folder = rules("review", "loop.drl", LOOP);

        CliRun run = refused("rules", "check", "--rules", folder.toString(), "--rule-time-limit", "1s",
                "--rule-firings", "1000");

        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(folder.resolve("policy/sleep.drl") + ":4: rule \"Sleepy\"");
        assertThat(run.errLines().get(1)).startsWith(folder.resolve("review/loop.drl") + ":4: rule \"Loop\"");
    }

    @Test
    void aConsequenceThatThrowsStopsThePlanWithTheRulesLocation() throws IOException {
        Path folder = rules("policy", "boom.drl", BOOM);
        Path inventory = dir.resolve("demo.json");
        Inventories.write(Template.exampleInventory(), inventory);

        CliRun run = refused("plan", inventory.toString(), "--rules", folder.toString(), "--out",
                dir.resolve("out").toString(), "--quiet", "--time-limit", "1s");

        assertThat(run.errLines()).containsExactly(folder.resolve("policy/boom.drl") + ":4: rule \"Boom\" (BOOM-1) "
                + "failed in its consequence: IllegalStateException: boom");
        // The output folder is prepared before any work (so a bad --out fails first), but no report is written.
        for (String report : new String[] {"plan.json", "plan.xlsx", "report.html"}) {
            assertThat(dir.resolve("out").resolve(report)).doesNotExist();
        }
    }

    @Test
    void anEmptyOrMissingRulesFolderIsAnErrorAndNoRulesIsExplicit() throws IOException {
        Path inventory = dir.resolve("demo.json");
        Inventories.write(Template.exampleInventory(), inventory);
        Path empty = Files.createDirectories(dir.resolve("empty/policy"));

        CliRun emptyRun = refused("plan", inventory.toString(), "--rules", empty.getParent().toString(), "--quiet");
        CliRun missingRun = refused("plan", inventory.toString(), "--rules", dir.resolve("nowhere").toString(), "--quiet");
        CliRun noRules = CliRun.of("plan", inventory.toString(), "--no-rules", "--out", dir.resolve("out").toString(),
                "--quiet", "--time-limit", "1s", "--seed", "1");

        assertThat(emptyRun.errLines()).containsExactly(empty.getParent() + ": the rules folder holds no rules (no .drl "
                + "file under policy/ or review/); point --rules at a folder with rules, or plan without any policy "
                + "with --no-rules");
        assertThat(missingRun.errLines()).containsExactly(dir.resolve("nowhere") + ": rules folder not found; create it "
                + "with policy/ and review/ subfolders, give --rules DIR, or plan without any policy with --no-rules");
        assertThat(noRules.exitCode()).as(noRules.err()).isIn(ExitCode.OK, ExitCode.NOT_HOLDING);
        assertThat(dir.resolve("out/plan.json")).exists();
    }

    @Test
    void aManifestWhoseRulesFolderHoldsNoRulesIsAnError() throws IOException {
        Inventories.write(Template.exampleInventory(), dir.resolve("demo.json"));
        Files.createDirectories(dir.resolve("etc"));
        Path manifest = Files.writeString(dir.resolve("batch.json"), "{\"defaults\": {\"inventory\": \"demo.json\"},"
                + " \"scenarios\": [{\"name\": \"a\", \"rules\": \"etc\"}]}");

        CliRun run = refused("batch", manifest.toString(), "--quiet");

        assertThat(run.errLines()).containsExactly(manifest + ": scenarios[0].rules: \"etc\" holds no rules (no .drl "
                + "file under " + dir.resolve("etc") + "); a scenario never plans without policy in silence");
    }
}
