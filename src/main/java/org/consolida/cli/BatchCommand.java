package org.consolida.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.consolida.batch.BatchRunner;
import org.consolida.batch.ComparisonWriter;
import org.consolida.batch.Figure;
import org.consolida.batch.Manifest;
import org.consolida.batch.ManifestReader;
import org.consolida.batch.Scenario;
import org.consolida.batch.ScenarioResult;
import org.consolida.batch.ScenarioRunner;
import org.consolida.inventory.Inventory;
import org.consolida.io.Inventories;
import org.consolida.pipeline.PlanPipeline;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.simulation.SimulationSettings;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code consolida batch MANIFEST}: plans every what-if of a manifest and compares them side by side. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Plan every scenario of a batch manifest (JSON) into OUT/<scenario>/ and compare them in"
                + " OUT/comparison.xlsx and OUT/comparison.html.",
                "A scenario whose inputs have not changed since it last completed is skipped (--force redoes it).",
                "Exit 0: every scenario planned and holds; 1: a scenario failed or its plan does not hold;"
                        + " 2: invalid manifest."})
final class BatchCommand implements Callable<Integer> {
    private static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /** Heap one scenario may need at the sizes the budgets name (10,000 workloads). */
    private static final long HEAP_PER_SCENARIO = 1536L << 20;

    @Parameters(paramLabel = "MANIFEST", description = "The batch manifest (.json).")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<manifest name>/).")
    Path out;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Scenarios planned at once (default: what the cores and the heap allow).")
    Integer parallel;

    @Option(names = "--force", description = "Plan every scenario again, changed or not.")
    boolean force;

    @Option(names = "--quiet", description = "No progress display on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        Manifest read = ManifestReader.read(manifest);
        Path folder = out != null ? out : PlanPipeline.defaultFolder(manifest.getFileName().toString());
        int workers = parallel != null ? Math.max(1, parallel) : defaultParallelism();
        String version = new Main.Version().getVersion()[0];
        BatchRunner runner = new BatchRunner(Inventories::read, BatchCommand::plan, DefaultRules.folder(), version);
        List<ScenarioResult> results;
        try (ProgressBar progress = progressBar(read.scenarios().size())) {
            results = runner.run(read, folder, workers, force, result -> {
                if (progress != null) {
                    progress.step();
                    progress.setExtraMessage(result.scenario() + " " + result.status().name().toLowerCase(Locale.ROOT));
                }
            });
        }
        ComparisonWriter.write(results, folder);
        System.out.print(table(results));
        System.out.println("Comparison: " + folder.resolve("comparison.xlsx") + ", " + folder.resolve("comparison.html"));
        return results.stream().allMatch(ScenarioResult::holds) ? ExitCode.OK : ExitCode.NOT_HOLDING;
    }

    /** One scenario through the whole pipeline; the scenario's own time limit, seed and rules where it has them. */
    private static int plan(Inventory inventory, Scenario scenario, Path outDir) {
        Duration limit = scenario.timeLimit() != null ? scenario.timeLimit() : DEFAULT_TIME_LIMIT;
        PlanPipeline.Settings settings = new PlanPipeline.Settings(
                new SolveSettings(limit, null, scenario.seed(), null, scenario.objective()),
                scenario.rules() != null ? scenario.rules() : DefaultRules.folder(), SimulationSettings.defaults());
        return PlanPipeline.standard().run(inventory, List.of(), outDir, settings, SolveListener.NONE).holds()
                ? ExitCode.OK : ExitCode.NOT_HOLDING;
    }

    /** A solver search uses one core; the heap bounds how many large scenarios fit at once. */
    static int defaultParallelism() {
        int cores = Runtime.getRuntime().availableProcessors();
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_SCENARIO;
        return (int) Math.max(1, Math.min(cores, byHeap));
    }

    private ProgressBar progressBar(int scenarios) {
        if (quiet) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("batch").setInitialMax(scenarios)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" scenarios", 1).showSpeed().build();
    }

    private static String table(List<ScenarioResult> results) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %-28s %8s %16s  %s%n", "scenario",
                "status", "hosts", "energy kWh/y", "error"));
        for (ScenarioResult result : results) {
            Double hosts = result.figures().get(Figure.HOSTS_AFTER);
            Double energy = result.figures().get(Figure.ENERGY_AFTER);
            text.append(String.format(Locale.ROOT, "%-24s %-28s %8s %16s  %s%n", result.scenario(),
                    ComparisonWriter.status(result), hosts == null ? "—" : String.format(Locale.ROOT, "%.0f", hosts),
                    energy == null ? "—" : String.format(Locale.ROOT, "%,.0f", energy), result.error()));
        }
        return text.toString();
    }
}
