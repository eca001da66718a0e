package org.consolida.roadef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoadefCheckerTest {
    static List<String> setA() {
        return RoadefDatasets.instancesIn(RoadefDatasets.SET_A);
    }

    @ParameterizedTest
    @MethodSource("setA")
    void reproducesTheInitialCostOfEverySetAInstance(String instance) {
        assertInitialCost(RoadefDatasets.SET_A, instance);
    }

    @Test
    void reproducesTheInitialCostOfEverySetBInstanceWhenSharedHoldsThem() {
        var setB = RoadefDatasets.setB();
        assumeTrue(setB.isPresent(), "set B is not in ../shared/datasets/roadef2012; skipped");
        List<String> instances = RoadefDatasets.instancesIn(setB.get()).stream()
                .filter(instance -> instance.startsWith("b_")).toList();
        assertThat(instances).hasSizeGreaterThanOrEqualTo(8);
        instances.forEach(instance -> assertInitialCost(setB.get(), instance));
    }

    /** Found by our own search (15 s, seed 0) and equal to the optimum that Gurobi proved (results.csv). */
    @Test
    void scoresTheKnownOptimalA1_1SolutionAtTheProvenOptimum() throws Exception {
        RoadefInstance model = RoadefFiles.readModel(RoadefDatasets.model(RoadefDatasets.SET_A, "a1_1"));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(RoadefDatasets.SET_A, "a1_1"), model);
        int[] optimal = RoadefFiles.readAssignment(
                Path.of(getClass().getResource("/roadef/new_a1_1_optimal.txt").toURI()), model);
        Evaluation evaluation = RoadefChecker.check(model, original, optimal);
        assertThat(evaluation.violation()).isEmpty();
        assertThat(evaluation.total()).isEqualTo(44_306_501L)
                .isEqualTo(RoadefDatasets.results().row("a1_1").orElseThrow().best());
    }

    @Test
    void setAIsShippedWhole() {
        assertThat(setA()).hasSize(10);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "0 1 0 0, capacity: machine 0 resource 0 holds 12 over its capacity 10",
            "1 1 0 0, capacity: machine 0 resource 0 holds 12 (of which 3 transient",
            "0 0 0 2, conflict: processes 0 and 1 of service 0 both run on machine 0",
            "2 1 0 2, spread: service 0 occupies 1 locations",
            "0 1 2 2, dependency: service 1 depends on service 0, which has no process in neighborhood 1"})
    void rejectsASolutionThatBreaksAHardConstraint(String machines, String violation) {
        int[] solution = java.util.Arrays.stream(machines.split(" ")).mapToInt(Integer::parseInt).toArray();
        Evaluation evaluation = RoadefChecker.check(TinyInstance.instance(), TinyInstance.ORIGINAL, solution);
        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.violation()).startsWith(violation);
    }

    @Test
    void costsEachTermAsTheChallengeDefinesIt() {
        // p0 m0→m2, p1 m1→m0, p2 m0→m1: feasible? m0 holds p1 (3,4); m1 p2 (4,2); m2 p3+p0 (8,9) within (10,20).
        // Transient r0: m0 keeps p0's and p2's 3+4 (+3 own) = 10, m1 keeps p1's 3 (+4) = 7. Spread s0: locations 0, 1.
        // Dependency: s1 in neighborhood 0 (m1), s0 there too (p1 on m0).
        Evaluation evaluation = RoadefChecker.check(TinyInstance.instance(), TinyInstance.ORIGINAL,
                new int[] {2, 0, 1, 2});
        assertThat(evaluation.violation()).isEmpty();
        assertThat(evaluation.loadCost()).isZero();                  // m2 uses (8, 9) against safety (8, 16)
        assertThat(evaluation.balanceCost()).isEqualTo(3 * (14 - 6 + 12 - 8)); // m0 free (7,6), m1 (6,8), m2 (2,11): 0
        assertThat(evaluation.processMoveCost()).isEqualTo(5 + 6 + 7);
        assertThat(evaluation.serviceMoveCost()).isEqualTo(10 * 2);
        assertThat(evaluation.machineMoveCost()).isEqualTo(100 * (2 + 1 + 1));
        assertThat(evaluation.total()).isEqualTo(36 + 18 + 20 + 400);
    }

    @Test
    void incrementalScoreAgreesWithTheCheckerOnEveryTinySolution() {
        RoadefInstance instance = TinyInstance.instance();
        int[] solution = new int[4];
        for (int code = 0; code < 81; code++) {
            for (int p = 0, rest = code; p < 4; p++, rest /= 3) {
                solution[p] = rest % 3;
            }
            RoadefIncrementalScore scorer = new RoadefIncrementalScore();
            scorer.resetWorkingSolution(TinyInstance.solution(solution));
            Evaluation evaluation = RoadefChecker.check(instance, TinyInstance.ORIGINAL, solution);
            var score = scorer.calculateScore();
            assertThat(score.hardScore() == 0).as(java.util.Arrays.toString(solution)).isEqualTo(evaluation.feasible());
            assertThat(-score.softScore()).as(java.util.Arrays.toString(solution)).isEqualTo(evaluation.total());
        }
    }

    private static void assertInitialCost(Path folder, String instance) {
        RoadefInstance model = RoadefFiles.readModel(RoadefDatasets.model(folder, instance));
        int[] original = RoadefFiles.readAssignment(RoadefDatasets.assignment(folder, instance), model);
        Evaluation evaluation = RoadefChecker.check(model, original, original);
        assertThat(evaluation.violation()).as(instance).isEmpty();
        assertThat(evaluation.total()).as(instance)
                .isEqualTo(RoadefDatasets.results().row(instance).orElseThrow().initialCost());
        assertThat(evaluation.processMoveCost() + evaluation.serviceMoveCost() + evaluation.machineMoveCost())
                .as("an unchanged assignment moves nothing").isZero();
    }
}
