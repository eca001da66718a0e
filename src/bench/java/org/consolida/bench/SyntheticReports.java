package org.consolida.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.consolida.report.Baselines;
import org.consolida.report.ScoreRow;
import org.consolida.report.Figures;
import org.consolida.report.FindingRow;
import org.consolida.report.HostAction;
import org.consolida.report.HostRow;
import org.consolida.report.MigrationRow;
import org.consolida.report.MigrationMode;
import org.consolida.report.MigrationWave;
import org.consolida.report.PlacementRow;
import org.consolida.report.RackRow;
import org.consolida.report.ReportModel;
import org.consolida.report.CaseRow;
import org.consolida.report.SimulationSummary;
import org.consolida.report.SolverSummary;
import org.consolida.report.UnplacedRow;
import org.consolida.report.Utilization;
import org.consolida.report.ThroughputRow;

/**
 * A deterministic, plausible report model of any size, for the report tests and the report benchmark. Its figures
 * agree with each other (power sums to the summary, racks count their hosts), so the reports read like a real run.
 */
public final class SyntheticReports {
    private static final double PUE = 1.4;
    private static final double EUR_PER_KWH = 0.21;
    private static final double CO2_KG_PER_KWH = 0.32;
    private static final int HOSTS_PER_RACK = 10;
    private static final int HOST_UNITS = 2;
    private static final String[] MODELS = {"PowerEdge R760", "ProLiant DL380 Gen11", "PowerEdge R640"};
    private static final String[] CLUSTERS = {"prod-a", "prod-b", "vdi"};
    private static final String[] KINDS = {"VM", "VM", "VM", "VDI", "CONTAINER"};

    private SyntheticReports() {
    }

    /** A sample of a few dozen hosts: every section filled, small enough to read. */
    public static ReportModel sample() {
        return model("demo-datacenter", 36, 96, 42);
    }

    public static ReportModel model(String inventory, int hostCount, int workloadCount, long seed) {
        Random random = new Random(seed);
        int activeAfter = Math.max(1, (int) Math.round(hostCount * 0.55));
        List<HostRow> hosts = new ArrayList<>();
        for (int i = 0; i < hostCount; i++) {
            hosts.add(host(i, hostCount, activeAfter, random));
        }
        List<String> activeHosts = hosts.stream().filter(host -> host.action() == HostAction.KEEP)
                .map(HostRow::host).toList();
        Set<String> active = new HashSet<>(activeHosts);
        List<String> runningToday = hosts.stream().filter(host -> host.powerWattsBefore() > 0)
                .map(HostRow::host).toList();

        List<PlacementRow> placements = new ArrayList<>();
        List<UnplacedRow> unplaced = new ArrayList<>();
        List<MigrationRow> moves = new ArrayList<>();
        int unplacedCount = workloadCount >= 20 ? 2 : 0;
        for (int i = 0; i < workloadCount; i++) {
            String kind = KINDS[i % KINDS.length];
            String name = workloadName(kind, i);
            String from = runningToday.get(random.nextInt(runningToday.size()));
            if (i >= workloadCount - unplacedCount) {
                unplaced.add(new UnplacedRow(name, kind, from,
                        "needs 512 GiB of memory; the largest host offers 384 GiB after over-commit"));
                continue;
            }
            String to = active.contains(from) && random.nextDouble() < 0.45
                    ? from : activeHosts.get(random.nextInt(activeHosts.size()));
            boolean moved = !to.equals(from);
            placements.add(new PlacementRow(name, kind, from, to, moved, moved
                    ? (random.nextBoolean() ? "Energy cost; Rack space" : "Energy cost; Redundancy spread")
                    : "Migration cost"));
            if (moved) {
                double memoryGib = 2 << random.nextInt(6);
                boolean cold = memoryGib >= 64 || kind.equals("CONTAINER") && random.nextInt(4) == 0;
                double seconds = memoryGib * 8 / 10 * 1.35 + 3;
                moves.add(new MigrationRow(name, from, to, memoryGib, cold ? MigrationMode.COLD : MigrationMode.LIVE,
                        cold ? seconds * 2.2 + 60 : seconds, cold ? seconds * 2200 + 60_000 : 40 + random.nextInt(260)));
            }
        }
        List<MigrationWave> waves = new ArrayList<>();
        int perWave = Math.max(4, moves.size() / 8);
        for (int start = 0, wave = 1; start < moves.size(); start += perWave, wave++) {
            waves.add(new MigrationWave(wave, moves.subList(start, Math.min(moves.size(), start + perWave))));
        }

        List<RackRow> racks = racks(hosts);
        Figures before = figures(hosts, true);
        Figures after = figures(hosts, false);
        Figures ffd = scaled(after, 1.18, 1.21).withScore("0hard/0medium/-" + Math.round(after.costPerYear() * 1.21) + "soft");
        Figures pabf = scaled(after, 1.09, 1.07).withScore("0hard/0medium/-" + Math.round(after.costPerYear() * 1.07) + "soft");
        Figures lowerBound = Figures.lowerBound((int) Math.ceil(after.activeHosts() * 0.86),
                after.energyKwhPerYear() * 0.9);
        String score = "0hard/-" + unplaced.size() + "medium/-" + Math.round(after.costPerYear()) + "soft";

        return ReportModel.builder().inventory(inventory).solver(new SolverSummary(score, true, 30, 7)).before(before)
                .after(after).baseline(new Baselines(ffd, pabf)).lowerBound(lowerBound).currency("EUR")
                .placements(placements).unplaced(unplaced).hosts(hosts).racks(racks).migrations(waves)
                .findings(findings(hosts, random)).simulation(simulation(placements, random))
                .scoreAnalysis(scoreAnalysis(unplaced, after, moves.size())).build();
    }

