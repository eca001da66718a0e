package org.consolida.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;
import org.consolida.planning.Objective;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.simulation.CaseResult;
import org.consolida.simulation.DemandShares;
import org.consolida.simulation.Limit;
import org.consolida.simulation.SimulationSettings;
import org.consolida.simulation.Simulator;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

/**
 * The planner bounds the WAN as the simulated runtime does: two sites with a 100 Mbit/s WAN, two pairs of workloads
 * that talk at 300 Mbit/s, each pair split across the sites today, and hosts that hold two workloads each (64 GiB,
 * 30 GiB workloads). Under the energy objective traffic costs nothing, so only the wan capacity constraint tells the
 * search to bring each pair onto one site.
 */
class WanCapacityPlanTest {

    @Test
    void aFeasiblePlanKeepsTheWanWithinCapacityAndDeliversItsDemand() {
        TestDatacenter dc = new TestDatacenter();
        dc.site("s1", 1.0, 0.10, 100);
        Site s2 = dc.site("s2", 1.0, 0.10, 100);
        Rack r2 = dc.rack("r2", s2, 10);
        dc.withHosts("h1").withHost("h2", h -> h.rack(r2))
                .withVm("a", 1, 30, "h1").withVm("c", 1, 30, "h1").withVm("b", 1, 30, "h2").withVm("d", 1, 30, "h2")
                .withFlow("a", "b", 300).withFlow("d", "c", 300);
        Inventory inventory = dc.inventory();
        SimulationSettings settings = SimulationSettings.defaults().withSteps(12, 5).withHostScenarios(false);
        Simulator simulator = new Simulator(inventory, DemandShares.planned(inventory, settings), settings);
        double target = inventory.policy().throughputTarget();

        // Today the 600 Mbit/s that cross the 100 Mbit/s WAN each way hold the workloads back: the case can fail.
        CaseResult today = simulator.scenario("today", dc.today());
        assertThat(today.workloads()).anyMatch(
                w -> w.deliveredRatio() < target && Limit.NETWORK.name().equals(w.limitedBy()));

        PlanResult result = new Planner().plan(inventory, List.of(),
                new SolveSettings(Duration.ofSeconds(5), null, 7L, 5_000L).withObjective(Objective.ENERGY),
                SolveListener.NONE);
        assertThat(result.holds()).isTrue();
        Map<Workload, Host> plan = new HashMap<>();
        for (Placement placement : result.plan().getPlacements()) {
            plan.put(placement.getWorkload(), placement.getHost().host());
        }
        assertThat(plan.get(dc.workloadById("a")).site()).isEqualTo(plan.get(dc.workloadById("b")).site());
        assertThat(plan.get(dc.workloadById("c")).site()).isEqualTo(plan.get(dc.workloadById("d")).site());
        CaseResult after = simulator.scenario("after", plan);
        assertThat(after.workloads()).allMatch(w -> w.deliveredRatio() >= target);
    }
}
