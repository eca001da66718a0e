package org.consolida.planning;

import static org.consolida.planning.Placements.place;

import java.util.List;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.SpreadScope;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/** Each constraint on a case small enough to compute by hand (figures in the comments). */
class PlacementConstraintsTest {
    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier =
            ConstraintVerifier.build(new PlacementConstraints(), PlacementSolution.class, Placement.class);

    private static PlacementSolution problem(TestInventory inventory) {
        return PlacementProblem.of(inventory.build(), List.of());
    }

    @Test
    void capacityPenalisesTheCpuOverageNotTheNumberOfWorkloads() {
        // 6 GHz + 7 GHz on a 10 GHz host. KVM's paravirtualised overhead is 2 %, and ANY guests run paravirtualised
        // where they can, so they cost ⌈6000 / 0.98⌉ + ⌈7000 / 0.98⌉ = 6,123 + 7,143 MHz: 3,266 MHz too much.
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 6, 8).workload("b", 7, 8).workload("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h1", "c", "h2"))
                .penalizesBy(3_266);
    }

    @Test
    void capacityAppliesTheMemoryOvercommit() {
        // 64 GiB × 1.5 = 98,304 MiB; 60 + 50 GiB = 112,640 MiB: 14,336 MiB too much.
        TestInventory inventory = new TestInventory().policy(TestInventory.policy(1.0, 1.5, 0.8, FailoverPolicy.NONE))
                .host("h1").workload("a", 1, 60).workload("b", 1, 50);
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h1"))
                .penalizesBy(14_336);
    }

    @Test
    void capacityCountsTrafficLeavingAHostOnBothNics() {
        // 12,000 Mbit/s between two hosts with 10,000 Mbit/s NICs: 2,000 too much at each end; none on one host.
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 1, 8).workload("b", 1, 8).workload("c", 1, 8).workload("d", 1, 8)
                .flow("a", "b", 12_000).flow("c", "d", 50_000);
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2", "c", "h1", "d", "h1"))
                .penalizesBy(4_000);
    }

    @Test
    void restrictionPenalisesEachForbiddenPlacement() {
        TestInventory inventory = new TestInventory().host("h1").host("h2").workload("a", 1, 8).workload("b", 1, 8);
        PlacementSolution solution = PlacementProblem.of(inventory.build(), List.of(
                new Restriction("POL-1", inventory.workloadById("a"), inventory.hostById("h1"), "needs PV"),
                new Restriction("POL-1", inventory.workloadById("b"), inventory.hostById("h1"), "needs PV")));
        verifier.verifyThat(PlacementConstraints::restriction)
                .givenSolution(place(solution, "a", "h1", "b", "h2"))
                .penalizesBy(1);
    }

    @Test
    void redundancySpreadPenalisesEachPairSharingAHost() {
        // Three members on one host: pairs (a,b), (a,c), (b,c); d is in another group.
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 1, 8, null, "g", SpreadScope.HOST, false)
                .workload("b", 1, 8, null, "g", SpreadScope.HOST, false)
                .workload("c", 1, 8, null, "g", SpreadScope.HOST, false)
                .workload("d", 1, 8, null, "other", SpreadScope.HOST, false);
        verifier.verifyThat(PlacementConstraints::redundancySpread)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h1", "c", "h1", "d", "h1"))
                .penalizesBy(3);
    }

    @Test
    void redundancySpreadAtRackScopeNeedsDifferentRacks() {
        // a and b share rack r1 on different hosts (violation); c sits in rack r2.
        TestInventory inventory = new TestInventory().rack("r2", "s1", 10).host("h1").host("h2")
                .host("h3", "m10", "r2", "c1", HostState.ON)
                .workload("a", 1, 8, null, "g", SpreadScope.RACK, false)
                .workload("b", 1, 8, null, "g", SpreadScope.HOST, false)
                .workload("c", 1, 8, null, "g", SpreadScope.RACK, false);
        verifier.verifyThat(PlacementConstraints::redundancySpread)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2", "c", "h3"))
                .penalizesBy(1);
    }

    @Test
    void maintenancePenalisesEachWorkloadOnAHostInMaintenance() {
        TestInventory inventory = new TestInventory().host("h1").host("h2", "m10", "r1", "c1", HostState.MAINTENANCE)
                .workload("a", 1, 8).workload("b", 1, 8).workload("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::maintenance)
                .givenSolution(place(problem(inventory), "a", "h2", "b", "h2", "c", "h1"))
                .penalizesBy(2);
    }

    @Test
    void rackPowerPenalisesTheWattsAboveTheBudget() {
        // Budget 300 W; with 2 % overhead h1 carries ⌈5000 / 0.98⌉ = 5,103 MHz (51.03 %) and draws 151 W, h2 is over
        // 100 % and draws 200 W, h3 is empty (off): 51 W too much.
        TestInventory inventory = new TestInventory().rack("small", "s1", 0.3)
                .host("h1", "m10", "small", "c1", HostState.ON).host("h2", "m10", "small", "c1", HostState.ON)
                .host("h3", "m10", "small", "c1", HostState.ON)
                .workload("a", 5, 8).workload("b", 10, 8);
        verifier.verifyThat(PlacementConstraints::rackPower)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2"))
                .penalizesBy(51);
    }

    @Test
    void failoverReservePenalisesTheShortfallAfterLosingTheLargestHost() {
        // Three 10 GHz hosts carry 3 × ⌈8000 / 0.98⌉ = 24,492 MHz (2 % overhead); without the largest, 20,000 MHz
        // remain: 4,492 MHz short. Memory is fine.
        TestInventory inventory = new TestInventory()
                .policy(TestInventory.policy(1.0, 1.0, 0.8, FailoverPolicy.N_PLUS_1))
                .host("h1").host("h2").host("h3").host("h4")
                .workload("a", 8, 8).workload("b", 8, 8).workload("c", 8, 8);
        verifier.verifyThat(PlacementConstraints::failoverReserve)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2", "c", "h3"))
                .penalizesBy(4_492);
    }

    @Test
    void failoverReserveIsSilentWithoutTheNPlusOnePolicy() {
        TestInventory inventory = new TestInventory().host("h1").host("h2").workload("a", 8, 8).workload("b", 8, 8);
        verifier.verifyThat(PlacementConstraints::failoverReserve)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2"))
                .penalizesBy(0);
    }

    @Test
    void unplacedWeighsEachWorkloadByItsLargestShareOfAnAverageHost() {
        // a: 2.5 GHz and 16 GiB of a 10 GHz / 64 GiB host = 0.25 → 1 + 250; b: 5 GHz → 0.5 → 1 + 500; c is placed.
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 2.5, 16).workload("b", 5, 8).workload("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::unplaced)
                .givenSolution(place(problem(inventory), "c", "h1"))
                .penalizesBy(251 + 501);
    }

    @Test
    void energyChargesActiveHostsAtTheirUtilisationAndEmptyHostsNothing() {
        // PUE 1.5 at 0.20 per kWh: 8,760 × 1.5 × 0.20 / 1000 × 100 = 262.8 cents per watt-year.
        // h1 carries ⌈2000 / 0.98⌉ + ⌈3000 / 0.98⌉ = 2,041 + 3,062 MHz (2 % overhead), 51.03 %, and draws 151.03 W
        // → 39,691 cents; h2 is empty and off.
        TestInventory inventory = new TestInventory().site("s2", 1.5, 0.20).rack("r2", "s2", 10)
                .host("h1", "m10", "r2", "c1", HostState.ON).host("h2", "m10", "r2", "c1", HostState.ON)
                .workload("a", 2, 8).workload("b", 3, 8);
        verifier.verifyThat(PlacementConstraints::energy)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h1"))
                .penalizesBy(39_691);
    }

    @Test
    void rackSpaceChargesTheUnitsOfActiveHosts() {
        // Two active 2U hosts at 120 per unit and year: 2 × 2 × 120 × 100 cents; the third host is empty.
        TestInventory inventory = new TestInventory().model("m2u", 10, 64, 2, 100, 200)
                .host("h1", "m2u", "r1", "c1", HostState.ON).host("h2", "m2u", "r1", "c1", HostState.ON)
                .host("h3", "m2u", "r1", "c1", HostState.ON)
                .workload("a", 1, 8).workload("b", 1, 8).workload("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::rackSpace)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2", "c", "h2"))
                .penalizesBy(48_000);
    }

    @Test
    void migrationChargesTheMemoryOfMovedWorkloadsOnly() {
        // a (16 GiB) moves from h1 to h2: 16 × 0.50 × 100 = 800 cents; b stays; c is new; d is left unplaced.
        TestInventory inventory = new TestInventory().host("h1").host("h2")
                .workload("a", 1, 16, "h1").workload("b", 1, 32, "h1").workload("c", 1, 64)
                .workload("d", 1, 8, "h2");
        verifier.verifyThat(PlacementConstraints::migration)
                .givenSolution(place(problem(inventory), "a", "h2", "b", "h1", "c", "h2"))
                .penalizesBy(800);
    }

    @Test
    void trafficCostsMoreTheFurtherItTravels() {
        // Rates per Mbit/s and year: 2 across hosts, 5 across racks, 20 across sites (× 100 cents).
        // a–b on one host: 0; a–c across hosts: 100 × 200 = 20,000; a–d across racks: 10 × 500 = 5,000;
        // a–e across sites: 1 × 2,000 = 2,000.
        TestInventory inventory = new TestInventory().rack("r2", "s1", 10).site("s2", 1.0, 0.1).rack("r3", "s2", 10)
                .host("h1").host("h2").host("h3", "m10", "r2", "c1", HostState.ON)
                .host("h4", "m10", "r3", "c1", HostState.ON)
                .workload("a", 1, 8).workload("b", 1, 8).workload("c", 1, 8).workload("d", 1, 8).workload("e", 1, 8)
                .flow("a", "b", 100).flow("a", "c", 100).flow("a", "d", 10).flow("e", "a", 1);
        verifier.verifyThat(PlacementConstraints::traffic)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h1", "c", "h2", "d", "h3", "e", "h4"))
                .penalizesBy(27_000);
    }

    @Test
    void headroomChargesThePointsAboveTheCeiling() {
        // Ceiling 80 %, 2 % overhead: h1 carries ⌈9000 / 0.98⌉ = 9,184 MHz, 11.84 points above × 50 × 100 cents =
        // 59,200; h2 carries ⌈8000 / 0.98⌉ = 8,164 MHz, 1.64 points above: 8,200.
        TestInventory inventory = new TestInventory().host("h1").host("h2").workload("a", 9, 8).workload("b", 8, 8);
        Policy policy = inventory.policy();
        verifier.verifyThat(PlacementConstraints::headroom)
                .givenSolution(place(problem(inventory), "a", "h1", "b", "h2"))
                .penalizesBy(Math.round((11.84 + 1.64) * policy.headroomCostPerPct() * 100));
    }

    @Test
    void vcpuSpeedPenalisesTheMhzAboveOneCorePerVcpu() {
        // 1 GHz cores, 2 vCPUs: at most 2,000 MHz. "fast" needs ⌈1900 / 0.98⌉ = 1,939 MHz and keeps up; "slow" needs
        // ⌈2500 / 0.98⌉ = 2,552 MHz: 552 MHz above what its two vCPUs can run, however idle the host.
        TestInventory inventory = new TestInventory().host("h1").host("h2").workload("fast", 1.9, 8)
                .workload("slow", 2.5, 8);
        verifier.verifyThat(PlacementConstraints::vcpuSpeed)
                .givenSolution(place(problem(inventory), "fast", "h1", "slow", "h2"))
                .penalizesBy(552);
    }

    @Test
    void vcpuSpeedCountsTheOverheadOfTheModeTheGuestRunsIn() {
        // 1.97 GHz on 2 vCPUs of 1 GHz: paravirtualised (2 %) it costs ⌈1970 / 0.98⌉ = 2,011 MHz: 11 too much.
        TestInventory inventory = new TestInventory().host("h1").workload("a", 1.97, 8);
        verifier.verifyThat(PlacementConstraints::vcpuSpeed)
                .givenSolution(place(problem(inventory), "a", "h1"))
                .penalizesBy(11);
        // 1.96 GHz costs ⌈1960 / 0.98⌉ = 2,000 MHz: exactly what two 1 GHz vCPUs run.
        TestInventory fits = new TestInventory().host("h1").workload("a", 1.96, 8);
        verifier.verifyThat(PlacementConstraints::vcpuSpeed)
                .givenSolution(place(problem(fits), "a", "h1"))
                .penalizesBy(0);
    }
}
