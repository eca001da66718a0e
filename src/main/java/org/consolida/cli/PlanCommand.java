package org.consolida.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            description = "How long to search: 30s, 2m, 1m30s or seconds (default: ${DEFAULT-VALUE}).")
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
        SolveListener progress = quiet ? SolveListener.NONE : new ConsoleProgress(System.err);
        PlanPipeline.Outcome outcome = pipeline.run(inventory, out, settings, progress);
        outcome.report().warnings().forEach(System.err::println);
        System.out.print(ConsoleSummary.text(outcome.report(), outcome.files()));
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

    /** Accepts 30s, 2m, 1m30s, 1h, a bare number of seconds, or ISO-8601 (PT30S). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern PARTS = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+(?:\\.\\d+)?)s)?");

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(java.util.Locale.ROOT);
            Duration duration = null;
            if (text.matches("\\d+(\\.\\d+)?")) {
                duration = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
            } else if (text.startsWith("pt")) {
                try {
                    duration = Duration.parse(text);
                } catch (DateTimeParseException e) {
                    duration = null;
                }
            } else {
                Matcher matcher = PARTS.matcher(text);
                if (!text.isEmpty() && matcher.matches()) {
                    duration = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                            .plusMillis(matcher.group(3) == null ? 0
                                    : Math.round(Double.parseDouble(matcher.group(3)) * 1000));
                }
            }
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new TypeConversionException("\"" + value + "\" is not a positive duration; write e.g. 30s, 2m,"
                        + " 1m30s or 45");
            }
            return duration;
        }

        private static long number(String digits) {
            return digits == null ? 0 : Long.parseLong(digits);
        }
    }
}
