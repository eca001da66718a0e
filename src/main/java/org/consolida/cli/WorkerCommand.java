package org.consolida.cli;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.consolida.batch.ScenarioRunner;
import org.consolida.batch.cluster.ClusterMember;
import org.consolida.batch.cluster.MemberList;
import org.consolida.batch.cluster.TaskListener;
import org.consolida.io.Inventories;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code consolida worker --cluster MEMBERS}: a cluster member that plans what batches submit, until it is stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Join a Hazelcast cluster by TCP/IP and plan the scenarios that `batch --cluster` submits,"
                + " until stopped (Ctrl-C, SIGTERM). Each task brings its inventory, settings and rules; the worker"
                + " needs only the same Consolida version.",
                "Prints one line per scenario it starts and ends. Exit 2: invalid options or members."})
final class WorkerCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    @Option(names = "--cluster", required = true, paramLabel = "MEMBERS", description = "The members to join: a file"
            + " with one host:port per line, or host:port,host:port.")
    String cluster;

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: "
            + MemberList.DEFAULT_PORT + " or the next free one).")
    Integer port;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = "consolida",
            description = "Join only a cluster of this name (default: ${DEFAULT-VALUE}).")
    String clusterName;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Scenarios planned at once (default: what the cores and the heap allow).")
    Integer parallel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (parallel != null && parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel " + parallel + ": plan at least 1 at once");
        }
        List<String> members = MemberList.parse(cluster);
        int slots = parallel != null ? parallel : BatchCommand.defaultParallelism();
        ClusterMember.Settings settings = new ClusterMember.Settings(members, port, clusterName, slots,
                Main.version());
        try (ClusterMember member = ClusterMember.start(settings, Inventories::read,
                ScenarioRunner.pipeline(DefaultRules.folder()), new Printer())) {
            say("worker " + member.address() + " in cluster " + clusterName + " (" + String.join(", ",
                    member.members()) + "), planning up to " + slots + " scenario" + (slots == 1 ? "" : "s")
                    + " at once");
            member.awaitShutdown();
        }
        return ExitCode.OK;
    }

    private void say(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(LocalTime.now().format(CLOCK) + " " + line);
        out.flush();
    }

    private final class Printer implements TaskListener {
        @Override
        public void started(String scenario) {
            say("planning " + scenario);
        }

        @Override
        public void finished(String scenario, int exitCode, String error, long millis) {
            String seconds = String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
            say(!error.isEmpty() ? "failed " + scenario + " in " + seconds + ": " + error
                    : "planned " + scenario + " in " + seconds + (exitCode == 0 ? "" : " (the plan does not hold)"));
        }
    }
}
