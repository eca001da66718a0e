package org.consolida.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.consolida.roadef.Evaluation;
import org.consolida.roadef.RoadefFiles;
import org.consolida.roadef.RoadefInstance;
import org.consolida.roadef.RoadefSolver;
import org.consolida.roadef.SearchResult;
import org.consolida.roadef.SearchSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The ROADEF/EURO 2012 challenge's executable: its command line, its time limit, always a feasible solution. */
@Command(name = "roadef", mixinStandardHelpOptions = true,
        description = {"Solve a ROADEF/EURO 2012 machine-reassignment instance with the challenge's command line.",
                "Writes the original assignment at once, then the best feasible solution found within the limit."})
final class RoadefCommand implements Callable<Integer> {
    /** The team identifier that {@code -name} prints, as the challenge asks of every executable. */
    static final String TEAM = "Consolida";
    /** Wall-clock time kept back from the limit for writing and checking the solution. */
    private static final Duration RESERVE = Duration.ofMillis(3000);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "-t", paramLabel = "SECONDS", description = "Wall-clock time limit, from the process start.")
    Integer seconds;

    @Option(names = "-p", paramLabel = "MODEL", description = "The instance, model_*.txt.")
    Path model;

    @Option(names = "-i", paramLabel = "ORIGINAL", description = "The original assignment, assignment_*.txt.")
    Path original;

    @Option(names = "-o", paramLabel = "NEW", description = "Where to write the solution.")
    Path output;

    @Option(names = "-s", paramLabel = "SEED", description = "Random seed (default 0).")
    long seed;

    @Option(names = "-name", description = "Print the team identifier and exit.")
    boolean name;

    @Override
    public Integer call() {
        long startMillis = System.currentTimeMillis();
        if (name) {
            spec.commandLine().getOut().println(TEAM);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        for (Object[] required : new Object[][] {{seconds, "-t SECONDS"}, {model, "-p MODEL"},
                {original, "-i ORIGINAL"}, {output, "-o NEW"}}) {
            if (required[0] == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "missing option " + required[1]);
            }
        }
        if (seconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "-t " + seconds + ": the time limit must be a positive number of seconds");
        }
        RoadefInstance instance = RoadefFiles.readModel(model);
        int[] originalAssignment = RoadefFiles.readAssignment(original, instance);
        // The original is feasible by the challenge's rules: write it first, so a killed run still leaves a solution.
        RoadefFiles.writeSolution(output, originalAssignment);

        // The challenge times the process, so when this JVM was started for the command its start-up counts; called
        // inside another program (tests, a benchmark), the limit runs from the command's start.
        long elapsedMillis = startedForThisCommand()
                ? ManagementFactory.getRuntimeMXBean().getUptime()
                : System.currentTimeMillis() - startMillis;
        Duration limit = Duration.ofSeconds(seconds).minusMillis(elapsedMillis).minus(RESERVE);
        if (limit.toMillis() < 100) {
            spec.commandLine().getErr().println("roadef: no time left to search; the original assignment stands");
            spec.commandLine().getErr().flush();
            return ExitCode.OK;
        }
        // Each round that finds a better assignment writes it (atomically): a run killed later leaves that one.
        SearchResult result = RoadefSolver.solve(instance, originalAssignment, SearchSettings.defaults(limit, seed),
                better -> RoadefFiles.writeSolution(output, better));
        Evaluation evaluation = result.evaluation();
        RoadefFiles.writeSolution(output, result.best());
        spec.commandLine().getErr().printf("roadef: %s: cost %,d (%s), %,d moves evaluated, %,d per second%n",
                instance.name(), evaluation.total(), evaluation.feasible() ? "feasible" : "INFEASIBLE",
                result.moveEvaluations(), result.moveEvaluationsPerSecond());
        spec.commandLine().getErr().flush();
        return ExitCode.OK;
    }

    /** True when the JVM's main program is consolida itself (the jar or {@code Main}), as the challenge runs it. */
    private static boolean startedForThisCommand() {
        return System.getProperty("sun.java.command", "")
                .matches("(\\S*consolida\\.jar|org\\.consolida\\.cli\\.Main)( .*)?");
    }
}
