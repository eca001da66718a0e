package org.consolida.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;
import org.consolida.io.history.DemandSizing;
import org.consolida.io.history.HistoryReader;
import org.consolida.io.history.Sizing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a batch: each scenario into {@code OUT/<scenario>/}, at most {@code parallel} at once. A scenario that fails
 * fails alone and its error goes into the comparison. A scenario whose inputs are unchanged since a run that
 * completed it (same fingerprint, plan.json present) is skipped unless forced.
 */
public final class BatchRunner {
    static final String FINGERPRINT_FILE = ".batch-fingerprint";

    private final Function<Path, Inventory> reader;
    private final ScenarioRunner runner;
    private final Path defaultRules;
    private final String version;

    /**
     * @param reader       reads an inventory file (the CLI passes the io package's reader)
     * @param runner       plans one scenario (the pipeline)
     * @param defaultRules the rules folder a scenario without {@code rules} uses, part of its fingerprint
     * @param version      the program version, part of every fingerprint
     */
    public BatchRunner(Function<Path, Inventory> reader, ScenarioRunner runner, Path defaultRules, String version) {
        this.reader = reader;
        this.runner = runner;
        this.defaultRules = defaultRules;
        this.version = version;
    }

    /** Listens to scenarios as they end, for progress. */
    @FunctionalInterface
    public interface Listener {
        void finished(ScenarioResult result);
    }

    public List<ScenarioResult> run(Manifest manifest, Path outDir, int parallel, boolean force, Listener listener) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw InvalidInputException.of(outDir.toString(), "", "cannot create the output folder: " + e.getMessage());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
            Thread thread = new Thread(runnable, "batch-scenario");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ScenarioResult>> futures = new ArrayList<>();
            for (Scenario scenario : manifest.scenarios()) {
                futures.add(pool.submit(() -> {
                    ScenarioResult result = runOne(manifest, scenario, outDir.resolve(scenario.name()), force);
                    listener.finished(result);
                    return result;
                }));
            }
            List<ScenarioResult> results = new ArrayList<>();
            for (Future<ScenarioResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch runner failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ScenarioResult runOne(Manifest manifest, Scenario scenario, Path scenarioDir, boolean force) {
        Path fingerprintFile = scenarioDir.resolve(FINGERPRINT_FILE);
        Path planJson = scenarioDir.resolve("plan.json");
        try {
            String fingerprint = Fingerprint.of(scenario, defaultRules, version);
            if (!force && Files.isRegularFile(planJson) && Files.isRegularFile(fingerprintFile)) {
                List<String> stored = Files.readAllLines(fingerprintFile, StandardCharsets.UTF_8);
                if (stored.size() == 2 && stored.get(0).equals(fingerprint)) {
                    return result(scenario, ScenarioResult.Status.UNCHANGED, Integer.parseInt(stored.get(1)), scenarioDir);
                }
            }
            Files.deleteIfExists(fingerprintFile);
            Inventory inventory = reader.apply(scenario.inventory());
            List<Problem> warnings = List.of();
            MeasuredDemand measured = MeasuredDemand.none();
            if (scenario.history() != null) {
                // Sized with the scenario's policy, before its other what-ifs (demand growth applies to the sizes).
                Inventory priced = inventory.withPolicy(WhatIfs.policy(scenario, inventory.policy()));
                DemandSizing.Sized sized = DemandSizing.apply(priced, HistoryReader.read(scenario.history()),
                        Sizing.of(priced.policy()));
                inventory = sized.inventory();
                warnings = sized.warnings();
                measured = sized.measured();
            }
            inventory = WhatIfs.apply(scenario, inventory, manifest.file().toString());
            Files.createDirectories(scenarioDir);
            int exitCode = runner.run(inventory, warnings, measured, scenario, scenarioDir);
            if (!Files.isRegularFile(planJson)) {
                return failed(scenario, scenarioDir, "the plan run wrote no plan.json");
            }
            // Written last: a run cut short leaves no fingerprint and is redone next time.
            Files.writeString(fingerprintFile, fingerprint + "\n" + exitCode + "\n", StandardCharsets.UTF_8);
            return result(scenario, ScenarioResult.Status.PLANNED, exitCode, scenarioDir);
        } catch (InvalidInputException e) {
            return failed(scenario, scenarioDir, e.problems().stream().filter(Problem::isError).map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return failed(scenario, scenarioDir, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static ScenarioResult failed(Scenario scenario, Path dir, String error) {
        return new ScenarioResult(scenario.name(), ScenarioResult.Status.FAILED, -1, error, dir, Map.of());
    }

    private static ScenarioResult result(Scenario scenario, ScenarioResult.Status status, int exitCode, Path dir) {
        return new ScenarioResult(scenario.name(), status, exitCode, "", dir, figures(dir.resolve("plan.json")));
    }

    static Map<Figure, Double> figures(Path planJson) {
        JsonNode plan;
        try {
            plan = new ObjectMapper().readTree(planJson.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + planJson, e);
        }
        Map<Figure, Double> figures = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            Double value = figure.of(plan);
            if (value != null) {
                figures.put(figure, value);
            }
        }
        return figures;
    }
}
