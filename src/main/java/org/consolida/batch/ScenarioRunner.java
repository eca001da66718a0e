package org.consolida.batch;

import java.nio.file.Path;

import org.consolida.inventory.Inventory;

/**
 * Plans one scenario's inventory (what-ifs applied) into {@code outDir}, writing at least {@code plan.json}, and returns
 * the plan's exit code (0 the plan holds, 1 it was written but something does not hold). The pipeline implements it.
 */
@FunctionalInterface
public interface ScenarioRunner {
    int run(Inventory inventory, Scenario scenario, Path outDir) throws Exception;
}
