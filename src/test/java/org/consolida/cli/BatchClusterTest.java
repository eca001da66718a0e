package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --cluster} on the loopback interface: this JVM runs the batch (a member that plans too), a second JVM
 * runs {@code consolida worker}, shared by the tests here because starting a member costs seconds; a third worker is
 * started to be killed mid-run. With a seed and a move budget every scenario plans as it does in one process.
 */
class BatchClusterTest {
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    static Path dir;
    private static Path manifest;
    private static Path reference;
    private static int referenceExit;
    private static int batchPort;
    private static int workerPort;
    private static int doomedPort;
    private static String members;
    private static final String CLUSTER = "test-" + UUID.randomUUID();
    private static ChildJvm worker;

    @BeforeAll
    static void clusterAndReference() throws Exception {
        manifest = TinyBatch.write(dir);
        batchPort = freePort();
        workerPort = freePort();
        doomedPort = freePort();
        members = "127.0.0.1:" + batchPort + ",127.0.0.1:" + workerPort + ",127.0.0.1:" + doomedPort;
        worker = startWorker(workerPort);
        // The run in one process to compare with, while the worker starts.
        reference = dir.resolve("reference");
        referenceExit = CliRun.of("batch", manifest.toString(), "--out", reference.toString(), "--seed", "1",
                "--quiet").exitCode();
        assertThat(referenceExit).isLessThanOrEqualTo(ExitCode.NOT_HOLDING);
        worker.awaitLine(Pattern.compile("worker 127.0.0.1:" + workerPort + " in cluster"), START);
    }

    @AfterAll
    static void stopWorker() throws InterruptedException {
        if (worker != null) {
            worker.close();
        }
    }

    private static ChildJvm startWorker(int port) throws IOException {
        return ChildJvm.start(List.of("-Xmx768m"), Map.of(), Main.class, "worker", "--cluster", members,
                "--cluster-name", CLUSTER, "--port", String.valueOf(port), "--parallel", "1");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static CliRun batchOnCluster(Path out) {
        return CliRun.of("batch", manifest.toString(), "--out", out.toString(), "--seed", "1", "--quiet",
                "--cluster", members, "--cluster-name", CLUSTER, "--port", String.valueOf(batchPort),
                "--parallel", "1");
    }

    private static void assertPlannedAsInOneProcess(Path out, CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(referenceExit);
        Comparison clustered = Comparison.read(out);
        assertThat(clustered.lines().keySet()).containsExactlyElementsOf(TinyBatch.SCENARIOS);
        assertThat(clustered.figures()).isEqualTo(Comparison.read(reference).figures());
        for (String scenario : TinyBatch.SCENARIOS) {
            assertThat(Comparison.placements(out, scenario)).as(scenario)
                    .isEqualTo(Comparison.placements(reference, scenario));
            assertThat(clustered.lines().get(scenario).status()).as(scenario).startsWith("planned");
        }
    }

    @Test
    void aTwoMemberClusterPlansTheBatchAsOneProcessDoes() throws Exception {
        Path out = dir.resolve("clustered");

        CliRun run = batchOnCluster(out);

        assertPlannedAsInOneProcess(out, run);
        assertThat(run.err()).contains("joined cluster " + CLUSTER + " of 2");
        List<String> notes = Comparison.read(out).lines().values().stream().map(Comparison.Line::note).toList();
        assertThat(notes).as("both JVMs planned").contains("on 127.0.0.1:" + batchPort, "on 127.0.0.1:" + workerPort);
        assertThat(worker.output()).containsPattern("planned (as-is|growth|n-plus-1|cheap-power) in ");
    }

    @Test
    void aMemberKilledMidRunHasItsScenarioPlannedElsewhereOnce() throws Exception {
        Path out = dir.resolve("survived");
        CliRun run;
        String lost;
        try (ChildJvm doomed = startWorker(doomedPort)) {
            doomed.awaitLine(Pattern.compile("worker 127.0.0.1:" + doomedPort + " in cluster"), START);
            CompletableFuture<CliRun> batch = CompletableFuture.supplyAsync(() -> batchOnCluster(out));
            lost = doomed.awaitLine(Pattern.compile("^\\S+ planning (\\S+)$"), START).group(1);
            doomed.kill();
            run = batch.get(10, TimeUnit.MINUTES);
        }

        assertPlannedAsInOneProcess(out, run);
        assertThat(Comparison.read(out).lines().get(lost).note())
                .startsWith("on 127.0.0.1:").endsWith("; resubmitted after 127.0.0.1:" + doomedPort + " left");
        assertThat(run.err()).contains("member 127.0.0.1:" + doomedPort + " left while planning " + lost
                + ": submitted again");
    }
}
