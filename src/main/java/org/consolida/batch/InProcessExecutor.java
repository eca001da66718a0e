package org.consolida.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;

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

    /** Reads the scenario's inventory, applies its what-ifs and plans it into {@code outDir}; returns the exit code. */
    public static int plan(Function<Path, Inventory> reader, ScenarioRunner runner, String manifest, Scenario scenario,
                           Path outDir) throws Exception {
        Inventory inventory = WhatIfs.apply(scenario, reader.apply(scenario.inventory()), manifest);
        Files.createDirectories(outDir);
        return runner.run(inventory, scenario, outDir);
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
