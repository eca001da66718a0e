package org.consolida.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.consolida.roadef.Evaluation;
import org.consolida.roadef.PublishedResults;
import org.consolida.roadef.RoadefChecker;
import org.consolida.roadef.RoadefFiles;
import org.consolida.roadef.RoadefInstance;
import org.consolida.roadef.RoadefSolver;
import org.consolida.roadef.SearchResult;
import org.consolida.roadef.SearchSettings;

/**
 * The ROADEF/EURO 2012 benchmark: per instance, the original cost, ours within the time limit, the best published,
 * and the challenge's score term 100·(ours − best)/initial, summed per set. Each solution is written, read back and
 * scored by {@link RoadefChecker}, not by the solver.
 * <p>
 * Arguments: SECONDS SET_A_DIR [SET_B_DIR]. System properties select the search, for tuning:
 * {@code roadef.acceptor} (a {@link SearchSettings.Acceptor}), {@code roadef.size}, {@code roadef.count},
 * {@code roadef.scoring} (INCREMENTAL or CONSTRAINT_STREAMS), {@code roadef.costly} (weight), {@code roadef.big}
 * (time share of big-process moves), {@code roadef.threads}, {@code roadef.round} (seconds), {@code roadef.shake}
 * (random changes before a restart), {@code roadef.reweight} (share of a round under a reweighted objective),
 * {@code roadef.pairs} (share of a round re-solving machine pairs exactly), {@code roadef.pairing} (FIRST, LAST, BOTH or FINAL), {@code roadef.group} (machines per exact subproblem at most; {@code roadef.triples=false} is 2), {@code roadef.seed}, {@code roadef.only} (a regex of instance names),
 * {@code roadef.out} (where solutions go, default reports/roadef). Instances run one at a time: the search uses both
 * cores.
 */
public final class RoadefBench {
    private static final Duration RESERVE = Duration.ofMillis(1500);

