package org.consolida.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Workload;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanMetrics;
import org.consolida.planning.PlanResult;
import org.consolida.planning.PlannedHost;
import org.consolida.planning.ScoreExplanation;
import org.consolida.planning.migration.MigrationMode;
import org.consolida.planning.migration.MigrationPlan;
import org.consolida.planning.migration.Move;
import org.consolida.planning.migration.Wave;
import org.consolida.report.Baselines;
import org.consolida.report.ScoreRow;
import org.consolida.report.PenaltyRow;
import org.consolida.report.FindingRow;
import org.consolida.report.Figures;
import org.consolida.report.HostAction;
import org.consolida.report.HostRow;
import org.consolida.report.MigrationRow;
import org.consolida.report.MigrationWave;
import org.consolida.report.PlacementRow;
import org.consolida.report.RackRow;
import org.consolida.report.ReportModel;
import org.consolida.report.RightSizingSummary;
import org.consolida.report.SimulationSummary;
import org.consolida.report.SolverSummary;
import org.consolida.report.UnplacedRow;
import org.consolida.report.Utilization;
import org.consolida.report.ThroughputRow;
import org.consolida.rules.Finding;
import org.consolida.rules.Review;
import org.consolida.simulation.CaseResult;
import org.consolida.simulation.SimulationResult;

/**
 * Assembles the report model from what the stages produced: the planner's result, the review findings, the
 * migration waves and the simulation. The reports only render it, so this is the one place that decides what a figure
 * in a report means.
 */
final class ReportAssembly {
    private final Inventory inventory;
    private final PlanResult result;
    private final Map<String, PlannedHost> plannedHosts = new HashMap<>();
    private final Map<String, Long> cpuMhzBefore = new HashMap<>();
    private final Map<String, Long> cpuMhzAfter = new HashMap<>();

    private ReportAssembly(Inventory inventory, PlanResult result) {
        this.inventory = inventory;
        this.result = result;
        result.plan().getHosts().forEach(h -> plannedHosts.put(h.id(), h));
        for (Placement placement : result.plan().getPlacements()) {
            if (placement.getCurrentHost() != null) {
                cpuMhzBefore.merge(placement.getCurrentHost().id(), placement.cpuMhzOn(placement.getCurrentHost()),
                        Long::sum);
            }
            if (placement.getHost() != null) {
                cpuMhzAfter.merge(placement.getHost().id(), placement.cpuMhzOn(placement.getHost()), Long::sum);
            }
        }
    }

    static ReportModel of(Inventory inventory, List<Problem> warnings, PlanResult result, List<Finding> findings,
                          MigrationPlan migrations, SimulationResult simulation) {
        return of(inventory, warnings, result, new Review(findings, List.of()), false, migrations, simulation);
    }

    /** @param measured whether demand came from a utilisation history (then the report says what right-sizing frees) */
    static ReportModel of(Inventory inventory, List<Problem> warnings, PlanResult result, Review review,
                          boolean measured, MigrationPlan migrations, SimulationResult simulation) {
        return new ReportAssembly(inventory, result).model(warnings, review.findings(), migrations, simulation,
                measured ? rightSizing(review) : null);
    }

    private static RightSizingSummary rightSizing(Review review) {
        List<RightSizingSummary.Suggestion> suggestions = review.rightSizings().stream()
                .map(r -> new RightSizingSummary.Suggestion(r.workload(), r.vcpus(), r.suggestedVcpus(),
                        round(r.memoryGib()), round(r.suggestedMemoryGib())))
                .toList();
        return new RightSizingSummary(suggestions.size(), review.vcpusFreed(), round(review.memoryGibFreed()),
                suggestions);
    }

