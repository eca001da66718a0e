package org.consolida.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Workload;
import org.consolida.io.history.DemandSizing;
import org.consolida.io.history.History;
import org.consolida.io.history.HistoryReader;
import org.consolida.io.history.PlanetLabTraces;
import org.consolida.io.history.Sizing;
import org.consolida.planning.Objective;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.CaseResult;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;

/**
 * The PlanetLab day of 2011-03-03 on CloudSim's estate ({@link CloudSimSetup}): one static plan from the traces
 * (percentile sizing, the traces' own day profiles), the whole day simulated on the traces' 5-minute samples, beside
 * CloudSim 3.0.3's dynamic policies on the same traces. Each plan is made and simulated twice: under CloudSim's
 * assumptions (a running VM holds no memory; a host at 0 % CPU draws 0 W) and under Consolida's (memory honoured;
 * a host that is on draws at least its idle power). Usage: {@code PlanetLabBench [SECONDS] [SEED]}.
 */
public final class PlanetLabBench {
    private static final Path TRACES = Path.of("datasets/planetlab/20110303");
    private static final Path CURVES = Path.of("datasets/power/specpower-curves.csv");

    /** CloudSim 3.0.3 on 20110303 (datasets/README.md): energy kWh, hosts, migrations, SLATAH %. */
    private static final String[][] CLOUDSIM = {
            {"NPA (no power management)", "2410.8", "800", "0", "-"},
            {"DVFS (first fit, no migration)", "765.0", "414", "0", "-"},
            {"THR-MMT 0.8", "198.1", "-", "27728", "5.00"},
            {"LR-MMT 1.2", "167.8", "-", "27649", "5.72"},
    };

    /** The default (p95), a lower percentile and the observed peak. */
    private static final List<Sizing> SIZINGS = List.of(Sizing.defaults(), new Sizing(90, 1.0, 100),
            Sizing.defaults().atPeak());

    private PlanetLabBench() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<String> names = PlanetLabTraces.read(TRACES).stream().map(PlanetLabTraces.Trace::name).toList();
        Map<String, double[]> curves = CloudSimSetup.curves(CURVES);
        History history = HistoryReader.read(TRACES);

