package org.consolida.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.consolida.batch.BatchRunner;
import org.consolida.batch.ComparisonWriter;
import org.consolida.batch.Figure;
import org.consolida.batch.InProcessExecutor;
import org.consolida.batch.Manifest;
import org.consolida.batch.ManifestReader;
import org.consolida.batch.ScenarioExecutor;
import org.consolida.batch.ScenarioResult;
import org.consolida.batch.ScenarioRunner;
import org.consolida.batch.Shard;
import org.consolida.batch.cluster.ClusterExecutor;
import org.consolida.batch.cluster.ClusterMember;
import org.consolida.batch.cluster.MemberList;
import org.consolida.batch.cluster.TaskListener;
import org.consolida.io.Inventories;
import org.consolida.io.OutputPaths;
import org.consolida.pipeline.PlanPipeline;
import org.consolida.pipeline.WriterProgressConsumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code consolida batch MANIFEST}: plans every what-if of a manifest and compares them side by side, in this process,
 * as one shard of a job array ({@code --shard}, then {@code --merge}), or on a Hazelcast cluster ({@code --cluster}).
 * Nothing of Hazelcast is loaded unless {@code --cluster} is given.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Plan every scenario of a batch manifest (JSON) into OUT/<scenario>/ and compare them in"
                + " OUT/comparison.xlsx and OUT/comparison.html.",
                "A scenario whose inputs have not changed since it last completed is skipped (--force redoes it).",
                "In a job array, each task runs --shard I/N into one OUT; then --merge compares what they wrote."
                        + " With --cluster, the scenarios are planned by the members of a Hazelcast cluster"
                        + " (see: consolida worker).",
                "Exit 0: every scenario planned and holds; 1: a scenario failed, is missing or its plan does not"
                        + " hold; 2: invalid manifest or options."})
final class BatchCommand implements Callable<Integer> {
    /** Heap one scenario may need at the sizes the budgets name (10,000 workloads). */
    private static final long HEAP_PER_SCENARIO = 1536L << 20;