    private ReportModel model(List<Problem> warnings, List<Finding> findings, MigrationPlan migrations,
                              SimulationResult simulation, RightSizingSummary rightSizing) {
        PlanResult.SolveStats stats = result.stats();
        SolverSummary solver = SolverSummary.builder().score(result.score().toString()).feasible(result.feasible())
                .timeLimitSeconds(stats.timeLimitMillis() / 1000).seed(stats.seed() == null ? 0 : stats.seed())
                .reproducible(stats.reproducible()).termination(stats.termination()).start(stats.start())
                .moveEvaluationsPerSecond(stats.moveEvaluationsPerSecond())
                .firstFeasibleMillis(stats.firstFeasibleMillis())
                .objective(stats.objective().name().toLowerCase(Locale.ROOT))
                .parts(stats.parts().isEmpty() ? null : stats.parts().stream()
                        .map(p -> new SolverSummary.Part(p.name(), p.workloads(), p.hosts(), p.start(), p.solveMillis(),
                                p.moveEvaluations(), p.moveEvaluationsPerSecond(), p.score()))
                        .toList())
                .build();
        Baselines baselines = new Baselines(
                figures(result.firstFitDecreasing().metrics()).withScore(result.firstFitDecreasing().score().toString()),
                figures(result.powerAwareBestFit().metrics()).withScore(result.powerAwareBestFit().score().toString()));
        Figures bound = Figures.lowerBound(result.lowerBound().activeHosts(),
                round(result.lowerBound().energyKwhPerYear()));
        List<HostRow> hosts = hosts();
        return ReportModel.builder().inventory(inventory.name()).solver(solver).before(figures(result.before()))
                .after(figures(result.after())).baseline(baselines).lowerBound(bound)
                .currency(inventory.policy().currency()).placements(placements()).unplaced(unplaced()).hosts(hosts)
                .racks(racks(hosts)).migrations(waves(migrations))
                .findings(findings.stream().map(ReportAssembly::finding).toList()).simulation(simulation(simulation))
                .scoreAnalysis(scores()).comparison(PlanComparison.of(result, inventory.policy().currency()))
                .warnings(warnings.stream().map(Problem::toString).toList()).rightSizing(rightSizing).build();
    }

