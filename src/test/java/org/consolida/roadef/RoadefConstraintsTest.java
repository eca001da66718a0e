package org.consolida.roadef;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/** One case per constraint on {@link TinyInstance}, each penalty worked out by hand in the comment. */
class RoadefConstraintsTest {
    private final ConstraintVerifier<RoadefConstraints, MachineReassignment> verifier =
            ConstraintVerifier.build(new RoadefConstraints(), MachineReassignment.class, ProcessAssignment.class);

    @Test
    void capacityPenalisesTheUnitsOverCapacity() {
        // p3 joins m0: r0 3+4+5 = 12 (2 over 10), r1 4+2+5 = 11 (1 over 10).
        verifier.verifyThat(RoadefConstraints::capacity).givenSolution(TinyInstance.solution(0, 1, 0, 0))
                .penalizesBy(3);
    }

    @Test
    void capacityCountsTransientUsageOnTheOriginalMachine() {
        // p0 leaves m0 for m1, p3 comes to m0: m0 uses r0 4+5 = 9, plus p0's transient 3 = 12: 2 over.
        // r1 is not transient: m0 holds 2+5 = 7. m1: 6 and 8; m2 keeps p3's transient 5 of r0 only.
        verifier.verifyThat(RoadefConstraints::capacity).givenSolution(TinyInstance.solution(1, 1, 0, 0))
                .penalizesBy(2);
    }

    @Test
    void capacityAcceptsTheOriginal() {
        verifier.verifyThat(RoadefConstraints::capacity).givenSolution(TinyInstance.solution(TinyInstance.ORIGINAL))
                .penalizesBy(0);
    }

    @Test
    void conflictPenalisesEachPairOfAServiceOnOneMachine() {
        // p1 joins p0 on m0: both of s0.
        verifier.verifyThat(RoadefConstraints::conflict).givenSolution(TinyInstance.solution(0, 0, 0, 2))
                .penalizesBy(1);
    }

    @Test
    void spreadPenalisesEachMissingLocation() {
        // p0 to m2 (location 1) beside p1 on m1 (location 1): s0 spans one location of the two it needs.
        verifier.verifyThat(RoadefConstraints::spread).givenSolution(TinyInstance.solution(2, 1, 0, 2))
                .penalizesBy(1);
    }

    @Test
    void dependencyPenalisesANeighborhoodWithoutTheServiceDependedOn() {
        // p2 (s1) to m2, neighborhood 1, where s0 has no process: s0's p0, p1 are in neighborhood 0.
        verifier.verifyThat(RoadefConstraints::dependency).givenSolution(TinyInstance.solution(0, 1, 2, 2))
                .penalizesBy(1);
    }

    @Test
    void dependencyAcceptsTheOriginal() {
        verifier.verifyThat(RoadefConstraints::dependency).givenSolution(TinyInstance.solution(TinyInstance.ORIGINAL))
                .penalizesBy(0);
    }

    @Test
    void loadCostWeighsUsageAboveSafetyCapacity() {
        // p3 joins m0: r0 12 − 8 = 4 × 10, r1 11 − 8 = 3 × 1: 43. m2 is empty.
        verifier.verifyThat(RoadefConstraints::loadCost).givenSolution(TinyInstance.solution(0, 1, 0, 0))
                .penalizesBy(43);
    }

    @Test
    void balanceCostOfTheOriginal() {
        verifier.verifyThat(RoadefConstraints::balanceCost).givenSolution(TinyInstance.solution(TinyInstance.ORIGINAL))
                .penalizesBy(30);
    }

    @Test
    void balanceCostCountsEmptyMachines() {
        // p1 to m2 empties m1: m1 2·10 − 10 = 10; m2 free (2, 11): 4 − 11 < 0; m0 2: (10 + 2) × 3 = 36.
        verifier.verifyThat(RoadefConstraints::balanceCost).givenSolution(TinyInstance.solution(0, 2, 0, 2))
                .penalizesBy(36);
    }

    @Test
    void processMoveCostSumsTheMovedProcesses() {
        // p0 (5) and p2 (7) move; weight 1.
        verifier.verifyThat(RoadefConstraints::processMoveCost).givenSolution(TinyInstance.solution(2, 1, 1, 2))
                .penalizesBy(12);
    }

    @Test
    void serviceMoveCostTakesTheMostMovedService() {
        // s0 moves p0 and p1 (2), s1 moves p2 (1): max 2 × weight 10.
        verifier.verifyThat(RoadefConstraints::serviceMoveCost).givenSolution(TinyInstance.solution(2, 0, 1, 2))
                .penalizesBy(20);
    }

    @Test
    void machineMoveCostUsesTheMatrixFromTheOriginalMachine() {
        // p0 m0→m2 costs 2, p2 m0→m1 costs 1: 3 × weight 100.
        verifier.verifyThat(RoadefConstraints::machineMoveCost).givenSolution(TinyInstance.solution(2, 1, 1, 2))
                .penalizesBy(300);
    }
}
