package org.consolida.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.consolida.batch.BatchRunner;
import org.consolida.batch.InProcessExecutor;
import org.consolida.batch.Manifest;
import org.consolida.batch.ManifestReader;
import org.consolida.batch.ScenarioExecutor;
import org.consolida.batch.ScenarioResult;
import org.consolida.batch.ScenarioRunner;
import org.consolida.batch.cluster.ClusterExecutor;
import org.consolida.batch.cluster.ClusterMember;
import org.consolida.batch.cluster.TaskListener;
import org.consolida.io.Inventories;
import org.consolida.rules.RuleBase;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Wall clock of one batch (by default the what-if example) planned in this process, two scenarios at once, and on a
 * two-member loopback cluster (this JVM and a worker JVM, one scenario at once each: the same concurrency), and the
 * cluster's overhead per task: the round trip a scenario takes minus the time its member spent planning it.
 * Usage: {@code BatchBench [MANIFEST]}. Every scenario is planned afresh (no resume).
 */
public final class BatchBench {
    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path manifestFile = Path.of(args.length > 0 ? args[0] : "datasets/what-if.json");
        Manifest manifest = ManifestReader.read(manifestFile);
        Path work = Files.createTempDirectory("consolida-batch-bench-");
        Path rules = RuleBase.DEFAULT_FOLDER;
        String version = "consolida " + Objects.requireNonNullElse(
                BatchBench.class.getPackage().getImplementationVersion(), "development");
        BatchRunner runner = new BatchRunner(rules, version);
        ScenarioRunner pipeline = ScenarioRunner.pipeline(rules);

        long t0 = System.nanoTime();
        List<ScenarioResult> inProcess;
        try (ScenarioExecutor executor = new InProcessExecutor(Inventories::read, pipeline, 2, "")) {
            inProcess = runner.run(manifest, work.resolve("in-process"), true, executor, r -> { });
        }
        double inProcessSeconds = (System.nanoTime() - t0) / 1e9;

        int batchPort = freePort();
        int workerPort = freePort();
        String members = "127.0.0.1:" + batchPort + ",127.0.0.1:" + workerPort;
        String cluster = "bench-" + UUID.randomUUID();
        long w0 = System.nanoTime();
        Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "org.consolida.cli.Main", "worker",
                "--cluster", members, "--cluster-name", cluster, "--port", String.valueOf(workerPort),
                "--parallel", "1").redirectErrorStream(true).start();
        List<ScenarioResult> clustered;
        List<ClusterExecutor.Timing> timings;
        double workerStartSeconds;
        double memberStartSeconds;
        double clusterSeconds;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); ; line = out.readLine()) {
                if (line == null) {
                    throw new IllegalStateException("the worker JVM ended before it joined");
                }
                if (line.contains(" in cluster ")) {
                    break;
                }
            }
            workerStartSeconds = (System.nanoTime() - w0) / 1e9;
            Thread drain = new Thread(() -> out.lines().forEach(line -> { }));
            drain.setDaemon(true);
            drain.start();
            long m0 = System.nanoTime();
            try (ClusterMember member = ClusterMember.start(new ClusterMember.Settings(List.of(members.split(",")),
                    batchPort, cluster, 1, version), Inventories::read, pipeline, TaskListener.NONE);
                 ClusterExecutor executor = member.executor(rules, message -> System.err.println(message))) {
                memberStartSeconds = (System.nanoTime() - m0) / 1e9;
                if (member.members().size() != 2) {
                    throw new IllegalStateException("expected two members, have " + member.members());
                }
                long c0 = System.nanoTime();
                clustered = runner.run(manifest, work.resolve("cluster"), true, executor, r -> { });
                clusterSeconds = (System.nanoTime() - c0) / 1e9;
                timings = executor.timings();
            }
        } finally {
            worker.destroy();
            worker.waitFor(30, TimeUnit.SECONDS);
        }

        System.out.printf(Locale.ROOT, "batch: %s, %d scenarios, planned afresh; cluster members: this JVM"
                + " 127.0.0.1:%d, worker JVM 127.0.0.1:%d%n", manifestFile, manifest.scenarios().size(), batchPort,
                workerPort);
        System.out.printf(Locale.ROOT, "%-62s %9s%n", "run", "wall s");
        System.out.printf(Locale.ROOT, "%-62s %9.1f%n", "in-process, 2 scenarios at once", inProcessSeconds);
        System.out.printf(Locale.ROOT, "%-62s %9.1f%n", "loopback cluster, 2 members x 1 scenario at once",
                clusterSeconds);
        System.out.printf(Locale.ROOT, "%-62s %9.2f%n", "ratio cluster / in-process", clusterSeconds / inProcessSeconds);
        System.out.printf(Locale.ROOT, "%-62s %9.1f%n", "  not counted above: worker JVM start to joined", workerStartSeconds);
        System.out.printf(Locale.ROOT, "%-62s %9.1f%n", "  not counted above: member start in the batch JVM, join",
                memberStartSeconds);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %-18s %10s %10s %12s %11s %11s%n", "scenario", "member", "round s",
                "plan s", "overhead ms", "sent KiB", "back KiB");
        long overheadSum = 0;
        for (ClusterExecutor.Timing t : timings) {
            long overhead = t.roundTripMillis() - t.planMillis();
            overheadSum += overhead;
            Scenarios sizes = Scenarios.of(manifest, t.scenario(), rules, work.resolve("cluster"));
            System.out.printf(Locale.ROOT, "%-22s %-18s %10.1f %10.1f %12d %11.0f %11.0f%n", t.scenario(), t.member(),
                    t.roundTripMillis() / 1000.0, t.planMillis() / 1000.0, overhead, sizes.sentBytes() / 1024.0,
                    sizes.returnedBytes() / 1024.0);
        }
        System.out.printf(Locale.ROOT, "mean overhead per task: %d ms (round trip minus the member's own time:"
                + " packing, sending, unpacking, writing the reports back)%n", timings.isEmpty() ? 0
                : overheadSum / timings.size());

        int same = 0;
        List<String> differ = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < inProcess.size(); i++) {
            String name = inProcess.get(i).scenario();
            var a = json.readTree(work.resolve("in-process").resolve(name).resolve("plan.json").toFile());
            var b = json.readTree(work.resolve("cluster").resolve(name).resolve("plan.json").toFile());
            if (a.get("placements").equals(b.get("placements"))) {
                same++;
            } else {
                differ.add(name + " (reproducible: " + a.at("/solver/reproducible") + " / " + b.at("/solver/reproducible")
                        + ", termination " + a.at("/solver/termination") + " / " + b.at("/solver/termination") + ")");
            }
        }
        System.out.printf(Locale.ROOT, "placements identical in-process and on the cluster: %d of %d%s%n", same,
                inProcess.size(), differ.isEmpty() ? "" : "; differ: " + String.join(", ", differ));
        System.out.println("status: " + clustered.stream().map(r -> r.scenario() + " " + r.status()
                + (r.note().isEmpty() ? "" : " " + r.note())).toList());
    }

    /** Bytes a scenario's task carries (inventory, rules) and brings back (the files it wrote). */
    private record Scenarios(long sentBytes, long returnedBytes) {
        static Scenarios of(Manifest manifest, String name, Path rules, Path out) throws IOException {
            var scenario = manifest.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            long sent = Files.size(scenario.inventory()) + size(scenario.rules() != null ? scenario.rules() : rules);
            return new Scenarios(sent, size(out.resolve(name)));
        }

        private static long size(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".batch"))
                        .mapToLong(f -> f.toFile().length()).sum();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
