package org.consolida.roadef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

class BigProcessMoveTest {
    /**
     * A random walk of big-process moves told to the scorer as Timefold tells it: after every move (each one a dozen
     * to hundreds of changes, trials included) the kept-up score equals a from-scratch one and the checker's cost.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a1_4", "a2_2", "a2_3"})
    void incrementalScoreStaysEqualToAFreshOneAndTheCheckerOverRandomBigProcessMoves(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        MachineReassignment solution = MachineReassignment.of(instance, original, original);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(solution);
        Random random = new Random(42);
        List<ProcessAssignment> processes = solution.getProcesses();
        List<Machine> machines = solution.getMachines();
        int[] bySize = ReassignmentMoves.bySizeDescending(instance);
        int moved = 0;
        for (int step = 0; step < 60; step++) {
            ProcessAssignment big = processes.get(bySize[random.nextInt(bySize.length / 10)]);
            Machine target = machines.get(random.nextInt(machines.size()));
            if (big.getMachine() == target || scorer.conflicts(big.index(), target.index())) {
                continue;
            }
            int[] before = solution.machineIds();
            new BigProcessMove(scorer, processes, machines, big, target, random.nextLong(), new ReassignmentMoves.BigMoveClock(1))
                    .rearrange((process, to) -> move(scorer, process, to));
            moved += differences(before, solution.machineIds());
            RoadefIncrementalScore fresh = new RoadefIncrementalScore();
            fresh.resetWorkingSolution(solution);
            HardSoftLongScore kept = scorer.calculateScore();
            assertThat(kept).as("step " + step).isEqualTo(fresh.calculateScore());
            Evaluation checked = RoadefChecker.check(instance, original, solution.machineIds());
            assertThat(-kept.softScore()).as("step " + step).isEqualTo(checked.total());
            assertThat(kept.hardScore() == 0).as("step " + step).isEqualTo(checked.feasible());
        }
        // The moves did more than put the big process somewhere: they evicted processes too.
        assertThat(moved).isGreaterThan(60);
    }

    /** The same state and seed give the same changes: Timefold redoes the chosen move after undoing its trial. */
    @Test
    void theMoveIsRepeatableFromTheSameState() {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, "a2_2"));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, "a2_2"), instance);
        int[] bySize = ReassignmentMoves.bySizeDescending(instance);
        int[][] results = new int[2][];
        for (int i = 0; i < 2; i++) {
            MachineReassignment solution = MachineReassignment.of(instance, original, original);
            RoadefIncrementalScore scorer = new RoadefIncrementalScore();
            scorer.resetWorkingSolution(solution);
            ProcessAssignment big = solution.getProcesses().get(bySize[0]);
            Machine target = solution.getMachines().get((big.getMachine().index() + 1) % instance.machineCount());
            new BigProcessMove(scorer, solution.getProcesses(), solution.getMachines(), big, target, 5, new ReassignmentMoves.BigMoveClock(1))
                    .rearrange((process, to) -> move(scorer, process, to));
            results[i] = solution.machineIds();
        }
        assertThat(results[1]).isEqualTo(results[0]);
        assertThat(differences(original, results[0])).isGreaterThan(1);
    }

    /** FULL_ASSERT recomputes every move's score with Constraint Streams; big-process moves made most likely. */
    @ParameterizedTest
    @ValueSource(strings = {"a1_1", "a2_1"})
    void bigProcessMovesAgreeWithConstraintStreamsUnderFullAssert(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        SearchSettings settings = SearchSettings.defaults(Duration.ofSeconds(3), 3)
                .withMoves(new SearchSettings.MoveMix(0, 0.9)).single();
        SearchResult result = RoadefSolver.solve(instance, original, settings, EnvironmentMode.FULL_ASSERT);
        assertThat(result.evaluation().feasible()).isTrue();
        assertThat(result.moveEvaluations()).isPositive();
    }

    @Test
    void bigProcessMovesOnTheTinyInstanceUnderFullAssert() {
        RoadefInstance instance = TinyInstance.instance();
        SearchSettings settings = SearchSettings.defaults(Duration.ofSeconds(1), 3)
                .withMoves(new SearchSettings.MoveMix(0, 0.9)).single();
        SearchResult result = RoadefSolver.solve(instance, TinyInstance.ORIGINAL, settings,
                EnvironmentMode.FULL_ASSERT);
        assertThat(result.evaluation().feasible()).isTrue();
        assertThat(result.evaluation().total())
                .isLessThanOrEqualTo(RoadefChecker.check(instance, TinyInstance.ORIGINAL, TinyInstance.ORIGINAL).total());
    }

    private static int differences(int[] a, int[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += a[i] != b[i] ? 1 : 0;
        }
        return count;
    }

    private static void move(RoadefIncrementalScore scorer, ProcessAssignment process, Machine to) {
        scorer.beforeVariableChanged(process, "machine");
        process.setMachine(to);
        scorer.afterVariableChanged(process, "machine");
    }
}
