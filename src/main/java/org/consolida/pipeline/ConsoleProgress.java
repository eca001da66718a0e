package org.consolida.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.consolida.planning.SolveListener;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows the search on stderr, in place: elapsed time against the limit, the best score and the active hosts. */
public final class ConsoleProgress implements SolveListener {
    private final PrintWriter out;
    private ProgressBar bar;
    private ScheduledExecutorService ticker;
    private long startNanos;

    public ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(Duration timeLimit) {
        startNanos = System.nanoTime();
        bar = new ProgressBarBuilder().setTaskName("planning").setInitialMax(Math.max(1, timeLimit.toSeconds()))
                .setUnit("s", 1).setStyle(ProgressBarStyle.ASCII).hideEta().setUpdateIntervalMillis(500)
                .setConsumer(new WriterProgressConsumer(out)).build();
        bar.setExtraMessage("building the baselines and the start");
        // Elapsed time moves even while no better plan is found.
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plan-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> bar.stepTo(Math.min(bar.getMax(), elapsedSeconds())), 500, 500,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void improved(long elapsedMillis, HardMediumSoftLongScore bestScore, long activeHosts) {
        if (bar != null) {
            bar.setExtraMessage("best " + bestScore + ", " + activeHosts + " active hosts");
        }
    }

    @Override
    public void finished() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (bar != null) {
            bar.stepTo(Math.min(bar.getMax(), elapsedSeconds()));
            bar.close();
        }
    }

    private long elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }
}
