package org.consolida.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.consolida.inventory.InvalidInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a batch: each scenario into {@code OUT/<scenario>/} through a {@link ScenarioExecutor} (this process, one shard
 * of a job array, or a cluster). A scenario that fails fails alone and its error goes into the comparison. A scenario
 * whose inputs are unchanged since a run that completed it (same fingerprint, plan.json present) is skipped unless
 * forced. {@link #merge} gathers what shards wrote into one folder.
 */
public final class BatchRunner {
    private final Path defaultRules;
    private final String version;

    /**
     * @param defaultRules the rules folder a scenario without {@code rules} uses, part of its fingerprint
     * @param version      the program version, part of every fingerprint
     */
    public BatchRunner(Path defaultRules, String version) {
        this.defaultRules = defaultRules;
        this.version = version;
    }

    /** Listens to scenarios as they end, for progress. */
    @FunctionalInterface
    public interface Listener {
        void finished(ScenarioResult result);
    }

    /** Plans every scenario of the manifest that needs it, and returns their results in the manifest's order. */
    public List<ScenarioResult> run(Manifest manifest, Path outDir, boolean force, ScenarioExecutor executor,
                                    Listener listener) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw InvalidInputException.of(outDir.toString(), "", "cannot create the output folder: " + e.getMessage());
        }
        List<CompletableFuture<ScenarioResult>> futures = new ArrayList<>();
        for (Scenario scenario : manifest.scenarios()) {
            futures.add(start(manifest, scenario, outDir.resolve(scenario.name()), force, executor)
                    .thenApply(result -> {
                        listener.finished(result);
                        return result;
                    }));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<ScenarioResult> start(Manifest manifest, Scenario scenario, Path dir, boolean force,
                                                    ScenarioExecutor executor) {
        String fingerprint;
        try {
            fingerprint = Fingerprint.of(scenario, defaultRules, version);
            Optional<ResultFolder.Planned> done = ResultFolder.planned(dir);
            if (!force && done.isPresent() && done.get().fingerprint().equals(fingerprint)) {
                return CompletableFuture.completedFuture(result(scenario, ScenarioResult.Status.UNCHANGED,
                        done.get().exitCode(), done.get().note(), dir));
            }
            ResultFolder.starting(dir);
        } catch (Exception e) {
            return CompletableFuture.completedFuture(failed(scenario, dir, InProcessExecutor.describe(e)));
        }
        CompletableFuture<ScenarioExecutor.Execution> execution;
        try {
            execution = executor.submit(manifest, scenario, dir);
        } catch (RuntimeException e) {
            execution = CompletableFuture.failedFuture(e);
        }
        return execution.handle((done, failure) -> finish(scenario, dir, fingerprint, done, failure));
    }

    private static ScenarioResult finish(Scenario scenario, Path dir, String fingerprint,
                                         ScenarioExecutor.Execution execution, Throwable failure) {
        try {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                return markFailed(scenario, dir, fingerprint, InProcessExecutor.describe(cause));
            }
            if (!Files.isRegularFile(dir.resolve("plan.json"))) {
                return markFailed(scenario, dir, fingerprint, "the plan run wrote no plan.json");
            }
            ScenarioResult result = result(scenario, ScenarioResult.Status.PLANNED, execution.exitCode(),
                    execution.note(), dir);
            // Written last: a run cut short leaves no fingerprint and is redone next time.
            ResultFolder.markPlanned(dir, fingerprint, execution.exitCode(), execution.note());
            return result;
        } catch (Exception e) {
            return failed(scenario, dir, InProcessExecutor.describe(e));
        }
    }

    /**
     * The results found in {@code outDir} for every scenario of the manifest, as shards of a job array left them there:
     * planned (with the note of where), failed (with the error), or missing. A result planned from other inputs than
     * the manifest names now (another inventory, settings, rules or program version) counts as missing.
     */
    public List<ScenarioResult> merge(Manifest manifest, Path outDir) {
        if (!Files.isDirectory(outDir)) {
            throw InvalidInputException.of(outDir.toString(), "", "no such folder: give --out the folder the shards"
                    + " wrote into");
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : manifest.scenarios()) {
            Path dir = outDir.resolve(scenario.name());
            try {
                results.add(found(scenario, dir, Fingerprint.of(scenario, defaultRules, version)));
            } catch (Exception e) {
                results.add(failed(scenario, dir, InProcessExecutor.describe(e)));
            }
        }
        return results;
    }

    private static ScenarioResult found(Scenario scenario, Path dir, String fingerprint) {
        String stale = "the result in " + dir + " was planned from other inputs than the manifest names now"
                + " (inventory, settings, rules or program version): run its shard again";
        Optional<ResultFolder.Planned> planned = ResultFolder.planned(dir);
        if (planned.isPresent()) {
            return planned.get().fingerprint().equals(fingerprint)
                    ? result(scenario, ScenarioResult.Status.PLANNED, planned.get().exitCode(), planned.get().note(), dir)
                    : missing(scenario, dir, stale);
        }
        Optional<ResultFolder.Failed> failed = ResultFolder.failed(dir);
        if (failed.isPresent()) {
            return failed.get().fingerprint().equals(fingerprint) ? failed(scenario, dir, failed.get().error())
                    : missing(scenario, dir, stale);
        }
        return missing(scenario, dir, "no result in " + dir + ": its shard has not run or not finished, or its folder"
                + " was not copied here");
    }

    private static ScenarioResult markFailed(Scenario scenario, Path dir, String fingerprint, String error) {
        ResultFolder.markFailed(dir, fingerprint, error);
        return failed(scenario, dir, error);
    }

    private static ScenarioResult failed(Scenario scenario, Path dir, String error) {
        return new ScenarioResult(scenario.name(), ScenarioResult.Status.FAILED, -1, error, "", dir, Map.of());
    }

    private static ScenarioResult missing(Scenario scenario, Path dir, String error) {
        return new ScenarioResult(scenario.name(), ScenarioResult.Status.MISSING, -1, error, "", dir, Map.of());
    }

    private static ScenarioResult result(Scenario scenario, ScenarioResult.Status status, int exitCode, String note,
                                         Path dir) {
        return new ScenarioResult(scenario.name(), status, exitCode, "", note, dir, figures(dir.resolve("plan.json")));
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
