package org.consolida.roadef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

class MachinePairSearchTest {
    /**
     * On the tiny instance, from every feasible assignment and for every pair of machines, the pair search reaches the
     * cheapest feasible split of the pair's processes that trying every split with the checker finds.
     */
    @Test
    void thePairSearchFindsTheCheapestSplitThatTryingEverySplitFinds() {
        RoadefInstance instance = TinyInstance.instance();
        int machines = instance.machineCount();
        int processes = instance.processCount();
        int checked = 0;
        for (int code = 0; code < Math.pow(machines, processes); code++) {
            int[] start = decode(code, machines, processes);
            Evaluation startEvaluation = RoadefChecker.check(instance, TinyInstance.ORIGINAL, start);
            if (!startEvaluation.feasible()) {
                continue;
            }
            for (int a = 0; a < machines; a++) {
                for (int b = a + 1; b < machines; b++) {
                    long cheapest = cheapestSplit(instance, start, a, b);
                    MachineReassignment solution = MachineReassignment.of(instance, TinyInstance.ORIGINAL, start);
                    RoadefIncrementalScore scorer = new RoadefIncrementalScore();
                    scorer.resetWorkingSolution(solution);
                    long gain = new MachinePairSearch(solution, scorer, 1_000_000).improve(a, b);
                    Evaluation after = RoadefChecker.check(instance, TinyInstance.ORIGINAL, solution.machineIds());
                    assertThat(after.feasible()).isTrue();
                    assertThat(after.total()).as("from " + code + ", machines " + a + " and " + b).isEqualTo(cheapest);
                    assertThat(gain).isEqualTo(startEvaluation.total() - cheapest);
                    assertKeptUp(scorer, solution, instance, TinyInstance.ORIGINAL);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** The tiny instance has three machines: re-solving all three from any feasible start reaches the optimum. */
    @Test
    void theSearchOverEveryMachineOfTheTinyInstanceReachesItsOptimum() {
        RoadefInstance instance = TinyInstance.instance();
        int machines = instance.machineCount();
        int processes = instance.processCount();
        long optimum = Long.MAX_VALUE;
        List<int[]> feasible = new ArrayList<>();
        for (int code = 0; code < Math.pow(machines, processes); code++) {
            int[] assignment = decode(code, machines, processes);
            Evaluation evaluation = RoadefChecker.check(instance, TinyInstance.ORIGINAL, assignment);
            if (evaluation.feasible()) {
                optimum = Math.min(optimum, evaluation.total());
                feasible.add(assignment);
            }
        }
        assertThat(machines).isEqualTo(3);
        for (int[] start : feasible) {
            MachineReassignment solution = MachineReassignment.of(instance, TinyInstance.ORIGINAL, start);
            RoadefIncrementalScore scorer = new RoadefIncrementalScore();
            scorer.resetWorkingSolution(solution);
            new MachinePairSearch(solution, scorer, 1_000_000).improve(new int[] {0, 1, 2});
            assertThat(assertKeptUp(scorer, solution, instance, TinyInstance.ORIGINAL).total()).isEqualTo(optimum);
        }
    }

    /**
     * From the original assignment, 40 pairs (a costly machine and its most promising partner) re-solved in turn:
     * after each one the kept-up score equals a fresh scorer and the checker, and the cost fell by the gain it told.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a1_4", "a2_2", "a2_3"})
    void incrementalScoreStaysEqualToAFreshOneAndTheCheckerOverPairSearches(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        MachineReassignment solution = MachineReassignment.of(instance, original, original);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(solution);
        MachinePairSearch search = new MachinePairSearch(solution, scorer, 50_000);
        Random random = new Random(7);
        long cost = RoadefChecker.check(instance, original, original).total();
        long gains = 0;
        for (int step = 0; step < 40; step++) {
            int a = random.nextInt(instance.machineCount());
            int b = search.mostPromisingPartner(a);
            if (b < 0) {
                continue;
            }
            long gain = search.improve(a, b);
            assertThat(gain).isNotNegative();
            Evaluation checked = assertKeptUp(scorer, solution, instance, original);
            assertThat(checked.total()).as("step " + step).isEqualTo(cost - gain);
            cost = checked.total();
            gains += gain;
        }
        assertThat(gains).as("the pairs took something off the original cost").isPositive();
    }

    /**
     * Groups of three and four machines (a costly machine, its most promising partner, then the machines that promise
     * the group the most): after each of 30 group searches the kept-up score equals a fresh scorer and the checker, and
     * the cost fell by exactly the gain reported.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a2_2", "a2_3", "a2_5"})
    void incrementalScoreStaysEqualToAFreshOneAndTheCheckerOverGroupsOfThreeAndFour(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        MachineReassignment solution = MachineReassignment.of(instance, original, original);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(solution);
        MachinePairSearch search = new MachinePairSearch(solution, scorer, 20_000);
        Random random = new Random(11);
        long cost = RoadefChecker.check(instance, original, original).total();
        long gains = 0;
        for (int step = 0; step < 30; step++) {
            int[] group = {random.nextInt(instance.machineCount()), -1};
            group[1] = search.mostPromisingPartner(group[0]);
            if (group[1] < 0) {
                continue;
            }
            for (int size = 3; size <= 3 + step % 2; size++) {
                int next = search.mostPromisingNext(group);
                if (next < 0) {
                    break;
                }
                group = Arrays.copyOf(group, size);
                group[size - 1] = next;
            }
            long gain = search.improve(group);
            assertThat(gain).isNotNegative();
            Evaluation checked = assertKeptUp(scorer, solution, instance, original);
            assertThat(checked.total()).as("step " + step).isEqualTo(cost - gain);
            cost = checked.total();
            gains += gain;
        }
        assertThat(gains).as("the groups took something off the original cost").isPositive();
    }

    /** The whole group search (pairs growing to groups of four) ends on a feasible assignment of the cost it reports. */
    @ParameterizedTest
    @ValueSource(strings = {"a1_4", "a2_2"})
    void theGroupSearchReportsTheCheckersCostOfWhatItReached(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        MachinePairSearch.Outcome outcome = MachinePairSearch.run(instance, original, original,
                System.nanoTime() + 1_000_000_000L, 5, 20_000, 4);
        Evaluation checked = RoadefChecker.check(instance, original, outcome.machineIds());
        assertThat(checked.feasible()).isTrue();
        assertThat(checked.total()).isEqualTo(outcome.cost())
                .isLessThan(RoadefChecker.check(instance, original, original).total());
        assertThat(outcome.improved()).isPositive().isLessThanOrEqualTo(outcome.pairs());
    }

    /**
     * A round's searches re-solve groups first or last (every pairing) and, on the second thread, search a reweighted
     * objective: FULL_ASSERT on the way.
     */
    @ParameterizedTest
    @CsvSource({"a1_1,FIRST", "a2_1,FIRST", "a2_1,LAST", "a2_1,BOTH", "a2_1,FINAL"})
    void pairsAndReweightingUnderFullAssert(String name, SearchSettings.Pairing pairing) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        SearchSettings settings = SearchSettings.defaults(Duration.ofSeconds(4), 3)
                .withSchedule(new SearchSettings.Schedule(2, Duration.ofSeconds(2), 0, 0.5, 0.3, 4, pairing));
        SearchResult result = RoadefSolver.solve(instance, original, settings, EnvironmentMode.FULL_ASSERT);
        assertThat(result.evaluation().feasible()).isTrue();
        assertThat(result.evaluation().total())
                .isLessThanOrEqualTo(RoadefChecker.check(instance, original, original).total());
    }

    /** The reweighted instance weighs one resource's load cost ten times and the rest of the objective as before × 10. */
    @Test
    void theReweightedObjectiveIsTenTimesTheTrueOneWithOneResourceTenTimesHeavier() {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, "a2_2"));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, "a2_2"), instance);
        long[] excess = instance.loadCostExcess(original);
        for (int r = 0; r < instance.resourceCount(); r++) {
            RoadefInstance reweighted = instance.prioritizing(r, 10);
            long trueTotal = RoadefChecker.check(instance, original, original).total();
            long reweightedTotal = RoadefChecker.check(reweighted, original, original).total();
            long otherLoad = 0;
            for (int other = 0; other < instance.resourceCount(); other++) {
                if (other != r) {
                    otherLoad += loadCost(instance, original, other);
                }
            }
            // Every term times 10 except the other resources' load costs, which stay as they were.
            assertThat(reweightedTotal).isEqualTo(10 * trueTotal - 9 * otherLoad);
            assertThat(excess[r]).isNotNegative().isLessThanOrEqualTo(loadCost(instance, original, r));
        }
    }

    private static long loadCost(RoadefInstance instance, int[] machineOf, int r) {
        long[] used = new long[instance.machineCount()];
        for (int p = 0; p < instance.processCount(); p++) {
            used[machineOf[p]] += instance.requirement(p, r);
        }
        long cost = 0;
        for (int m = 0; m < instance.machineCount(); m++) {
            cost += Math.max(0, used[m] - instance.safetyCapacity(m, r));
        }
        return instance.weightLoadCost[r] * cost;
    }

    private static Evaluation assertKeptUp(RoadefIncrementalScore scorer, MachineReassignment solution,
                                           RoadefInstance instance, int[] original) {
        RoadefIncrementalScore fresh = new RoadefIncrementalScore();
        fresh.resetWorkingSolution(solution);
        HardSoftLongScore kept = scorer.calculateScore();
        assertThat(kept).isEqualTo(fresh.calculateScore());
        Evaluation checked = RoadefChecker.check(instance, original, solution.machineIds());
        assertThat(-kept.softScore()).isEqualTo(checked.total());
        assertThat(kept.hardScore() == 0).isEqualTo(checked.feasible());
        return checked;
    }

    /** The least cost over every split of the processes on a and b between a and b (checker), the rest unchanged. */
    private static long cheapestSplit(RoadefInstance instance, int[] start, int a, int b) {
        List<Integer> onPair = new ArrayList<>();
        for (int p = 0; p < start.length; p++) {
            if (start[p] == a || start[p] == b) {
                onPair.add(p);
            }
        }
        long cheapest = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << onPair.size(); mask++) {
            int[] split = start.clone();
            for (int i = 0; i < onPair.size(); i++) {
                split[onPair.get(i)] = (mask >> i & 1) == 0 ? a : b;
            }
            Evaluation evaluation = RoadefChecker.check(instance, TinyInstance.ORIGINAL, split);
            if (evaluation.feasible()) {
                cheapest = Math.min(cheapest, evaluation.total());
            }
        }
        return cheapest;
    }

    private static int[] decode(int code, int machines, int processes) {
        int[] machineOf = new int[processes];
        for (int p = 0; p < processes; p++) {
            machineOf[p] = code % machines;
            code /= machines;
        }
        return machineOf;
    }
}
