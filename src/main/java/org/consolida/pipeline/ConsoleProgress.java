package org.consolida.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.consolida.planning.SolveListener;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the run on stderr: each stage outside the search as a line with the time since the run began (reading, rules,
 * review, waves, simulation, reports); during planning one bar, in place, with elapsed time against the limit, the
 * stage (baselines, construction, the search of each part of a decomposed problem, the global pass) and the best score.
 */
public final class ConsoleProgress implements SolveListener {
    private final PrintWriter out;
    private final long runStartNanos = System.nanoTime();
    private ProgressBar bar;
    private ScheduledExecutorService ticker;
    private long startNanos;
    private volatile String stage = "";
    private String pendingStage;
    private long pendingNanos;
    private volatile String best = "";
    private final Map<Integer, String> partStates = new ConcurrentSkipListMap<>();

    public ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    /**
     * Outside planning a stage is printed when it ends, with its duration ("consolida: 31.4 s  reading x.xlsx (31.4
     * s)"): a run that fails on bad input prints its problems only.
     */
    @Override
    public void stage(String name) {
        if (bar == null) {
            endStage();
            if (!name.equals("planning") && !name.equals("done")) {
                pendingStage = name;
                pendingNanos = System.nanoTime();
            }
            return;
        }
        stage = name;
        partStates.clear();
        show();
    }

    @Override
    public void partStage(int part, int parts, String partStage) {
        partStates.put(part, (part + 1) + "/" + parts + " " + partStage);
        show();
    }

    @Override
    public void partImproved(int part, int parts, HardMediumSoftLongScore bestScore) {
        partStates.put(part, (part + 1) + "/" + parts + " best " + bestScore);
        show();
    }

    private void endStage() {
        if (pendingStage != null) {
            long now = System.nanoTime();
            out.printf(Locale.ROOT, "consolida: %6.1f s  %s (%.1f s)%n", (now - runStartNanos) / 1e9, pendingStage,
                    (now - pendingNanos) / 1e9);
            out.flush();
            pendingStage = null;
        }
    }

    private synchronized void show() {
        if (bar != null) {
            String parts = partStates.isEmpty() ? "" : " | parts " + String.join("; ", partStates.values());
            bar.setExtraMessage(stage + parts + (best.isEmpty() ? "" : " | " + best));
        }
    }

    @Override
    public void started(Duration timeLimit) {
        stage("planning");
        startNanos = System.nanoTime();
        bar = new ProgressBarBuilder().setTaskName("planning").setInitialMax(Math.max(1, timeLimit.toSeconds()))
                .setUnit("s", 1).setStyle(ProgressBarStyle.ASCII).hideEta().setUpdateIntervalMillis(500)
                .setConsumer(new WriterProgressConsumer(out)).build();
        stage = "building the baselines and the start";
        show();
        // Elapsed time moves even while no better plan is found.
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plan-progress");
            thread.setDaemon(true);
            return thread;
        });
        // Past the limit (construction, the global pass, the bound) the bar grows, so that it keeps redrawing the stage.
        ticker.scheduleAtFixedRate(() -> {
            long elapsed = elapsedSeconds();
            if (elapsed >= bar.getMax()) {
                bar.maxHint(elapsed + 1);
            }
            bar.stepTo(elapsed);
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void improved(long elapsedMillis, HardMediumSoftLongScore bestScore, long activeHosts) {
        best = "best " + bestScore + (activeHosts >= 0 ? ", " + activeHosts + " active hosts" : "");
        show();
    }

    @Override
    public void finished() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (bar != null) {
            bar.stepTo(Math.min(bar.getMax(), elapsedSeconds()));
            bar.close();
            bar = null;
        }
    }

    private long elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }
}
