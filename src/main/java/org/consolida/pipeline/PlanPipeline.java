package org.consolida.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Workload;
import org.consolida.io.Inventories;
import org.consolida.io.ReadResult;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.planning.migration.MigrationPlan;
import org.consolida.planning.migration.MigrationWaves;
import org.consolida.report.ReportFiles;
import org.consolida.report.ReportModel;
import org.consolida.report.ReportWriter;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.Review;
import org.consolida.rules.ReviewRules;
import org.consolida.rules.RuleBase;
import org.consolida.rules.RuleBudget;
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.SimulationResult;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;

/**
 * One run of the whole pipeline for one inventory: read it, apply the policy rules, plan, review the plan, order its
 * moves into waves, replay it in the simulated runtime, and write the three reports. The CLI and the batch runner both
 * call it. Every stage's input is the previous stage's immutable output.
 */
public final class PlanPipeline {
    private final Function<Path, ReadResult> reader;

    /** @param reader reads an inventory file with its warnings, throwing {@code InvalidInputException} for a bad one */
    public PlanPipeline(Function<Path, ReadResult> reader) {
        this.reader = Objects.requireNonNull(reader);
    }

    /** The pipeline as the command line runs it: any inventory format Consolida reads. */
    public static PlanPipeline standard() {
        return new PlanPipeline(Inventories::readWithWarnings);
    }

    /**
     * How to run: the search settings, the rules folder (null: no rules at all, as {@code --no-rules} asks), the
     * simulated runtime's settings (null: no simulation), and the budget of each rule session.
     */
    public record Settings(SolveSettings solve, Path rules, SimulationSettings simulation, RuleBudget ruleBudget) {
        public Settings {
            Objects.requireNonNull(solve, "solve");
            ruleBudget = ruleBudget == null ? RuleBudget.defaults() : ruleBudget;
        }

        public Settings(SolveSettings solve, Path rules, SimulationSettings simulation) {
            this(solve, rules, simulation, RuleBudget.defaults());
        }
    }

    /** What one run produced and where it wrote it. */
    public record Outcome(Inventory inventory, PlanResult result, ReportModel report, ReportFiles files) {
        /** Everything holds: no hard violation, every workload placed, and the simulated throughput target met. */
        public boolean holds() {
            return result.holds() && (report.simulation().scenarios().isEmpty() || report.simulation().throughputMet());
        }
    }

    /**
     * Reads the inventory and runs the pipeline into {@code outFolder} (null: {@code reports/<inventory name>/}). A
     * given folder is checked before the inventory is read: a folder that cannot be written costs a second, not a read.
     */
    public Outcome run(Path inventoryFile, Path outFolder, Settings settings, SolveListener listener) {
        listener.stage("reading " + inventoryFile.getFileName());
        if (outFolder != null) {
            try (ReportWriter reports = ReportWriter.open(outFolder, "--out")) {
                ReadResult read = reader.apply(inventoryFile);
                return run(read.inventory(), read.warnings(), read.measured(), reports, settings, listener);
            }
        }
        ReadResult read = reader.apply(inventoryFile);
        try (ReportWriter reports = ReportWriter.open(defaultFolder(read.inventory().name()))) {
            return run(read.inventory(), read.warnings(), read.measured(), reports, settings, listener);
        }
    }

    public Outcome run(Inventory inventory, List<Problem> warnings, Path outFolder, Settings settings,
                       SolveListener listener) {
        return run(inventory, warnings, MeasuredDemand.none(), outFolder, settings, listener);
    }

    /**
     * @param measured what a utilisation history measured of the workloads (their demand and profiles in the inventory
     *                 already come from it): the simulated day replays it and the review rules see it
     */
    public Outcome run(Inventory inventory, List<Problem> warnings, MeasuredDemand measured, Path outFolder,
                       Settings settings, SolveListener listener) {
        try (ReportWriter reports = ReportWriter.open(outFolder)) {
            return run(inventory, warnings, measured, reports, settings, listener);
        }
    }

    private Outcome run(Inventory inventory, List<Problem> warnings, MeasuredDemand measured, ReportWriter reports,
                        Settings settings, SolveListener listener) {
        // Rules first: a broken DRL is invalid input and must stop the run before minutes of search.
        if (settings.rules() != null) {
            listener.stage("policy rules (" + inventory.workloads().size() + " workloads, "
                    + inventory.hosts().size() + " hosts)");
        }
        RuleBase rules = settings.rules() == null ? null : RuleBase.load(settings.rules(), settings.ruleBudget());
        ForbiddenPlacements restrictions = rules == null ? ForbiddenPlacements.none() : PolicyRules.apply(rules, inventory);
        PlanResult result = new Planner().plan(inventory, restrictions, settings.solve(), listener);
        Map<Workload, Host> plan = placements(result);
        SimulationSettings simulation = settings.simulation() == null ? SimulationSettings.defaults()
                : settings.simulation();
        // The simulated day reads only the inventory and the plan, as the review and the waves do: it runs on the
        // other core meanwhile (at 100,000 workloads the review and the waves take seconds each).
        ExecutorService beside = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consolida-simulation");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<SimulationResult> simulating = settings.simulation() == null ? null
                    : beside.submit(() -> new Simulator(inventory, measured.isEmpty()
                    ? DemandShares.profiles(inventory, simulation)
                    : DemandShares.measured(inventory, measured, simulation), simulation).run(plan));
            if (rules != null) {
                listener.stage("review rules");
            }
            Review review = rules == null ? new Review(List.of(), List.of())
                    : ReviewRules.review(rules, inventory, plan, measured);
            listener.stage("migration waves");
            MigrationPlan migrations = MigrationWaves.plan(inventory, plan, MigrationTimes.estimator(simulation));
            if (simulating != null) {
                listener.stage("simulated runtime (its rest, after the review and the waves)");
            }
            SimulationResult simulated = simulating == null ? null : result(simulating);
            return write(inventory, warnings, measured, reports, listener, result, review, migrations, simulated);
        } finally {
            beside.shutdownNow();
        }
    }

    private static Outcome write(Inventory inventory, List<Problem> warnings, MeasuredDemand measured,
                                 ReportWriter reports, SolveListener listener, PlanResult result, Review review,
                                 MigrationPlan migrations, SimulationResult simulated) {
        listener.stage("reports");
        ReportModel report = ReportAssembly.of(inventory, warnings, result, review, !measured.isEmpty(), migrations,
                simulated);
        Outcome outcome = new Outcome(inventory, result, report, reports.write(report));
        listener.stage("done");
        return outcome;
    }

    /** The simulation's result, its own exceptions rethrown as they are (an invalid input stays one). */
    private static SimulationResult result(Future<SimulationResult> simulating) {
        try {
            return simulating.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the simulated runtime ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The plan as the later stages read it: workload → planned host, unplaced workloads absent. */
    static Map<Workload, Host> placements(PlanResult result) {
        Map<Workload, Host> plan = new HashMap<>();
        for (Placement placement : result.plan().getPlacements()) {
            if (placement.getHost() != null) {
                plan.put(placement.getWorkload(), placement.getHost().host());
            }
        }
        return plan;
    }

    /** {@code reports/<inventory name>/}, the name without folders or extension. */
    public static Path defaultFolder(String inventoryName) {
        String name = Path.of(inventoryName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Path.of("reports", dot > 0 ? name.substring(0, dot) : name);
    }
}
