package org.consolida.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;
import org.consolida.pipeline.PlanPipeline;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.simulation.SimulationSettings;

/**
 * Plans one scenario's inventory (what-ifs applied) into {@code outDir}, writing at least {@code plan.json}, and returns
 * the plan's exit code (0 the plan holds, 1 it was written but something does not hold). The pipeline implements it.
 * {@code warnings} and {@code measured} come from the scenario's utilisation history (empty without one).
 */
@FunctionalInterface
public interface ScenarioRunner {
    /** The search time of a scenario that sets no {@code timeLimit}. */
    Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    int run(Inventory inventory, List<Problem> warnings, MeasuredDemand measured, Scenario scenario, Path outDir)
            throws Exception;

    /**
     * The whole pipeline, with the scenario's own time limit, seed, move budget, objective and rules where it has them,
     * else {@link #DEFAULT_TIME_LIMIT}, no seed, the planner's budget, the whole yearly cost and {@code defaultRules}.
     */
    static ScenarioRunner pipeline(Path defaultRules) {
        return (inventory, warnings, measured, scenario, outDir) -> {
            Duration limit = scenario.timeLimit() != null ? scenario.timeLimit() : DEFAULT_TIME_LIMIT;
            PlanPipeline.Settings settings = new PlanPipeline.Settings(
                    new SolveSettings(limit, null, scenario.seed(), scenario.moveBudget(), scenario.objective()),
                    scenario.rules() != null ? scenario.rules() : defaultRules, SimulationSettings.defaults());
            return PlanPipeline.standard().run(inventory, warnings, measured, outDir, settings, SolveListener.NONE)
                    .holds()
                    ? 0 : 1;
        };
    }
}