    @Parameters(paramLabel = "MANIFEST", description = "The batch manifest (.json).")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<manifest name>/).")
    Path out;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Scenarios planned at once here (default: what the cores and the heap allow).")
    Integer parallel;

    @Option(names = "--force", description = "Plan every scenario again, changed or not.")
    boolean force;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every scenario that sets none: a seeded"
            + " search stops after a fixed amount of work, so the same inputs give the same plan on any machine.")
    Long seed;

    @Option(names = "--quiet", description = "No progress display on stderr.")
    boolean quiet;

    @ArgGroup(exclusive = true)
    Mode mode;

    /** One way to run other than all in this process; at most one. */
    static final class Mode {
        @Option(names = "--shard", paramLabel = "I/N", description = "Plan only shard I of N (I from 1 to N): the"
                + " scenarios sorted by name, dealt out in turn. --shard N alone takes I from "
                + Shard.INDEX_VARIABLE + " + 1 (a Kubernetes Indexed Job sets it, from 0). Writes no comparison.")
        String shard;

        @Option(names = "--merge", description = "Plan nothing: compare the results the shards wrote into OUT,"
                + " naming the scenarios that failed or are missing.")
        boolean merge;

        @Option(names = "--cluster", paramLabel = "MEMBERS", description = "Start a cluster member here, join"
                + " MEMBERS (a file with one host:port per line, or host:port,host:port) by TCP/IP, and plan the"
                + " scenarios on every member with free slots, this one included.")
        String cluster;
    }

    @Option(names = "--port", paramLabel = "PORT", description = "With --cluster: the port this member listens on"
            + " (default: " + MemberList.DEFAULT_PORT + " or the next free one).")
    Integer port;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "With --cluster: members join only a cluster"
            + " of this name (default: ${DEFAULT-VALUE}).", defaultValue = "consolida")
    String clusterName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean merging = mode != null && mode.merge;
        String cluster = mode == null ? null : mode.cluster;
        if (cluster == null && (port != null || !"consolida".equals(clusterName))) {
            throw new ParameterException(spec.commandLine(), "--port and --cluster-name go with --cluster");
        }
        if (merging && (force || parallel != null)) {
            throw new ParameterException(spec.commandLine(), "--merge plans nothing: drop --force and --parallel");
        }
        if (parallel != null && parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel " + parallel + ": plan at least 1 at once");
        }
        Shard shard = mode == null || mode.shard == null ? null : shard(mode.shard);
        List<String> members = cluster == null ? null : MemberList.parse(cluster);
        if (out != null && !merging) {
            OutputPaths.prepareFolder(out, "--out"); // before the manifest and its inventories are read
        }
        Manifest read = ManifestReader.read(manifest);
        if (seed != null) {
            read = new Manifest(read.file(), read.scenarios().stream().map(s -> s.withDefaultSeed(seed)).toList());
        }
        Path folder = out != null ? out : PlanPipeline.defaultFolder(manifest.getFileName().toString());
        BatchRunner runner = new BatchRunner(DefaultRules.folder(), Main.version());
        PrintWriter stdout = spec.commandLine().getOut();
        List<ScenarioResult> results;
        if (merging) {
            results = runner.merge(read, folder);
        } else if (shard != null) {
            Manifest mine = new Manifest(read.file(), shard.select(read.scenarios()));
            if (mine.scenarios().isEmpty()) {
                stdout.println("Shard " + shard + " has no scenario: " + read.scenarios().size()
                        + " scenarios in " + shard.count() + " shards.");
                return ExitCode.OK;
            }
            results = inProcess(runner, mine, folder, "shard " + shard);
        } else if (members != null) {
            results = onCluster(runner, read, folder, members);
        } else {
            results = inProcess(runner, read, folder, "");
        }
        stdout.print(table(results));
        if (shard != null) {
            stdout.println("Shard " + shard + ": " + results.size() + " of " + read.scenarios().size()
                    + " scenarios. Once every shard has run: consolida batch " + manifest + " --merge --out " + folder
                    + (seed != null ? " --seed " + seed : ""));
        } else {
            ComparisonWriter.write(results, folder);
            stdout.println("Comparison: " + folder.resolve("comparison.xlsx") + ", "
                    + folder.resolve("comparison.html"));
        }
        stdout.flush();
        return results.stream().allMatch(ScenarioResult::holds) ? ExitCode.OK : ExitCode.NOT_HOLDING;
    }

    private Shard shard(String text) {
        try {
            return Shard.parse(text, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--shard': " + e.getMessage());
        }
    }

    private List<ScenarioResult> inProcess(BatchRunner runner, Manifest manifest, Path folder, String note) {
        try (ScenarioExecutor executor = new InProcessExecutor(Inventories::read,
                ScenarioRunner.pipeline(DefaultRules.folder()), workers(), note)) {
            return run(runner, manifest, folder, executor);
        }
    }

    /** The only path that touches Hazelcast: a member here, serving and submitting, shut down at the end. */
    private List<ScenarioResult> onCluster(BatchRunner runner, Manifest manifest, Path folder, List<String> members) {
        ClusterMember.Settings settings = new ClusterMember.Settings(members, port, clusterName, workers(),
                Main.version());
        try (ClusterMember member = ClusterMember.start(settings, Inventories::read,
                ScenarioRunner.pipeline(DefaultRules.folder()), TaskListener.NONE);
             ClusterExecutor executor = member.executor(DefaultRules.folder(),
                     message -> say("consolida: " + message))) {
            say("consolida: member " + member.address() + " joined cluster " + clusterName + " of "
                    + member.members().size() + ": " + String.join(", ", member.members()));
            return run(runner, manifest, folder, executor);
        }
    }

    private List<ScenarioResult> run(BatchRunner runner, Manifest manifest, Path folder, ScenarioExecutor executor) {
        try (ProgressBar progress = progressBar(manifest.scenarios().size())) {
            return runner.run(manifest, folder, force, executor, result -> {
                if (progress != null) {
                    progress.step();
                    progress.setExtraMessage(result.scenario() + " " + result.status().name().toLowerCase(Locale.ROOT));
                }
            });
        }
    }

    private int workers() {
        return parallel != null ? parallel : defaultParallelism();
    }

    /** A solver search uses one core; the heap bounds how many large scenarios fit at once. */
    static int defaultParallelism() {
        int cores = Runtime.getRuntime().availableProcessors();
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_SCENARIO;
        return (int) Math.max(1, Math.min(cores, byHeap));
    }

    private ProgressBar progressBar(int scenarios) {
        if (quiet) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("batch").setInitialMax(scenarios)
                .setConsumer(new WriterProgressConsumer(spec.commandLine().getErr())).setStyle(ProgressBarStyle.ASCII).setUnit(" scenarios", 1).showSpeed().build();
    }

    /** A line on stderr, flushed: cluster messages arrive from Hazelcast's threads. */
    private synchronized void say(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    private static String table(List<ScenarioResult> results) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %-28s %8s %16s  %s%n", "scenario",
                "status", "hosts", "energy kWh/y", "error or note"));
        for (ScenarioResult result : results) {
            Double hosts = result.figures().get(Figure.HOSTS_AFTER);
            Double energy = result.figures().get(Figure.ENERGY_AFTER);
            text.append(String.format(Locale.ROOT, "%-24s %-28s %8s %16s  %s%n", result.scenario(),
                    ComparisonWriter.status(result), hosts == null ? "—" : String.format(Locale.ROOT, "%.0f", hosts),
                    energy == null ? "—" : String.format(Locale.ROOT, "%,.0f", energy),
                    result.error().isEmpty() ? result.note() : result.error()));
        }
        return text.toString();
    }
}
