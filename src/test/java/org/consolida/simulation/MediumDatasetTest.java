package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Workload;
import org.consolida.io.Inventories;
import org.consolida.planning.PlacementProblem;
import org.consolida.planning.PlacementSolution;
import org.consolida.planning.PlanMetrics;
import org.consolida.planning.PlannedHost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped medium estate (200 hosts, 2,000 workloads), replayed with today's placement as the plan. */
class MediumDatasetTest {
    private static Inventory medium;
    private static Map<Workload, Host> today;

    @BeforeAll
    static void read() {
        medium = Inventories.read(Path.of("datasets/medium.xlsx"));
        today = new HashMap<>();
        medium.workloads().forEach(w -> today.put(w, w.currentHost()));
    }

    @Test
    void reportsBeforeAndAfterOverTheDay() {
        SimulationSettings settings = SimulationSettings.defaults().withHostScenarios(false);
        SimulationResult result = new Simulator(medium, DemandShares.profiles(medium, settings), settings).run(today);

        assertThat(result.scenarios()).extracting(CaseResult::name).containsExactly("before", "after");
        assertThat(result.scenario("before").energyKwh()).isPositive();
        assertThat(result.scenario("after").energyKwh()).isEqualTo(result.scenario("before").energyKwh());
        assertThat(result.scenario("after").workloads()).hasSize(medium.workloads().size());
    }

    @Test
    void energyAtPlannedDemandIsThePlannersFigure() {
        SimulationSettings settings = SimulationSettings.defaults();
        CaseResult planned = new Simulator(medium, DemandShares.planned(medium, settings), settings)
                .scenario("after", today);

        // The planner's figure for the same placement: power at the host CPU its guests cost, overhead included.
        PlacementSolution problem = PlacementProblem.of(medium, List.of());
        PlannedHost[] assignment = new PlannedHost[problem.getPlacements().size()];
        problem.getPlacements().forEach(p -> assignment[p.getIndex()] = p.getCurrentHost());
        double plannerKwhPerYear = PlanMetrics.of(problem, assignment).energyKwhPerYear();
        double simulatedKwhPerYear = planned.energyKwh() * Policy.HOURS_PER_YEAR / 24;

        // Both ask the machine model; what remains is the planner's rounding of each guest up to a whole MHz
        // (measured: the simulation 0.004 % below). Before they shared it, the simulation was 0.8 % above.
        assertThat(simulatedKwhPerYear / plannerKwhPerYear).isCloseTo(1.0, within(1e-4)).isLessThanOrEqualTo(1.0);
    }
}