    private static HostRow host(int i, int hostCount, int activeAfter, Random random) {
        int rack = i / HOSTS_PER_RACK;
        String name = String.format("esx-%s-r%02d-h%02d", site(rack), rack + 1, i % HOSTS_PER_RACK + 1);
        String model = MODELS[i % MODELS.length];
        boolean maintenance = i == hostCount - 1 && hostCount > 4;
        boolean offToday = i == hostCount - 2 && hostCount > 4;
        Utilization before = maintenance || offToday ? Utilization.IDLE : new Utilization(0.12 + random.nextDouble() * 0.4,
                0.25 + random.nextDouble() * 0.4, 0.2 + random.nextDouble() * 0.5, 0.05 + random.nextDouble() * 0.3);
        HostAction action;
        Utilization after;
        if (maintenance) {
            action = HostAction.IN_MAINTENANCE;
            after = Utilization.IDLE;
        } else if (i < activeAfter) {
            action = HostAction.KEEP;
            after = new Utilization(0.45 + random.nextDouble() * 0.3, 0.55 + random.nextDouble() * 0.3,
                    0.4 + random.nextDouble() * 0.4, 0.1 + random.nextDouble() * 0.4);
        } else {
            action = model.equals("PowerEdge R640") ? HostAction.DECOMMISSION : HostAction.POWER_OFF;
            after = Utilization.IDLE;
        }
        double idleWatts = model.equals("PowerEdge R640") ? 160 : 120;
        double beforeWatts = maintenance || offToday ? 0 : idleWatts + 330 * before.cpu();
        double afterWatts = action == HostAction.KEEP ? idleWatts + 330 * after.cpu() : 0;
        return HostRow.builder().host(name).model(model).rack(rackName(rack)).cluster(CLUSTERS[i % CLUSTERS.length])
                .before(before).after(after).powerWattsBefore(round1(beforeWatts))
                .plannedPowerWatts(round1(afterWatts)).action(action).build();
    }

    private static String site(int rack) {
        return rack % 2 == 0 ? "ams1" : "fra1";
    }

    private static String rackName(int rack) {
        return String.format("%s-r%02d", site(rack), rack + 1);
    }

    private static String workloadName(String kind, int i) {
        return switch (kind) {
            case "VDI" -> String.format("vdi-desk-%04d", i);
            case "CONTAINER" -> String.format("ctr-api-%04d", i);
            default -> String.format("vm-%s-%04d", new String[] {"web", "db", "app", "erp"}[i % 4], i);
        };
    }

