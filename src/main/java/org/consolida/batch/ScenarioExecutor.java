package org.consolida.batch;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Where a batch's scenarios are planned: in this process (a plain run or one shard of a job array), or on the members
 * of a cluster. Wherever it is, the pipeline is the same function of (inventory, scenario), so the same inventory,
 * settings and seed give the same plan.
 */
public interface ScenarioExecutor extends AutoCloseable {
    /**
     * Plans the scenario into {@code outDir}: plan.json and the reports. The future completes with the plan's exit code
     * and where it ran, or exceptionally with what stopped the scenario.
     */
    CompletableFuture<Execution> submit(Manifest manifest, Scenario scenario, Path outDir);

    @Override
    void close();

    /** A scenario planned: its exit code (0 holds, 1 does not) and a note on where it ran (empty: nothing to say). */
    record Execution(int exitCode, String note) {
    }

    /** A scenario that failed somewhere else, with the message it failed with there. */
    final class RemoteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RemoteFailure(String message) {
            super(message);
        }
    }
}