    private static Figures figures(PlanMetrics metrics) {
        return Figures.of(metrics.activeHosts(), metrics.activeRacks(), metrics.rackUnits(),
                round(metrics.powerWatts()), round(metrics.energyKwhPerYear()), round(metrics.costPerYear()),
                round(metrics.co2KgPerYear()));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private List<PlacementRow> placements() {
        List<PlacementRow> rows = new ArrayList<>();
        for (Placement placement : result.plan().getPlacements()) {
            if (placement.getHost() == null) {
                continue;
            }
            String from = placement.getCurrentHost() == null ? null : placement.getCurrentHost().id();
            rows.add(new PlacementRow(placement.getId(), kind(placement.getWorkload()), from, placement.getHost().id(),
                    placement.isMoved(), reason(placement)));
        }
        return rows;
    }

    /** Why a workload goes where it goes, in the words of the constraint that moved it most plainly. */
    private String reason(Placement placement) {
        PlannedHost current = placement.getCurrentHost();
        if (current == null) {
            return "runs nowhere today: placed where it costs least";
        }
        if (!placement.isMoved()) {
            return placement.isPinned() ? "pinned to its host" : "stays: moving it would not pay";
        }
        Restriction restriction = placement.restrictionOn(current);
        if (restriction != null) {
            return "policy " + restriction.ruleId() + ": " + restriction.reason();
        }
        if (current.inMaintenance()) {
            return "its host is in maintenance";
        }
        if (!cpuMhzAfter.containsKey(current.id())) {
            return "consolidation: its host " + current.id() + " is switched off";
        }
        return "consolidation: rebalanced to let other hosts switch off";
    }

    private List<UnplacedRow> unplaced() {
        return result.unplaced().stream().map(p -> new UnplacedRow(p.getId(), kind(p.getWorkload()),
                p.getCurrentHost() == null ? null : p.getCurrentHost().id(),
                "no host has room for it under the hard constraints (see the score analysis)")).toList();
    }

    private static String kind(Workload workload) {
        return workload.kind().name().toLowerCase(Locale.ROOT);
    }

    private List<HostRow> hosts() {
        Map<String, double[]> before = loads(true);
        Map<String, double[]> after = loads(false);
        Set<String> modelsInUse = new HashSet<>();
        for (Host host : inventory.hosts()) {
            if (cpuMhzAfter.containsKey(host.id())) {
                modelsInUse.add(host.model().id());
            }
        }
        List<HostRow> rows = new ArrayList<>();
        for (Host host : inventory.hosts()) {
            PlannedHost planned = plannedHosts.get(host.id());
            boolean activeBefore = host.state() == HostState.ON;
            boolean activeAfter = cpuMhzAfter.containsKey(host.id());
            double wattsBefore = activeBefore ? planned.watts(cpuMhzBefore.getOrDefault(host.id(), 0L)) : 0;
            double wattsAfter = activeAfter ? planned.watts(cpuMhzAfter.get(host.id())) : 0;
            HostAction action = host.state() == HostState.MAINTENANCE ? HostAction.IN_MAINTENANCE
                    : activeAfter ? HostAction.KEEP
                    // A model the plan no longer uses anywhere can leave the datacenter, not just be switched off.
                    : modelsInUse.contains(host.model().id()) ? HostAction.POWER_OFF : HostAction.DECOMMISSION;
            rows.add(HostRow.builder().host(host.id()).model(host.model().id()).rack(host.rack().id())
                    .cluster(host.cluster()).before(utilization(host, before.get(host.id())))
                    .after(utilization(host, after.get(host.id()))).powerWattsBefore(round(wattsBefore))
                    .plannedPowerWatts(round(wattsAfter)).action(action).build());
        }
        return rows;
    }

    /** CPU, memory, storage and traffic leaving the host, per host, today or in the plan. */
    private Map<String, double[]> loads(boolean today) {
        Map<String, double[]> loads = new HashMap<>();
        Map<String, String> hostOf = new HashMap<>();
        for (Placement placement : result.plan().getPlacements()) {
            PlannedHost host = today ? placement.getCurrentHost() : placement.getHost();
            if (host == null) {
                continue;
            }
            Workload w = placement.getWorkload();
            double[] load = loads.computeIfAbsent(host.id(), k -> new double[4]);
            load[0] += placement.cpuMhzOn(host) / 1000.0; // overhead included, as the planner counts it
            load[1] += w.memoryGib();
            load[2] += w.storageGib();
            hostOf.put(w.id(), host.id());
        }
        for (Flow flow : inventory.flows()) {
            String from = hostOf.get(flow.from().id());
            String to = hostOf.get(flow.to().id());
            if (from != null && to != null && !from.equals(to)) {
                loads.get(from)[3] += flow.mbps();
                loads.get(to)[3] += flow.mbps();
            }
        }
        return loads;
    }

    private Utilization utilization(Host host, double[] load) {
        if (load == null) {
            return Utilization.IDLE;
        }
        Policy policy = inventory.policy();
        return new Utilization(share(load[0], host.model().cpuGhz() * policy.cpuOvercommit()),
                share(load[1], host.model().memoryGib() * policy.memoryOvercommit()),
                share(load[2], host.model().storageGib()), share(load[3], host.model().nicMbps()));
    }

    private static double share(double used, double capacity) {
        return capacity > 0 ? Math.round(used / capacity * 10_000) / 10_000.0 : 0;
    }

    private List<RackRow> racks(List<HostRow> hosts) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> watts = new HashMap<>();
        for (HostRow host : hosts) {
            int[] count = counts.computeIfAbsent(host.rack(), k -> new int[3]);
            Host inventoryHost = inventory.host(host.host());
            count[0] += inventoryHost.state() == HostState.ON ? 1 : 0;
            if (host.action() == HostAction.KEEP) {
                count[1]++;
                count[2] += inventoryHost.model().rackUnits();
                watts.merge(host.rack(), host.plannedPowerWatts(), Double::sum);
            }
        }
        List<RackRow> rows = new ArrayList<>();
        for (Rack rack : inventory.racks()) {
            int[] count = counts.getOrDefault(rack.id(), new int[3]);
            rows.add(new RackRow(rack.id(), rack.site().id(), count[0], count[1], count[2], rack.units(),
                    round(watts.getOrDefault(rack.id(), 0.0)), rack.powerWatts()));
        }
        return rows;
    }

