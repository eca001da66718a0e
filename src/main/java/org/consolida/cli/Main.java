package org.consolida.cli;

import java.io.PrintWriter;
import java.util.List;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The consolida command line: subcommands, one exception handler, exit codes from {@link ExitCode}. */
@Command(name = "consolida", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Plans server consolidation in virtualised datacenters.",
        subcommands = {
                CommandLine.HelpCommand.class,
                TemplateCommand.class,
                ValidateCommand.class,
                ConvertCommand.class,
                GenerateCommand.class,
                PlanCommand.class,
                RulesCommand.class,
                SimulateCommand.class,
                BatchCommand.class,
                WorkerCommand.class,
                RoadefCommand.class,
                RoadefCheckCommand.class,
        })
public final class Main implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line writing to these streams instead of stdout and stderr (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --sizing peak, --memory-basis consumed
        commandLine.setExecutionExceptionHandler(Main::handleException);
        commandLine.setParameterExceptionHandler(Main::handleParameterException);
        return commandLine;
    }

    private static int handleException(Exception exception, CommandLine commandLine,
                                       CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InvalidInputException invalid) {
            printProblems(err, invalid.problems());
            return ExitCode.INVALID_INPUT;
        }
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        err.println("consolida: internal error: " + exception);
        if (verbose) {
            exception.printStackTrace(err);
        } else {
            err.println("run with --verbose for the stack trace");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    private static int handleParameterException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("consolida: " + exception.getMessage());
        err.println("see: consolida " + commandLine.getCommandSpec().qualifiedName(" ").replaceFirst("^consolida ?", "")
                + (commandLine.getCommandSpec().qualifiedName().equals("consolida") ? "" : " ") + "--help");
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    /** Prints problems location first, errors and warnings, then a count. */
    static void printProblems(PrintWriter err, List<Problem> problems) {
        problems.forEach(err::println);
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors") + " found.");
        }
        err.flush();
    }

    /** "consolida 0.1.0" from the jar, "consolida development" from classes: part of batch fingerprints. */
    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "consolida " + (version == null ? "development" : version);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {version()};
        }
    }
}
