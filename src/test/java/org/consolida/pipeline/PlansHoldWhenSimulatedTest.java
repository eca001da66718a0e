package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.RuleBase;
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.Limit;
import org.consolida.simulation.CaseResult;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner and the simulated runtime describe one machine: on generated inventories of random sizes and seeds,
 * with the shipped policy rules, every plan the planner calls feasible, replayed at the demand it was planned for,
 * leaves no workload below its throughput target for a cause the planner models (CPU, the hypervisor's overhead, the
 * vCPUs' speed, memory, the NICs and the WAN), and the lower bound is at or below the energy and the host count of the plan and of every
 * baseline that places every workload without a hard violation.
 *
 * <p>The seeds come from a fixed random sequence (so CI sees the same cases); {@code -Dconsolida.propertySeed=N}
 * draws another sequence, and each case's name carries its generator seed to replay it.
 */
class PlansHoldWhenSimulatedTest {
    private static final int CASES = 22;
    /**
     * Causes the planner models with a hard constraint. The network is one of them (the hosts' NICs and the sites'
     * WAN links) once the racks' uplinks, which the planner does not bound, are made wide enough never to limit.
     */
    private static final Set<String> MODELLED = Set.of(Limit.CPU.name(), Limit.HYPERVISOR_OVERHEAD.name(),
            Limit.MEMORY.name(), Limit.NETWORK.name(), Limit.NO_HOST.name());
    private static final double UNBOUNDED_UPLINK_MBPS = 1e12;
    private static RuleBase rules;

    @BeforeAll
    static void loadRules() {
        rules = RuleBase.load(RuleBase.DEFAULT_FOLDER);
    }

    static Stream<Arguments> inventories() {
        SplittableRandom random = new SplittableRandom(Long.getLong("consolida.propertySeed", 12));
        return LongStream.range(0, CASES).mapToObj(i -> {
            int hosts = 10 + random.nextInt(31);
            int workloads = hosts * (4 + random.nextInt(7));
            return Arguments.of(hosts, workloads, random.nextLong(1, Long.MAX_VALUE));
        });
    }

    @ParameterizedTest(name = "generate({0} hosts, {1} workloads, seed {2})")
    @MethodSource("inventories")
    void feasiblePlansHoldAtPlannedDemandAndTheBoundHolds(int hostCount, int workloadCount, long seed) {
        Inventory inventory = InventoryGenerator.generate(hostCount, workloadCount, seed);
        PlanResult result = new Planner().plan(inventory, PolicyRules.apply(rules, inventory),
                new SolveSettings(Duration.ofSeconds(2), null, 7L, 2_000L), SolveListener.NONE);

        if (result.unplaced().isEmpty()) {
            assertThat(result.lowerBound().energyKwhPerYear()).isLessThanOrEqualTo(result.after().energyKwhPerYear());
            assertThat(result.lowerBound().activeHosts()).isLessThanOrEqualTo(result.after().activeHosts());
        }
        for (PlanResult.Baseline baseline : List.of(result.firstFitDecreasing(), result.powerAwareBestFit())) {
            boolean placesAll = Arrays.stream(baseline.assignment()).allMatch(h -> h != null);
            if (placesAll && baseline.score().hardScore() == 0) {
                assertThat(result.lowerBound().energyKwhPerYear())
                        .isLessThanOrEqualTo(baseline.metrics().energyKwhPerYear());
                assertThat(result.lowerBound().activeHosts()).isLessThanOrEqualTo(baseline.metrics().activeHosts());
            }
        }
        if (!result.holds()) {
            return; // the planner does not call it feasible: nothing to hold it to
        }
        Map<Workload, Host> plan = new HashMap<>();
        for (Placement placement : result.plan().getPlacements()) {
            plan.put(placement.getWorkload(), placement.getHost().host());
        }
        SimulationSettings settings = SimulationSettings.defaults().withSteps(12, 5).withHostScenarios(false)
                .withUplinkMbps(UNBOUNDED_UPLINK_MBPS);
        CaseResult after = new Simulator(inventory, DemandShares.planned(inventory, settings), settings)
                .scenario("after", plan);
        double target = inventory.policy().throughputTarget();
        List<CaseResult.WorkloadResult> shortOfTarget = after.workloads().stream()
                .filter(w -> w.deliveredRatio() < target && MODELLED.contains(w.limitedBy())).toList();
        assertThat(shortOfTarget).as("below target at planned demand for a cause the planner models").isEmpty();
        // At planned demand no host is asked for more CPU than it has, overhead included.
        assertThat(after.peakHostDemand()).isLessThanOrEqualTo(1 + 1e-9);
    }
}