    /** The waves as the reports show them: migrations only; a workload started fresh is not a migration. */
    private static List<MigrationWave> waves(MigrationPlan plan) {
        List<MigrationWave> waves = new ArrayList<>();
        for (Wave wave : plan.waves()) {
            List<MigrationRow> moves = new ArrayList<>();
            for (Move move : wave.moves()) {
                if (move.mode() == MigrationMode.DEPLOY) {
                    continue;
                }
                moves.add(new MigrationRow(move.workload().id(), move.from().id(), move.to().id(),
                        move.workload().memoryGib(), move.mode() == MigrationMode.LIVE
                        ? org.consolida.report.MigrationMode.LIVE : org.consolida.report.MigrationMode.COLD,
                        round(move.estimate().durationSeconds()), Math.round(move.estimate().downtimeSeconds() * 1000)));
            }
            if (!moves.isEmpty()) {
                waves.add(new MigrationWave(waves.size() + 1, moves));
            }
        }
        return waves;
    }

    private static FindingRow finding(Finding finding) {
        return new FindingRow(finding.ruleId(), finding.severity().name(), finding.category(), finding.subject(),
                finding.message(), finding.recommendation());
    }

    private static SimulationSummary simulation(SimulationResult simulation) {
        if (simulation == null) {
            return SimulationSummary.notRun();
        }
        List<org.consolida.report.CaseRow> scenarios = simulation.scenarios().stream()
                .map(s -> new org.consolida.report.CaseRow(s.name(), s.deliveredRatio(),
                        s.workloadsBelowTarget(), s.energyKwh() == null ? null : round(s.energyKwh()),
                        s.peakHostUtilization(), limitedBy(s))).toList();
        CaseResult after = simulation.scenario("after");
        List<ThroughputRow> workloads = after.workloads() == null ? List.of() : after.workloads().stream()
                .map(w -> new ThroughputRow(w.workload(), w.minRatio(), w.p5Ratio(),
                        w.limitedBy() == null ? "" : w.limitedBy())).toList();
        return new SimulationSummary(simulation.horizonHours(), simulation.stepMinutes(), scenarios, workloads);
    }

    /** "cpu 3, network 1": what held back the workloads below target, the most frequent cause first. */
    private static String limitedBy(CaseResult scenario) {
        if (scenario.limitedBy() == null || scenario.limitedBy().isEmpty()) {
            return scenario.withoutHost() != null && !scenario.withoutHost().isEmpty()
                    ? scenario.withoutHost().size() + " without a host" : "nothing";
        }
        return scenario.limitedBy().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private List<ScoreRow> scores() {
        List<ScoreRow> scores = new ArrayList<>();
        for (ScoreExplanation.ConstraintTotal total : result.explanation().constraints()) {
            String score = switch (total.level()) {
                case "hard" -> total.hard() + "hard";
                case "medium" -> total.medium() + "medium";
                default -> total.soft() + "soft";
            };
            List<PenaltyRow> largest = total.largest().stream()
                    .map(match -> new PenaltyRow(match.score(), match.description(),
                            match.justification().getClass().getSimpleName(), match.justification()))
                    .toList();
            scores.add(new ScoreRow(total.name(), score, total.matchCount(),
                    largest.stream().map(PenaltyRow::description).toList(), largest));
        }
        return scores;
    }
}
