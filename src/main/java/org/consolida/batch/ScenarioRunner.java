package org.consolida.batch;

import java.nio.file.Path;

import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;

/**
 * Plans one scenario's inventory (what-ifs applied) into {@code outDir}, writing at least {@code plan.json}, and returns
 * the plan's exit code (0 the plan holds, 1 it was written but something does not hold). The pipeline implements it.
 * {@code warnings} and {@code measured} come from the scenario's utilisation history (empty without one).
 */
@FunctionalInterface
public interface ScenarioRunner {
    int run(Inventory inventory, List<Problem> warnings, MeasuredDemand measured, Scenario scenario, Path outDir)
            throws Exception;
}
