package org.consolida.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consolida.io.hostile.Refusals.refused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.consolida.cli.CliRun;
import org.consolida.io.Inventories;
import org.consolida.io.Template;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile JSON inventories and batch manifests, and hostile options: refused with exit 2, the line (and path) of the
 * problem, and no stack trace. (Issue 16: JSON, manifests, options.)
 */
class HostileJsonTest {
    @TempDir
    Path dir;

    private String inventory;

    @BeforeEach
    void validInventory() throws IOException {
        Path json = dir.resolve("valid.json");
        Inventories.write(Template.exampleInventory(), json);
        inventory = Files.readString(json);
        Files.copy(json, dir.resolve("inventory.json"));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void anInventoryKeyGivenTwiceIsAnErrorWithItsLineAndPath() throws IOException {
        Path file = file("twice.json", inventory.replaceFirst("\"memory_gib\" : ([0-9.]+)",
                "\"memory_gib\" : $1, \"memory_gib\" : 2"));

        CliRun run = refused("validate", file.toString());

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).matches(Pattern.quote(file.toString())
                + ": line \\d+, column \\d+ \\(/hostModels/0/memory_gib\\): not valid JSON: Duplicate field "
                + "'memory_gib'");
    }

    @Test
    void garbageOrASecondDocumentAfterTheInventoryIsAnError() throws IOException {
        for (String tail : new String[] {"\n}", "\n{\"sites\": []}", "\nlorem"}) {
            Path file = file("tail.json", inventory + tail);

            CliRun run = refused("validate", file.toString());

            assertThat(run.errLines()).hasSize(1);
            assertThat(run.errLines().get(0)).startsWith(file + ": line ").contains("not valid JSON");
        }
    }

    @Test
    void aManifestNestedTenThousandArraysDeepIsAnError() throws IOException {
        Path manifest = file("deep.json", "{\"scenarios\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");

        CliRun run = refused("batch", manifest.toString(), "--out", dir.resolve("out").toString(), "--quiet");

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(manifest + ": line 1, column ")
                .endsWith("not valid JSON: nested more than 100 levels deep; no inventory or manifest nests like this");
    }

    @Test
    void aManifestKeyGivenTwiceOrTrailingTextIsAnError() throws IOException {
        Path twice = file("twice.json", "{\"defaults\": {\"inventory\": \"inventory.json\", \"seed\": 1, \"seed\": 2},\n"
                + "\"scenarios\": [{\"name\": \"a\"}]}");
        Path trailing = file("trailing.json", "{\"defaults\": {\"inventory\": \"inventory.json\"},\n"
                + "\"scenarios\": [{\"name\": \"a\"}]}\n{\"scenarios\": []}");

        assertThat(refused("batch", twice.toString(), "--quiet").errLines().get(0))
                .startsWith(twice + ": line 1, column ").contains("(/defaults/seed): not valid JSON: Duplicate field 'seed'");
        assertThat(refused("batch", trailing.toString(), "--quiet").errLines().get(0))
                .startsWith(trailing + ": line 3, column ").contains("something follows the document");
    }

    @Test
    void aSeedBeyondALongIsAnError() throws IOException {
        Path manifest = file("seed.json", "{\"defaults\": {\"inventory\": \"inventory.json\"},\n"
                + "\"scenarios\": [{\"name\": \"a\", \"seed\": 18446744073709551617}]}");

        CliRun batch = refused("batch", manifest.toString(), "--quiet");
        CliRun plan = refused("plan", dir.resolve("inventory.json").toString(), "--seed", "18446744073709551617");

        assertThat(batch.errLines()).containsExactly(manifest + ": scenarios[0].seed: 18446744073709551617 is beyond "
                + "the range of a seed (-9223372036854775808 to 9223372036854775807)");
        assertThat(plan.err()).contains("'18446744073709551617' is not a long");
    }

    @Test
    void aCountBeyondAnIntIsAnErrorNotAWrappedNumber() throws IOException {
        Path manifest = file("count.json", "{\"defaults\": {\"inventory\": \"inventory.json\"},\n"
                + "\"scenarios\": [{\"name\": \"a\", \"refresh\": [{\"replace\": \"R760\", \"with\": \"R7625\", "
                + "\"count\": 4294967297}]}]}");

        CliRun run = refused("batch", manifest.toString(), "--quiet");

        assertThat(run.errLines()).containsExactly(manifest + ": scenarios[0].refresh[0].count: \"4294967297\" is not a "
                + "whole number from 0 to 100000");
    }

    @Test
    void parallelismBelowOneIsAnError() throws IOException {
        Path manifest = file("ok.json", "{\"defaults\": {\"inventory\": \"inventory.json\"},\n"
                + "\"scenarios\": [{\"name\": \"a\"}]}");
        for (String parallel : new String[] {"0", "-3"}) {
            CliRun run = refused("batch", manifest.toString(), "--parallel", parallel, "--quiet");

            assertThat(run.err()).contains("--parallel " + parallel + ": plan at least 1 at once");
        }
    }
}
