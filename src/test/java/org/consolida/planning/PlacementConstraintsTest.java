package org.consolida.planning;

import static org.consolida.planning.Placements.place;

import java.util.List;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.planning.Justifications.CrossTraffic;
import org.consolida.planning.Justifications.FailoverShortfall;
import org.consolida.planning.Justifications.Forbidden;
import org.consolida.planning.Justifications.Headroom;
import org.consolida.planning.Justifications.HostEnergy;
import org.consolida.planning.Justifications.Migration;
import org.consolida.planning.Justifications.OnMaintenanceHost;
import org.consolida.planning.Justifications.Overage;
import org.consolida.planning.Justifications.Overload;
import org.consolida.planning.Justifications.RackOverBudget;
import org.consolida.planning.Justifications.RackSpace;
import org.consolida.planning.Justifications.SpreadBroken;
import org.consolida.planning.Justifications.Unplaced;
import org.consolida.planning.Justifications.VcpusTooSlow;
import org.consolida.planning.Justifications.WanOverload;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/**
 * Each constraint on a case small enough to compute by hand (figures in the comments), with the justification
 * records it must give for them.
 */
class PlacementConstraintsTest {
    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier =
            ConstraintVerifier.build(new PlacementConstraints(), PlacementSolution.class, Placement.class);

    private static PlacementSolution problem(TestDatacenter dc) {
        return PlacementProblem.of(dc.inventory(), List.of());
    }

