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

    @Test
    void setAIsShippedWhole() {
        assertThat(setA()).hasSize(10);
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
