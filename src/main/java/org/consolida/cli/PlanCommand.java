package org.consolida.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.consolida.io.Durations;
import org.consolida.pipeline.ConsoleProgress;
import org.consolida.pipeline.PlanPipeline;
import org.consolida.report.ConsoleSummary;
import org.consolida.simulation.SimulationSettings;
import org.consolida.planning.Objective;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Plans a placement for one inventory and writes the three reports. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Search a placement that uses fewer, more efficient hosts with redundancy kept, review it with"
                + " the rules, replay it in the simulated runtime, and write plan.json, plan.xlsx and report.html.",
                "Exit 0: the plan holds; 1: plan written with hard violations, unplaced workloads or throughput"
                        + " missed; 2: invalid input (inventory, rules, arguments)."})
final class PlanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INVENTORY", description = "Inventory file (.xlsx or .json).")
    Path inventory;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<inventory name>/).")
    Path out;

    @Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long to search: 500ms, 30s, 2m, 1m30s, 1h, PT30S or seconds (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--unimproved-time-limit", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop earlier after this long without a better plan (default: a third of the time limit,"
                    + " at least 5s). Ignored with --seed.")
    Duration unimprovedLimit;

    @Option(names = "--seed", paramLabel = "N",
            description = "Reproducible search: the same inventory and seed give the same plan (the search then stops"
                    + " after a fixed number of moves scaled from the time limit).")
    Long seed;

    @Option(names = "--objective", paramLabel = "cost|energy", defaultValue = "cost",
            converter = ObjectiveConverter.class,
            description = "What the search minimises: cost (the whole yearly cost, default) or energy (energy alone;"
                    + " traffic, migrations, headroom and rack space priced at zero, every hard constraint kept).")
    Objective objective;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The rules folder, with policy/ and review/ (default: rules/ here, else the installation's).")
    Path rules;

    @Option(names = "--no-rules", description = "Plan without any policy or review rules (no restrictions, no"
            + " findings); without it, a rules folder that is missing or holds no rules is an error.")
    boolean noRules;

    @Mixin
    RuleOptions ruleOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-simulation", description = "Skip the simulated runtime (no throughput verdict).")
    boolean noSimulation;

    @Option(names = "--quiet", description = "No progress display on stderr.")
    boolean quiet;

    @Mixin
    InventoryOptions inventoryOptions;

    @Mixin
    HistoryOptions historyOptions;

    @Override
    public Integer call() {
        return run(new PlanPipeline(path -> historyOptions.apply(inventoryOptions.read(path))));
    }

    /** Runs the command with a given pipeline: the CLI's reader, or a test's. */
    int run(PlanPipeline pipeline) {
        if (noRules && rules != null) {
            throw new ParameterException(spec.commandLine(), "--no-rules and --rules " + rules + " contradict each"
                    + " other; give one of them");
        }
        SolveSettings solve = new SolveSettings(timeLimit, unimprovedLimit, seed, null, objective);
        PlanPipeline.Settings settings = new PlanPipeline.Settings(solve,
                noRules ? null : rules != null ? rules : DefaultRules.folder(),
                noSimulation ? null : SimulationSettings.defaults(), ruleOptions == null ? null : budget());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SolveListener progress = quiet ? SolveListener.NONE : new ConsoleProgress(stderr);
        PlanPipeline.Outcome outcome = pipeline.run(inventory, out, settings, progress);
        outcome.report().warnings().forEach(stderr::println);
        stderr.flush();
        stdout.print(ConsoleSummary.text(outcome.report(), outcome.files()));
        stdout.flush();
        return outcome.holds() ? ExitCode.OK : ExitCode.NOT_HOLDING;
    }

    private org.consolida.rules.RuleBudget budget() {
        try {
            return ruleOptions.budget();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Accepts "cost" or "energy" in any case. */
    static final class ObjectiveConverter implements ITypeConverter<Objective> {
        @Override
        public Objective convert(String value) {
            Objective objective = Objective.parse(value);
            if (objective == null) {
                throw new TypeConversionException("\"" + value + "\" is not an objective; write cost or energy");
            }
            return objective;
        }
    }

    /** A positive duration in the grammar of {@link Durations} (the manifest's too). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parsePositive(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