    @Test
    void capacityPenalisesTheCpuOverageNotTheNumberOfWorkloads() {
        // 6 GHz + 7 GHz on a 10 GHz host. KVM's paravirtualised overhead is 2 %, and ANY guests run paravirtualised
        // where they can, so they cost ⌈6000 / 0.98⌉ + ⌈7000 / 0.98⌉ = 6,123 + 7,143 MHz: 3,266 MHz too much.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 6, 8).withVm("b", 7, 8)
                .withVm("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h1", "c", "h2"))
                .justifiesWithExactly(new Overload("h1", List.of(new Overage(Resource.CPU, 13_266, 10_000, "MHz"))))
                .penalizesBy(3_266);
    }

    @Test
    void capacityAppliesTheMemoryOvercommit() {
        // 64 GiB × 1.5 = 98,304 MiB; 60 + 50 GiB = 112,640 MiB: 14,336 MiB too much.
        TestDatacenter dc = new TestDatacenter().policy(Policy.builder().memoryOvercommit(1.5).build()).withHosts("h1")
                .withVm("a", 1, 60).withVm("b", 1, 50);
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h1"))
                .justifiesWithExactly(
                        new Overload("h1", List.of(new Overage(Resource.MEMORY, 112_640, 98_304, "MiB"))))
                .penalizesBy(14_336);
    }

    @Test
    void capacityCountsTrafficLeavingAHostOnBothNics() {
        // 12,000 Mbit/s between two hosts with 10,000 Mbit/s NICs: 2,000 too much at each end; none on one host.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 1, 8).withVm("b", 1, 8)
                .withVm("c", 1, 8).withVm("d", 1, 8).withFlow("a", "b", 12_000).withFlow("c", "d", 50_000);
        verifier.verifyThat(PlacementConstraints::capacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h1", "d", "h1"))
                .justifiesWithExactly(
                        new Overload("h1", List.of(new Overage(Resource.NETWORK, 12_000, 10_000, "Mbit/s"))),
                        new Overload("h2", List.of(new Overage(Resource.NETWORK, 12_000, 10_000, "Mbit/s"))))
                .penalizesBy(4_000);
    }

    @Test
    void restrictionPenalisesEachForbiddenPlacement() {
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 1, 8).withVm("b", 1, 8);
        PlacementSolution solution = PlacementProblem.of(dc.inventory(), List.of(
                new Restriction("POL-1", dc.workloadById("a"), dc.hostById("h1"), "needs PV"),
                new Restriction("POL-1", dc.workloadById("b"), dc.hostById("h1"), "needs PV")));
        verifier.verifyThat(PlacementConstraints::restriction)
                .givenSolution(place(solution, "a", "h1", "b", "h2"))
                .justifiesWithExactly(new Forbidden("a", "h1", "POL-1", "needs PV"))
                .penalizesBy(1);
    }

    @Test
    void redundancySpreadPenalisesEachPairSharingAHost() {
        // Three members on one host: pairs (a,b), (a,c), (b,c); d is in another group.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2")
                .withWorkload("a", null, w -> w.cpuGhz(1).memoryGib(8).group("g"))
                .withWorkload("b", null, w -> w.cpuGhz(1).memoryGib(8).group("g"))
                .withWorkload("c", null, w -> w.cpuGhz(1).memoryGib(8).group("g"))
                .withWorkload("d", null, w -> w.cpuGhz(1).memoryGib(8).group("other"));
        verifier.verifyThat(PlacementConstraints::redundancySpread)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h1", "c", "h1", "d", "h1"))
                .justifiesWithExactly(new SpreadBroken("g", SpreadScope.HOST, "a", "b", "host h1"),
                        new SpreadBroken("g", SpreadScope.HOST, "a", "c", "host h1"),
                        new SpreadBroken("g", SpreadScope.HOST, "b", "c", "host h1"))
                .penalizesBy(3);
    }

    @Test
    void redundancySpreadAtRackScopeNeedsDifferentRacks() {
        // a and b share rack r1 on different hosts (violation); c sits in rack r2.
        TestDatacenter dc = new TestDatacenter();
        Rack r2 = dc.rack("r2");
        dc.withHosts("h1", "h2").withHost("h3", h -> h.rack(r2))
                .withWorkload("a", null, w -> w.cpuGhz(1).memoryGib(8).group("g").spread(SpreadScope.RACK))
                .withWorkload("b", null, w -> w.cpuGhz(1).memoryGib(8).group("g"))
                .withWorkload("c", null, w -> w.cpuGhz(1).memoryGib(8).group("g").spread(SpreadScope.RACK));
        verifier.verifyThat(PlacementConstraints::redundancySpread)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h3"))
                .justifiesWithExactly(new SpreadBroken("g", SpreadScope.RACK, "a", "b", "rack r1"))
                .penalizesBy(1);
    }

    @Test
    void maintenancePenalisesEachWorkloadOnAHostInMaintenance() {
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withHost("h2", h -> h.state(HostState.MAINTENANCE))
                .withVm("a", 1, 8).withVm("b", 1, 8).withVm("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::maintenance)
                .givenSolution(place(problem(dc), "a", "h2", "b", "h2", "c", "h1"))
                .justifiesWithExactly(new OnMaintenanceHost("a", "h2"), new OnMaintenanceHost("b", "h2"))
                .penalizesBy(2);
    }

    @Test
    void rackPowerPenalisesTheWattsAboveTheBudget() {
        // Budget 300 W; with 2 % overhead h1 carries ⌈5000 / 0.98⌉ = 5,103 MHz (51.03 %) and draws 151 W, h2 is over
        // 100 % and draws 200 W, h3 is empty (off): 51 W too much.
        TestDatacenter dc = new TestDatacenter();
        Rack small = dc.rack("small", dc.site, 0.3);
        dc.withHost("h1", h -> h.rack(small)).withHost("h2", h -> h.rack(small)).withHost("h3", h -> h.rack(small))
                .withVm("a", 5, 8).withVm("b", 10, 8);
        verifier.verifyThat(PlacementConstraints::rackPower)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2"))
                .justifiesWithExactly(new RackOverBudget("small", 351, 300))
                .penalizesBy(51);
    }

    @Test
    void failoverReservePenalisesTheShortfallAfterLosingTheLargestHost() {
        // Three 10 GHz hosts carry 3 × ⌈8000 / 0.98⌉ = 24,492 MHz (2 % overhead); without the largest, 20,000 MHz
        // remain: 4,492 MHz short. Memory is fine.
        TestDatacenter dc = new TestDatacenter().policy(Policy.builder().failover(FailoverPolicy.N_PLUS_1).build())
                .withHosts("h1", "h2", "h3", "h4").withVm("a", 8, 8).withVm("b", 8, 8).withVm("c", 8, 8);
        verifier.verifyThat(PlacementConstraints::failoverReserve)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h3"))
                .justifiesWithExactly(new FailoverShortfall("c1", Resource.CPU, 24_492, 30_000, 10_000, "MHz"))
                .penalizesBy(4_492);
    }

    @Test
    void failoverReserveIsSilentWithoutTheNPlusOnePolicy() {
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 8, 8).withVm("b", 8, 8);
        verifier.verifyThat(PlacementConstraints::failoverReserve)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2"))
                .penalizesBy(0);
    }

    @Test
    void unplacedWeighsEachWorkloadByItsLargestShareOfAnAverageHost() {
        // a: 2.5 GHz and 16 GiB of a 10 GHz / 64 GiB host = 0.25 → 1 + 250; b: 5 GHz → 0.5 → 1 + 500; c is placed.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 2.5, 16).withVm("b", 5, 8)
                .withVm("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::unplaced)
                .givenSolution(place(problem(dc), "c", "h1"))
                .justifiesWithExactly(new Unplaced("a", 251), new Unplaced("b", 501))
                .penalizesBy(251 + 501);
    }

    @Test
    void energyChargesActiveHostsAtTheirUtilizationAndEmptyHostsNothing() {
        // PUE 1.5 at 0.20 per kWh: 8,760 × 1.5 × 0.20 / 1000 × 100 = 262.8 cents per watt-year.
        // h1 carries ⌈2000 / 0.98⌉ + ⌈3000 / 0.98⌉ = 2,041 + 3,062 MHz (2 % overhead), 51.03 %, and draws 151.03 W
        // → 39,691 cents; h2 is empty and off.
        TestDatacenter dc = new TestDatacenter();
        Site s2 = dc.site("s2", 1.5, 0.20, 1_000);
        Rack r2 = dc.rack("r2", s2, 10);
        dc.withHost("h1", h -> h.rack(r2)).withHost("h2", h -> h.rack(r2)).withVm("a", 2, 8).withVm("b", 3, 8);
        verifier.verifyThat(PlacementConstraints::energy)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h1"))
                .justifiesWithExactly(new HostEnergy("h1", 5_103 / 10_000.0, 100 + 100 * (5_103 / 10_000.0), 39_691))
                .penalizesBy(39_691);
    }

    @Test
    void rackSpaceChargesTheUnitsOfActiveHosts() {
        // Two active 2U hosts at 120 per unit and year: 2 × 2 × 120 × 100 cents; the third host is empty.
        HostModel m2u = HostModels.TEN_CORES.toBuilder().id("m2u").rackUnits(2).build();
        TestDatacenter dc = new TestDatacenter().withHost("h1", h -> h.model(m2u)).withHost("h2", h -> h.model(m2u))
                .withHost("h3", h -> h.model(m2u)).withVm("a", 1, 8).withVm("b", 1, 8).withVm("c", 1, 8);
        verifier.verifyThat(PlacementConstraints::rackSpace)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h2"))
                .justifiesWithExactly(new RackSpace("h1", 2, 24_000), new RackSpace("h2", 2, 24_000))
                .penalizesBy(48_000);
    }

    @Test
    void migrationChargesTheMemoryOfMovedWorkloadsOnly() {
        // a (16 GiB) moves from h1 to h2: 16 × 0.50 × 100 = 800 cents; b stays; c is new; d is left unplaced.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 1, 16, "h1").withVm("b", 1, 32, "h1")
                .withVm("c", 1, 64).withVm("d", 1, 8, "h2");
        verifier.verifyThat(PlacementConstraints::migration)
                .givenSolution(place(problem(dc), "a", "h2", "b", "h1", "c", "h2"))
                .justifiesWithExactly(new Migration("a", "h1", "h2", 16, 800))
                .penalizesBy(800);
    }

    /** h1, h2 on site s1 (1,000 Mbit/s WAN each way); h3 on site s2 with this WAN; VMs a, b, c, d; e, f. */
    private static TestDatacenter twoSites(double s2WanMbps) {
        TestDatacenter dc = new TestDatacenter();
        Site s2 = dc.site("s2", 1.0, 0.1, s2WanMbps);
        Rack r2 = dc.rack("r2", s2, 10);
        return dc.withHosts("h1", "h2").withHost("h3", h -> h.rack(r2)).withVm("a", 1, 8).withVm("b", 1, 8)
                .withVm("c", 1, 8).withVm("d", 1, 8).withVm("e", 1, 8).withVm("f", 1, 8);
    }

    @Test
    void wanCapacityLetsFlowsUpToTheLinksCapacity() {
        // a→e 600 and b→f 400: s1 sends 1,000 of 1,000 Mbit/s, s2 receives 1,000 of 1,000; f→c 700 the other way:
        // s2 sends and s1 receives 700. c→d stays in s1 (across hosts): no WAN at all, however much.
        TestDatacenter dc = twoSites(1_000).withFlow("a", "e", 600).withFlow("b", "f", 400).withFlow("f", "c", 700)
                .withFlow("c", "d", 5_000);
        verifier.verifyThat(PlacementConstraints::wanCapacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h1", "d", "h2", "e", "h3", "f", "h3"))
                .penalizesBy(0);
    }

    @Test
    void wanCapacityPenalisesTheSendersOutboundOverage() {
        // a→e 1,200 and b→e 300: s1's WAN out carries 1,500 of 1,000 Mbit/s (500 over); s2's WAN in, 1,500 of
        // 5,000. e→a 900 goes the other way (s2 out, s1 in: within both) and does not offset the outbound 1,500.
        TestDatacenter dc = twoSites(5_000).withFlow("a", "e", 1_200).withFlow("b", "e", 300)
                .withFlow("e", "a", 900);
        verifier.verifyThat(PlacementConstraints::wanCapacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h1", "d", "h1", "e", "h3", "f", "h3"))
                .justifiesWithExactly(new WanOverload("s1", WanLink.Direction.OUT, 1_500, 1_000))
                .penalizesBy(500);
    }

    @Test
    void wanCapacityPenalisesTheReceiversInboundOverage() {
        // a→e 250 and b→f 150 (fractional Mbit/s round up: 149.2 → 150): s2's WAN in carries 400 of 300 Mbit/s
        // (100 over); s1's WAN out carries 400 of 1,000. Placed on one site, the same flows load no WAN.
        TestDatacenter dc = twoSites(300).withFlow("a", "e", 250).withFlow("b", "f", 149.2);
        verifier.verifyThat(PlacementConstraints::wanCapacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h1", "d", "h1", "e", "h3", "f", "h3"))
                .justifiesWithExactly(new WanOverload("s2", WanLink.Direction.IN, 400, 300))
                .penalizesBy(100);
        verifier.verifyThat(PlacementConstraints::wanCapacity)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2", "c", "h1", "d", "h1", "e", "h2", "f", "h1"))
                .penalizesBy(0);
    }

    @Test
    void trafficCostsMoreTheFurtherItTravels() {
        // Rates per Mbit/s and year: 2 across hosts, 5 across racks, 20 across sites (× 100 cents).
        // a–b on one host: 0; a–c across hosts: 100 × 200 = 20,000; a–d across racks: 10 × 500 = 5,000;
        // a–e across sites: 1 × 2,000 = 2,000.
        TestDatacenter dc = new TestDatacenter();
        Rack r2 = dc.rack("r2");
        Site s2 = dc.site("s2", 1.0, 0.1, 1_000);
        Rack r3 = dc.rack("r3", s2, 10);
        dc.withHosts("h1", "h2").withHost("h3", h -> h.rack(r2)).withHost("h4", h -> h.rack(r3)).withVm("a", 1, 8)
                .withVm("b", 1, 8).withVm("c", 1, 8).withVm("d", 1, 8).withVm("e", 1, 8).withFlow("a", "b", 100)
                .withFlow("a", "c", 100).withFlow("a", "d", 10).withFlow("e", "a", 1);
        verifier.verifyThat(PlacementConstraints::traffic)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h1", "c", "h2", "d", "h3", "e", "h4"))
                .justifiesWithExactly(new CrossTraffic("a", "c", Traffic.Distance.RACK, 100, 20_000),
                        new CrossTraffic("a", "d", Traffic.Distance.SITE, 10, 5_000),
                        new CrossTraffic("e", "a", Traffic.Distance.WAN, 1, 2_000))
                .penalizesBy(27_000);
    }

    @Test
    void headroomChargesThePointsAboveTheCeiling() {
        // Ceiling 80 %, 2 % overhead: h1 carries ⌈9000 / 0.98⌉ = 9,184 MHz, 11.84 points above × 50 × 100 cents =
        // 59,200; h2 carries ⌈8000 / 0.98⌉ = 8,164 MHz, 1.64 points above: 8,200.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("a", 9, 8).withVm("b", 8, 8);
        Policy policy = dc.policy();
        verifier.verifyThat(PlacementConstraints::headroom)
                .givenSolution(place(problem(dc), "a", "h1", "b", "h2"))
                .justifiesWithExactly(new Headroom("h1", 9_184 / 10_000.0, (9_184 / 10_000.0 - 0.8) * 100, 59_200),
                        new Headroom("h2", 8_164 / 10_000.0, (8_164 / 10_000.0 - 0.8) * 100, 8_200))
                .penalizesBy(Math.round((11.84 + 1.64) * policy.headroomCostPerPct() * 100));
    }

    @Test
    void vcpuSpeedPenalisesTheMhzAboveOneCorePerVcpu() {
        // 1 GHz cores, 2 vCPUs: at most 2,000 MHz. "fast" needs ⌈1900 / 0.98⌉ = 1,939 MHz and keeps up; "slow" needs
        // ⌈2500 / 0.98⌉ = 2,552 MHz: 552 MHz above what its two vCPUs can run, however idle the host.
        TestDatacenter dc = new TestDatacenter().withHosts("h1", "h2").withVm("fast", 1.9, 8).withVm("slow", 2.5, 8);
        verifier.verifyThat(PlacementConstraints::vcpuSpeed)
                .givenSolution(place(problem(dc), "fast", "h1", "slow", "h2"))
                .justifiesWithExactly(new VcpusTooSlow("slow", "h2", 2, 2_552, 2_000))
                .penalizesBy(552);
    }

    @Test
    void vcpuSpeedCountsTheOverheadOfTheModeTheGuestRunsIn() {
        // 1.97 GHz on 2 vCPUs of 1 GHz: paravirtualised (2 %) it costs ⌈1970 / 0.98⌉ = 2,011 MHz: 11 too much.
        TestDatacenter dc = new TestDatacenter().withHosts("h1").withVm("a", 1.97, 8);
        verifier.verifyThat(PlacementConstraints::vcpuSpeed)
                .givenSolution(place(problem(dc), "a", "h1"))
                .justifiesWithExactly(new VcpusTooSlow("a", "h1", 2, 2_011, 2_000))
                .penalizesBy(11);
        // 1.96 GHz costs ⌈1960 / 0.98⌉ = 2,000 MHz: exactly what two 1 GHz vCPUs run.
        TestDatacenter fits = new TestDatacenter().withHosts("h1").withVm("a", 1.96, 8);
        verifier.verifyThat(PlacementConstraints::vcpuSpeed)
                .givenSolution(place(problem(fits), "a", "h1"))
                .penalizesBy(0);
    }
}
