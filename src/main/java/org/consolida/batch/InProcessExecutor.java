package org.consolida.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;
import org.consolida.io.history.DemandSizing;
import org.consolida.io.history.HistoryReader;
import org.consolida.io.history.Sizing;

/**
 * Plans scenarios in this process, at most {@code parallel} at once. A cluster member plans the tasks it is given with
 * {@link #plan} too, so a scenario is planned by the same code wherever it runs.
 */
public final class InProcessExecutor implements ScenarioExecutor {
    private final Function<Path, Inventory> reader;
    private final ScenarioRunner runner;
    private final String note;
    private final ExecutorService pool;

    /**
     * @param reader reads an inventory file (the CLI passes the io package's reader)
     * @param runner plans one scenario (the pipeline)
     * @param note   what to say about where each scenario ran, such as "shard 1/2" (empty: nothing)
     */
    public InProcessExecutor(Function<Path, Inventory> reader, ScenarioRunner runner, int parallel, String note) {
        this.reader = reader;
        this.runner = runner;
        this.note = note;
        this.pool = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
            Thread thread = new Thread(runnable, "batch-scenario");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public CompletableFuture<Execution> submit(Manifest manifest, Scenario scenario, Path outDir) {
        CompletableFuture<Execution> result = new CompletableFuture<>();
        pool.execute(() -> {
            try {
                result.complete(new Execution(plan(reader, runner, manifest.file().toString(), scenario, outDir), note));
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Reads the scenario's inventory, sizes it from its utilisation history when it has one (with the scenario's
     * policy, before its other what-ifs, so that demand growth grows the measured demand), applies its what-ifs and
     * plans it into {@code outDir}; returns the exit code.
     */
    public static int plan(Function<Path, Inventory> reader, ScenarioRunner runner, String manifest, Scenario scenario,
                           Path outDir) throws Exception {
        Inventory inventory = reader.apply(scenario.inventory());
        List<Problem> warnings = List.of();
        MeasuredDemand measured = MeasuredDemand.none();
        if (scenario.history() != null) {
            Inventory priced = inventory.withPolicy(WhatIfs.policy(scenario, inventory.policy()));
            DemandSizing.Sized sized = DemandSizing.apply(priced, HistoryReader.read(scenario.history()),
                    Sizing.of(priced.policy()));
            inventory = sized.inventory();
            warnings = sized.warnings();
            measured = sized.measured();
        }
        inventory = WhatIfs.apply(scenario, inventory, manifest);
        Files.createDirectories(outDir);
        return runner.run(inventory, warnings, measured, scenario, outDir);
    }

    /** What stopped a scenario, in one line: an input's problems location first, else the exception. */
    public static String describe(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            return invalid.problems().stream().filter(Problem::isError).map(Problem::toString)
                    .collect(Collectors.joining("; "));
        }
        if (failure instanceof RemoteFailure) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