        System.out.printf(Locale.ROOT, "PlanetLab %s: %d VMs, %d hosts; plan %d s, seed %d; simulated in 288 steps of "
                + "5 min on the traces' own samples%n", TRACES.getFileName(), names.size(), CloudSimSetup.HOSTS,
                seconds, seed);
        printDemand(CloudSimSetup.inventory(names, curves, true), history);
        System.out.printf(Locale.ROOT, "%-58s %8s %6s %10s %8s %8s | %8s %8s %8s %9s%n", "", "kWh/day", "hosts",
                "migrations", "short %", "SLATAH %", "plan kWh", "LB main", "LB day", "LB static");
        for (String[] row : CLOUDSIM) {
            System.out.printf(Locale.ROOT, "%-58s %8s %6s %10s %8s %8s |%n", "CloudSim 3.0.3 " + row[0], row[1],
                    row[2], row[3], "-", row[4]);
        }
        for (boolean ours : new boolean[] {false, true}) {
            for (Sizing sizing : SIZINGS) {
                Inventory estate = CloudSimSetup.inventory(names, curves, ours);
                DemandSizing.Sized sized = DemandSizing.apply(estate, history, sizing);
                long start = System.nanoTime();
                PlanResult result = new Planner().plan(sized.inventory(), ForbiddenPlacements.none(),
                        SolveSettings.seeded(Duration.ofSeconds(seconds), seed).withObjective(Objective.ENERGY),
                        SolveListener.NONE);
                double planSeconds = (System.nanoTime() - start) / 1e9;
                Map<Workload, Host> plan = new HashMap<>();
                for (Placement p : result.plan().getPlacements()) {
                    if (p.getHost() != null) {
                        plan.put(p.getWorkload(), p.getHost().host());
                    }
                }
                SimulationSettings settings = SimulationSettings.defaults().withHostScenarios(false)
                        .withZeroLoadDrawsNothing(!ours);
                DemandShares shares = DemandShares.measured(sized.inventory(), sized.measured(), settings);
                CaseResult day = new Simulator(sized.inventory(), shares, settings).scenario("after", plan);
                // A static plan keeps the bound's hosts on all day (here set by memory, or by the planned CPU).
                double staticBound = staticDayBound(sized.inventory(), shares, settings,
                        result.lowerBound().activeHosts());
                double dayBound = ours ? staticBound : dayBoundCloudSim(sized.inventory(), shares, settings);
                String label = "Consolida, " + (ours ? "ours" : "CloudSim's") + " assumptions, " + sizing.describe();
                System.out.printf(Locale.ROOT, "%-58s %8.1f %6d %10d %8.3f %8.3f | %8.1f %8.1f %8.1f %9.1f%n", label,
                        day.itEnergyKwh(), day.activeHosts(), 0, 100 * day.shortOfDemandShare(),
                        100 * day.overloadedHostShare(), result.after().energyKwhPerYear() / 365,
                        result.lowerBound().energyKwhPerYear() / 365, dayBound, staticBound);
                System.out.printf(Locale.ROOT, "    %d unplaced, score %s, %s after %.0f s (%d moves); energy / LB day "
                                + "%.3f; delivered %.4f%n", result.unplaced().size(), result.score(),
                        result.stats().termination(), planSeconds, result.stats().moveEvaluations(),
                        day.itEnergyKwh() / dayBound, day.deliveredRatio());
            }
        }
        System.out.println("kWh/day: simulated IT energy of the day (PUE 1); short %: workload-time below demand; "
                + "SLATAH %: host-time with more CPU asked than the host has; plan kWh: the planner's own figure at "
                + "planned demand, per day; LB main: planning.LowerBound at planned demand, per day; LB day: the "
                + "least energy of the day's traced demand (CloudSim's view: hosts switched per step; ours: as LB "
                + "static); LB static: a plan that keeps LB main's host count on all day (docs/simulation.md).");
    }

    /** What per-workload sizing adds up to, against the total demand of the day: why a static plan needs more hosts. */
    private static void printDemand(Inventory estate, History history) {
        SimulationSettings settings = SimulationSettings.defaults();
        for (Sizing sizing : SIZINGS) {
            DemandSizing.Sized sized = DemandSizing.apply(estate, history, sizing);
            double planned = sized.inventory().workloads().stream().mapToDouble(Workload::cpuGhz).sum();
            System.out.printf(Locale.ROOT, "  sum of the VMs' planned CPU, %s: %.1f GHz%n", sizing.describe(), planned);
        }
        DemandSizing.Sized sized = DemandSizing.apply(estate, history, Sizing.defaults());
        double[] total = demandPerStep(sized.inventory(), DemandShares.measured(sized.inventory(), sized.measured(),
                settings), settings);
        double mean = Arrays.stream(total).average().orElse(0);
        double max = Arrays.stream(total).max().orElse(0);
        System.out.printf(Locale.ROOT, "  total CPU demand of the day: mean %.1f GHz, highest step %.1f GHz; "
                + "VM memory %.1f GiB%n", mean, max, estate.workloads().stream().mapToDouble(Workload::memoryGib).sum());
    }

    /** Σ traced CPU demand per step, in GHz. */
    private static double[] demandPerStep(Inventory inventory, DemandShares shares, SimulationSettings settings) {
        double[] demand = new double[settings.steps()];
        List<Workload> workloads = inventory.workloads();
        for (int w = 0; w < workloads.size(); w++) {
            for (int t = 0; t < demand.length; t++) {
                demand[t] += workloads.get(w).cpuGhz() * shares.share(w, t);
            }
        }
        return demand;
    }

    /**
     * CloudSim's view: hosts can be off at any step and draw nothing at 0 %, so each step costs at least its demand
     * times the best watts per GHz of any host at any load (the curve is linear between its points, so the best ratio
     * is at a point).
     */
    static double dayBoundCloudSim(Inventory inventory, DemandShares shares, SimulationSettings settings) {
        double bestWattsPerGhz = Double.MAX_VALUE;
        for (HostModel model : inventory.hostModels()) {
            for (int point = 1; point < PowerCurve.POINTS; point++) {
                double ghz = model.cpuGhz() * point / (PowerCurve.POINTS - 1);
                bestWattsPerGhz = Math.min(bestWattsPerGhz, model.powerCurve().watts().get(point) / ghz);
            }
        }
        double wh = 0;
        for (double ghz : demandPerStep(inventory, shares, settings)) {
            wh += ghz * bestWattsPerGhz * settings.stepMinutes() / 60.0;
        }
        return wh / 1000;
    }

    /**
     * A static plan: at every step at least {@code hostsOn} hosts are on (the planner's host bound: by memory when it is
     * honoured, else by the planned CPU), so their idle power is spent, the cheapest idlers first (a host with guests
     * is taken to be busy at every step, which holds for the PlanetLab hosts); on top of it each GHz carried costs at
     * least the least rise of power per GHz of any host (at a curve point: the rise is linear between them).
     */
    static double staticDayBound(Inventory inventory, DemandShares shares, SimulationSettings settings,
                                         int hostsOn) {
        List<Double> idle = inventory.hosts().stream().map(h -> h.model().powerCurve().idleWatts()).sorted().toList();
        double idleWatts = 0;
        for (int i = 0; i < Math.min(hostsOn, idle.size()); i++) {
            idleWatts += idle.get(i);
        }
        double leastRise = Double.MAX_VALUE;
        for (HostModel model : inventory.hostModels()) {
            List<Double> watts = model.powerCurve().watts();
            for (int point = 1; point < PowerCurve.POINTS; point++) {
                double ghz = model.cpuGhz() * point / (PowerCurve.POINTS - 1);
                leastRise = Math.min(leastRise, (watts.get(point) - watts.get(0)) / ghz);
            }
        }
        double hours = settings.stepMinutes() / 60.0;
        double wh = 0;
        for (double ghz : demandPerStep(inventory, shares, settings)) {
            wh += (idleWatts + ghz * leastRise) * hours;
        }
        return wh / 1000;
    }
}
