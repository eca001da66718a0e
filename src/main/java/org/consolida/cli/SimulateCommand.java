package org.consolida.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.consolida.io.AtomicFiles;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.io.OutputPaths;
import org.consolida.io.Inventories;
import org.consolida.io.ReadResult;
import org.consolida.io.history.PlanetLabTraces;
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.PlanPlacements;
import org.consolida.simulation.CaseResult;
import org.consolida.simulation.SimulationResult;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Replay a plan in the simulated runtime: today's placement (before), the plan (after), "
                + "each single-host failure and each maintenance evacuation.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INVENTORY", description = "The inventory the plan was made for.")
    Path inventory;

    @Option(names = "--plan", required = true, paramLabel = "PLAN.json", description = "A plan.json written by `plan`.")
    Path plan;

    @Option(names = "--traces", paramLabel = "DIR",
            description = "PlanetLab CPU traces, one file per workload, instead of the inventory's demand profiles.")
    Path traces;

    @Option(names = "--planned-demand", description = "Run every workload at its planned demand (cpu_ghz) at every "
            + "step instead of its profile: the planner's view, to compare energy with the plan.")
    boolean plannedDemand;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON instead of a table.")
    boolean json;

    @Option(names = "--no-host-scenarios", description = "Skip the failure and evacuation scenarios.")
    boolean noHostScenarios;

    @Mixin
    HistoryOptions historyOptions = new HistoryOptions();

    @Override
    public Integer call() {
        if (out != null) {
            OutputPaths.checkFile(out, "--out"); // before reading and simulating
        }
        ReadResult read = historyOptions.apply(Inventories.readWithWarnings(inventory));
        return simulate(read.inventory(), read.measured(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int simulate(Inventory inv, PrintWriter stdout, PrintWriter stderr) {
        return simulate(inv, MeasuredDemand.none(), stdout, stderr);
    }

    /** With a history, workloads replay its last day (the plan must have been made from the same history). */
    int simulate(Inventory inv, MeasuredDemand measured, PrintWriter stdout, PrintWriter stderr) {
        SimulationSettings settings = SimulationSettings.defaults().withHostScenarios(!noHostScenarios);
        Map<Workload, Host> placements = PlanPlacements.read(plan, inv);
        long absent = inv.workloads().stream().filter(w -> !placements.containsKey(w)).count();
        if (absent > 0) {
            stderr.println("consolida simulate: " + absent + " workloads have no host in " + plan
                    + " and count as unplaced");
            stderr.flush();
        }
        if (plannedDemand && traces != null) {
            throw InvalidInputException.of("", "--planned-demand, --traces",
                    "each says what drives demand; give one of them");
        }
        if (traces != null && !measured.isEmpty()) {
            throw InvalidInputException.of("", "--history, --traces", "each says what drives demand; give one of "
                    + "them (a PlanetLab folder works as --history too)");
        }
        DemandShares shares = plannedDemand ? DemandShares.planned(inv, settings)
                : !measured.isEmpty() ? DemandShares.measured(inv, measured, settings)
                : traces == null ? DemandShares.profiles(inv, settings)
                : DemandShares.traces(inv, PlanetLabTraces.read(traces).stream().map(PlanetLabTraces.Trace::sharePerSample)
                        .toList(), traces.toString(), settings);
        SimulationResult result = new Simulator(inv, shares, settings).run(placements);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (out != null) {
            AtomicFiles.write(out, stream -> mapper.writeValue(stream, result));
        }
        if (json) {
            try {
                stdout.println(mapper.writeValueAsString(result));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            printTable(result, stdout);
        }
        stdout.flush();
        CaseResult after = result.scenario("after");
        return after.workloadsBelowTarget() > 0 ? ExitCode.NOT_HOLDING : ExitCode.OK;
    }

    private static final int WORST_SHOWN = 10;

    private static void printTable(SimulationResult result, PrintWriter stdout) {
        stdout.printf(Locale.ROOT, "demand: %s; %.0f h in steps of %d min; host scenarios at the peak step %d (%s)%n",
                result.demand(), result.horizonHours(), result.stepMinutes(), result.peakStep(), result.peakTime());
        stdout.printf(Locale.ROOT, "%-28s %10s %8s %8s %9s %8s %8s  %s%n", "scenario", "delivered", "below", "hosts",
                "peak util", "short", "kWh", "limited by");
        List<CaseResult> hostScenarios = result.scenarios().stream()
                .filter(s -> s.name().startsWith("failure:") || s.name().startsWith("evacuate:")).toList();
        result.scenarios().stream().filter(s -> !hostScenarios.contains(s)).forEach(s -> printRow(s, stdout));
        if (hostScenarios.isEmpty()) {
            return;
        }
        List<CaseResult> worst = hostScenarios.stream()
                .sorted(Comparator.comparingDouble(CaseResult::deliveredRatio)).limit(WORST_SHOWN).toList();
        long missing = hostScenarios.stream().filter(s -> s.workloadsBelowTarget() > 0).count();
        stdout.printf(Locale.ROOT, "%d host scenarios (failure and evacuation of each active host), %d leave workloads "
                + "below target; the %d worst:%n", hostScenarios.size(), missing, worst.size());
        worst.forEach(s -> printRow(s, stdout));
    }

    private static void printRow(CaseResult s, PrintWriter stdout) {
        stdout.printf(Locale.ROOT, "%-28s %9.2f%% %8d %8d %8.0f%% %7.2f%% %8s  %s%n", s.name(), 100 * s.deliveredRatio(),
                s.workloadsBelowTarget(), s.activeHosts(), 100 * s.peakHostUtilization(), 100 * s.shortOfDemandShare(),
                s.energyKwh() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.energyKwh()), s.limitedBy());
    }
}
