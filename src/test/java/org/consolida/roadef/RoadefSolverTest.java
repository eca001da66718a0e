package org.consolida.roadef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

class RoadefSolverTest {
    static List<String> setA() {
        return RoadefDatasets.instancesIn(RoadefDatasets.SET_A);
    }

    @ParameterizedTest
    @MethodSource("setA")
    void incrementalScoreOfTheOriginalIsFeasibleAndEqualsTheCheckersCost(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(MachineReassignment.of(instance, original, original));
        HardSoftLongScore score = scorer.calculateScore();
        assertThat(score.hardScore()).isZero();
        assertThat(-score.softScore()).isEqualTo(RoadefChecker.check(instance, original, original).total());
    }

    /**
     * A random walk of changes and swaps told to the scorer as Timefold tells it (before, set, after per process):
     * after every move the kept-up score equals a from-scratch one and the checker's cost.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a1_2", "a1_4", "a2_3"})
    void incrementalScoreStaysEqualToAFreshOneOverARandomWalk(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        MachineReassignment solution = MachineReassignment.of(instance, original, original);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(solution);
        java.util.Random random = new java.util.Random(42);
        List<ProcessAssignment> processes = solution.getProcesses();
        for (int step = 0; step < 400; step++) {
            ProcessAssignment a = processes.get(random.nextInt(processes.size()));
            if (random.nextBoolean()) {
                move(scorer, a, solution.getMachines().get(random.nextInt(instance.machineCount())));
            } else {
                ProcessAssignment b = processes.get(random.nextInt(processes.size()));
                Machine machineOfA = a.getMachine();
                move(scorer, a, b.getMachine());
                move(scorer, b, machineOfA);
            }
            RoadefIncrementalScore fresh = new RoadefIncrementalScore();
            fresh.resetWorkingSolution(solution);
            HardSoftLongScore kept = scorer.calculateScore();
            assertThat(kept).as("step " + step).isEqualTo(fresh.calculateScore());
            Evaluation checked = RoadefChecker.check(instance, original, solution.machineIds());
            assertThat(-kept.softScore()).as("step " + step).isEqualTo(checked.total());
            assertThat(kept.hardScore() == 0).as("step " + step).isEqualTo(checked.feasible());
        }
    }

    private static void move(RoadefIncrementalScore scorer, ProcessAssignment process, Machine to) {
        scorer.beforeVariableChanged(process, "machine");
        process.setMachine(to);
        scorer.afterVariableChanged(process, "machine");
    }

    /** FULL_ASSERT recomputes every step's score with Constraint Streams and fails on the first difference. */
    @ParameterizedTest
    @ValueSource(strings = {"a1_1", "a1_5", "a2_1"})
    void incrementalScoreAgreesWithConstraintStreamsAfterEveryMove(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        SearchResult result = RoadefSolver.solve(instance, original,
                SearchSettings.defaults(Duration.ofSeconds(2), 7), EnvironmentMode.FULL_ASSERT);
        assertThat(result.evaluation().feasible()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a1_1", "a2_2"})
    void searchReturnsAFeasibleSolutionCheaperThanTheOriginal(String name) {
        RoadefInstance instance = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, name));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, name), instance);
        SearchResult result = RoadefSolver.solve(instance, original, SearchSettings.defaults(Duration.ofSeconds(2), 1));
        Evaluation checked = RoadefChecker.check(instance, original, result.best());
        assertThat(checked.feasible()).isTrue();
        assertThat(checked).isEqualTo(result.evaluation());
        assertThat(checked.total()).isLessThan(RoadefChecker.check(instance, original, original).total());
    }
}