    private static List<RackRow> racks(List<HostRow> hosts) {
        Map<String, List<HostRow>> byRack = new LinkedHashMap<>();
        hosts.forEach(host -> byRack.computeIfAbsent(host.rack(), rack -> new ArrayList<>()).add(host));
        List<RackRow> racks = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<HostRow>> rack : byRack.entrySet()) {
            List<HostRow> members = rack.getValue();
            int after = (int) members.stream().filter(host -> host.action() == HostAction.KEEP).count();
            int before = (int) members.stream().filter(host -> host.powerWattsBefore() > 0).count();
            double watts = members.stream().mapToDouble(HostRow::plannedPowerWatts).sum();
            racks.add(new RackRow(rack.getKey(), site(index++), before, after, after * HOST_UNITS, 42, round1(watts),
                    6_000));
        }
        return racks;
    }

    private static Figures figures(List<HostRow> hosts, boolean before) {
        List<HostRow> active = hosts.stream()
                .filter(host -> before ? host.powerWattsBefore() > 0 : host.action() == HostAction.KEEP).toList();
        double watts = active.stream().mapToDouble(before ? HostRow::powerWattsBefore : HostRow::plannedPowerWatts).sum();
        double kwh = round1(watts * 8_760 / 1_000 * PUE);
        return Figures.of(active.size(), (int) active.stream().map(HostRow::rack).distinct().count(),
                active.size() * HOST_UNITS, round1(watts), kwh, round1(kwh * EUR_PER_KWH), round1(kwh * CO2_KG_PER_KWH));
    }

    private static Figures scaled(Figures after, double hosts, double energy) {
        int activeHosts = (int) Math.ceil(after.activeHosts() * hosts);
        return Figures.of(activeHosts, after.activeRacks(), activeHosts * HOST_UNITS, round1(after.powerWatts() * energy),
                round1(after.energyKwhPerYear() * energy), round1(after.costPerYear() * energy),
                round1(after.co2KgPerYear() * energy));
    }

    private static List<FindingRow> findings(List<HostRow> hosts, Random random) {
        String[][] catalogue = {
                {"HYP-001", "WARNING", "hypervisor", "runs high-criticality workloads on a hosted hypervisor (VirtualBox 7)",
                        "move them to a bare-metal (type-1) host, or mark this host as test-only"},
                {"NET-002", "CRITICAL", "network", "carries 1.8 Gbit/s of cross-site traffic over a 1 Gbit/s VPN",
                        "place the chatty pair in one site, or widen the WAN link"},
                {"MIG-003", "WARNING", "migration", "hosts a workload that must move cold (no live migration across families)",
                        "schedule the cold move in a maintenance window"},
                {"RED-004", "INFO", "redundancy", "keeps both members of redundancy group db-cluster in one rack",
                        "accepted: the group's spread scope is host"},
                {"CAP-005", "WARNING", "capacity", "runs at 78 % CPU at the 95th percentile after the plan",
                        "keep 20 % headroom for peaks, or add a host to the cluster"},
                {"PWR-006", "INFO", "power", "draws 81 % of its rack's power budget",
                        "check the PDU rating before the migration"},
        };
        List<FindingRow> findings = new ArrayList<>();
        int count = Math.min(hosts.size(), 4 + hosts.size() / 3);
        for (int i = 0; i < count; i++) {
            String[] rule = catalogue[i % catalogue.length];
            HostRow host = hosts.get(random.nextInt(hosts.size()));
            findings.add(new FindingRow(rule[0], rule[1], rule[2], host.host(), host.host() + " " + rule[3], rule[4]));
        }
        return findings;
    }

    private static SimulationSummary simulation(List<PlacementRow> placements, Random random) {
        List<CaseRow> scenarios = List.of(
                new CaseRow("before", 0.998, 0, 4_310.5, 0.71, "host CPU"),
                new CaseRow(SimulationSummary.AFTER, 0.994, 0, 2_480.2, 0.88, "host CPU"),
                new CaseRow("failure of esx-ams1-r01-h01", 0.962, 3, 2_512.8, 0.97, "host CPU"),
                new CaseRow("maintenance evacuation of ams1-r01", 0.981, 1, 2_498.0, 0.93, "rack uplink"));
        List<ThroughputRow> workloads = new ArrayList<>();
        for (PlacementRow placement : placements) {
            double min = 0.9 + random.nextDouble() * 0.1;
            workloads.add(new ThroughputRow(placement.workload(), round3(min),
                    round3(Math.min(1, min + random.nextDouble() * 0.05)),
                    random.nextInt(5) == 0 ? "physical NIC" : "host CPU"));
        }
        return new SimulationSummary(24, 5, scenarios, workloads);
    }

    private static List<ScoreRow> scoreAnalysis(List<UnplacedRow> unplaced, Figures after, int moves) {
        List<ScoreRow> scores = new ArrayList<>();
        scores.add(new ScoreRow("Capacity", "0hard", 0, List.of()));
        scores.add(new ScoreRow("Redundancy spread", "0hard", 0, List.of()));
        scores.add(new ScoreRow("Unplaced workload", "-" + unplaced.size() + "medium", unplaced.size(),
                unplaced.stream().map(workload -> workload.workload() + " is not placed").toList()));
        scores.add(new ScoreRow("Energy cost", "-" + Math.round(after.costPerYear()) + "soft", after.activeHosts(),
                List.of("esx-ams1-r01-h01 costs 402 EUR/year", "esx-fra1-r02-h01 costs 398 EUR/year",
                        "esx-ams1-r03-h02 costs 391 EUR/year")));
        scores.add(new ScoreRow("Migration cost", "-" + moves * 15 + "soft", moves,
                List.of("vm-db-0001 moves 64 GiB", "vm-erp-0003 moves 32 GiB")));
        return scores;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