    private RoadefBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RoadefBench SECONDS SET_A_DIR [SET_B_DIR]");
            System.exit(2);
        }
        int seconds = Integer.parseInt(args[0]);
        Path setA = Path.of(args[1]);
        PublishedResults results = PublishedResults.read(setA.resolve("results.csv"));
        Path out = Path.of(System.getProperty("roadef.out", "reports/roadef"));
        Files.createDirectories(out);
        String only = System.getProperty("roadef.only", ".*");

        SearchSettings settings = SearchSettings.defaults(Duration.ofSeconds(seconds),
                Long.getLong("roadef.seed", 0L));
        SearchSettings.Acceptor acceptor = SearchSettings.Acceptor.valueOf(
                System.getProperty("roadef.acceptor", settings.acceptor().name()));
        settings = settings.withAcceptor(acceptor, Integer.getInteger("roadef.size", settings.acceptorSize()),
                        Integer.getInteger("roadef.count", settings.acceptedCountLimit()))
                .withCostlyMachineMoves(Double.parseDouble(
                        System.getProperty("roadef.costly", String.valueOf(settings.moves().costly()))))
                .withScoring(SearchSettings.Scoring.valueOf(
                        System.getProperty("roadef.scoring", settings.scoring().name())));
        settings = settings.withMoves(new SearchSettings.MoveMix(settings.moves().costly(), Double.parseDouble(
                        System.getProperty("roadef.big", String.valueOf(settings.moves().big())))))
                .withSchedule(new SearchSettings.Schedule(
                        Integer.getInteger("roadef.threads", settings.schedule().threads()),
                        Duration.ofMillis((long) (1000 * Double.parseDouble(System.getProperty("roadef.round",
                                String.valueOf(settings.schedule().round().toMillis() / 1000.0))))),
                        Integer.getInteger("roadef.shake", settings.schedule().shake()),
                        Double.parseDouble(System.getProperty("roadef.reweight",
                                String.valueOf(settings.schedule().reweight()))),
                        Double.parseDouble(System.getProperty("roadef.pairs",
                                String.valueOf(settings.schedule().pairs()))),
                        Integer.getInteger("roadef.group", System.getProperty("roadef.triples") == null
                                ? settings.schedule().groupSize()
                                : Boolean.getBoolean("roadef.triples") ? 3 : 2),
                        SearchSettings.Pairing.valueOf(System.getProperty("roadef.pairing",
                                settings.schedule().pairing().name()))));
        SearchSettings.Schedule schedule = settings.schedule();
        System.out.printf("ROADEF/EURO 2012, %d s per instance, one instance at a time (%d search threads, rounds of "
                        + "%s s, shake %d, reweight %s, pairs %s %s, groups of up to %d machines), %s %d, accepted count limit %d, costly-machine moves weight %s, big-process "
                        + "moves' time share %s, %s scoring, seed %d%n",
                seconds, schedule.threads(), schedule.round().toMillis() / 1000.0, schedule.shake(), schedule.reweight(), schedule.pairs(), schedule.pairing(), schedule.groupSize(),
                settings.acceptor(), settings.acceptorSize(), settings.acceptedCountLimit(),
                settings.moves().costly(), settings.moves().big(), settings.scoring(), settings.seed());
        System.out.printf("%-6s %16s %16s %16s %10s %10s %-9s %s%n",
                "inst", "initial", "ours", "best", "score", "moves/s", "checked",
                "gain by move kind, % of the initial cost (new bests)");

        boolean allFeasible = true;
        for (String set : List.of("a", "b")) {
            double sum = 0;
            int count = 0;
            for (PublishedResults.Row row : results.rows().values()) {
                String name = row.instance();
                if (!name.startsWith(set) || !name.matches(only)) {
                    continue;
                }
                Path folder = set.equals("a") ? setA : (args.length > 2 ? Path.of(args[2]) : null);
                if (folder == null || !Files.isRegularFile(folder.resolve("model_" + name + ".txt"))) {
                    continue;
                }
                long start = System.nanoTime();
                RoadefInstance instance = RoadefFiles.readModel(folder.resolve("model_" + name + ".txt"));
                int[] original = RoadefFiles.readAssignment(folder.resolve("assignment_" + name + ".txt"), instance);
                Duration limit = Duration.ofSeconds(seconds).minusNanos(System.nanoTime() - start).minus(RESERVE);
                SearchResult result = RoadefSolver.solve(instance, original, settings.withLimit(limit));
                Path solution = out.resolve("new_" + name + ".txt");
                RoadefFiles.writeSolution(solution, result.best());
                Evaluation checked = RoadefChecker.check(instance, original,
                        RoadefFiles.readAssignment(solution, instance));
                double score = 100.0 * (checked.total() - row.best()) / row.initialCost();
                allFeasible &= checked.feasible();
                sum += score;
                count++;
                System.out.printf("%-6s %,16d %,16d %,16d %10.4f %,10d %-9s %s%n", name, row.initialCost(),
                        checked.total(), row.best(), score, result.moveEvaluationsPerSecond(),
                        checked.feasible() ? "feasible" : "INFEASIBLE: " + checked.violation(),
                        gains(result, row.initialCost()));
            }
            if (count > 0) {
                System.out.printf("%-6s %16s %16s %16s %10.4f   (sum of %d score terms, set %s)%n",
                        "sum", "", "", "", sum, count, set.toUpperCase());
            }
        }
        System.out.println(allFeasible ? "every solution passed the checker" : "SOME SOLUTIONS FAILED THE CHECKER");
        System.exit(allFeasible ? 0 : 1);
    }

    /** Each move kind's share of the gain, as a percentage of the initial cost, with its count of new bests. */
    private static String gains(SearchResult result, long initialCost) {
        StringBuilder line = new StringBuilder();
        result.gainByMoveKind().forEach((kind, gain) -> {
            long bests = result.newBestsByMoveKind().get(kind);
            if (gain != 0 || bests != 0) {
                line.append(String.format("%s %.3f (%d) ", kind.toLowerCase(java.util.Locale.ROOT),
                        100.0 * gain / initialCost, bests));
            }
        });
        return line.toString().trim();
    }
}
