package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consolida.batch.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --shard} and {@code --merge} as a job array runs them: separate processes, one output folder. */
class BatchShardsTest {
    @TempDir
    Path dir;

    @Test
    void twoShardsMergedGiveTheFiguresOfOneProcessAndNothingOfHazelcastLoads() throws Exception {
        Path manifest = TinyBatch.write(dir);
        Path one = dir.resolve("one");
        Path sharded = dir.resolve("sharded");
        Path classLog = dir.resolve("classes.log");
        String m = manifest.toString();
        // One JVM, as a user's shell would run them one after the other; the second shard finds its index as a pod of
        // a Kubernetes Indexed Job does.
        try (ChildJvm jvm = ChildJvm.start(List.of("-Xmx1g", "-Xlog:class+load=info:file=" + classLog),
                Map.of(Shard.INDEX_VARIABLE, "1"), RunCommands.class,
                "batch", m, "--out", one.toString(), "--seed", "1", "--quiet", "--then",
                "batch", m, "--shard", "1/2", "--out", sharded.toString(), "--seed", "1", "--quiet", "--then",
                "batch", m, "--shard", "2", "--out", sharded.toString(), "--seed", "1", "--quiet", "--then",
                "batch", m, "--merge", "--out", sharded.toString(), "--seed", "1")) {
            assertThat(jvm.awaitExit(Duration.ofMinutes(8))).isZero();
            List<Integer> exits = new ArrayList<>();
            Matcher exit = Pattern.compile("(?m)^exit: (\\d)$").matcher(jvm.output());
            while (exit.find()) {
                exits.add(Integer.parseInt(exit.group(1)));
            }
            assertThat(exits).as(jvm.output()).hasSize(4).allMatch(code -> code <= ExitCode.NOT_HOLDING);
            assertThat(exits.get(3)).as("the merge's exit code is the single run's").isEqualTo(exits.get(0));
            assertThat(jvm.output()).contains("Shard 1/2: 2 of 4 scenarios").contains("Shard 2/2: 2 of 4 scenarios");
        }

        Comparison single = Comparison.read(one);
        Comparison merged = Comparison.read(sharded);
        assertThat(merged.lines().keySet()).containsExactlyElementsOf(TinyBatch.SCENARIOS);
        assertThat(merged.figures()).isEqualTo(single.figures());
        for (String scenario : TinyBatch.SCENARIOS) {
            assertThat(Comparison.placements(sharded, scenario)).as(scenario)
                    .isEqualTo(Comparison.placements(one, scenario));
            assertThat(merged.lines().get(scenario).status()).startsWith("planned");
        }
        // Sorted by name, the scenarios are dealt out in turn: as-is, growth to shard 1; cheap-power, n-plus-1 to 2.
        assertThat(merged.lines()).extractingFromEntries(e -> e.getKey() + " " + e.getValue().note()).containsExactly(
                "as-is shard 1/2", "growth shard 1/2", "n-plus-1 shard 2/2", "cheap-power shard 2/2");

        String classes = Files.readString(classLog);
        assertThat(classes).as("the class-load log works").contains("org.consolida.batch.BatchRunner ");
        assertThat(classes).doesNotContain("com.hazelcast");
    }

    private CliRun batch(String... options) throws IOException {
        Files.writeString(dir.resolve("tiny.xlsx"), "not read: options are checked first");
        Path manifest = Files.writeString(dir.resolve("batch.json"),
                "{\"defaults\": {\"inventory\": \"tiny.xlsx\"}, \"scenarios\": [{\"name\": \"a\"}]}");
        List<String> args = new ArrayList<>(List.of("batch", manifest.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aShardThatDoesNotExistIsAnInvalidOption() throws IOException {
        CliRun beyond = batch("--shard", "3/2");
        assertThat(beyond.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(beyond.err()).contains("Invalid value for option '--shard': \"3/2\": shard I of N counts from 1,"
                + " so I is 1 to 2");

        CliRun zero = batch("--shard", "0/2");
        assertThat(zero.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(zero.err()).contains("--shard").contains("only " + Shard.INDEX_VARIABLE + " counts from 0");

        assumeTrue(System.getenv(Shard.INDEX_VARIABLE) == null, "this test runs inside an indexed job");
        CliRun noIndex = batch("--shard", "2");
        assertThat(noIndex.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noIndex.err()).contains("--shard").contains("write --shard I/2")
                .contains("or set " + Shard.INDEX_VARIABLE);
    }

    @Test
    void waysToRunExcludeEachOtherAndTheirOptionsGoWithThem() throws IOException {
        CliRun both = batch("--shard", "1/2", "--merge");
        assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(both.err()).contains("mutually exclusive");

        CliRun mergeForce = batch("--merge", "--force");
        assertThat(mergeForce.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(mergeForce.err()).contains("--merge plans nothing");

        CliRun portAlone = batch("--port", "5701");
        assertThat(portAlone.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(portAlone.err()).contains("--port and --cluster-name go with --cluster");

        CliRun nowhere = batch("--merge", "--out", dir.resolve("nowhere").toString());
        assertThat(nowhere.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nowhere.err()).contains(dir.resolve("nowhere") + ": no such folder");
    }

    @Test
    void badClusterMembersAreListedWithTheirPlace() throws IOException {
        CliRun inline = batch("--cluster", "10.0.0.1:5701,10.0.0.2:99999");
        assertThat(inline.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(inline.errLines()).containsExactly(
                "--cluster: member 2: port 99999 of \"10.0.0.2:99999\" is not 1 to 65535");

        Path members = Files.writeString(dir.resolve("members.txt"), "# workers\nhost-a:5701\nhost b\n\nhost-c:x\n");
        CliRun file = batch("--cluster", members.toString());
        assertThat(file.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(file.errLines()).containsExactly(
                members + ": line 3: \"host b\" is neither a file nor host:port (such as 10.0.0.5:5701 or"
                        + " batch-0.workers:5701)",
                members + ": line 5: \"host-c:x\" is neither a file nor host:port (such as 10.0.0.5:5701 or"
                        + " batch-0.workers:5701)");
    }
}
