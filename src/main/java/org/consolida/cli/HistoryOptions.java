package org.consolida.cli;

import java.nio.file.Path;

import org.consolida.io.ReadResult;
import org.consolida.io.history.Histories;
import org.consolida.io.history.Sizing;

import picocli.CommandLine.Option;

/** A utilisation history to plan from, for every command that reads an inventory to plan or replay it. */
final class HistoryOptions {
    /** What {@code --sizing} plans CPU for. */
    enum SizingMode { PERCENTILE, PEAK }

    @Option(names = "--history", paramLabel = "FILE|DIR",
            description = "Measured utilisation: a CSV of timestamp, entity, metric, value rows (vCenter or Prometheus"
                    + " export), a folder of such files, or a folder of PlanetLab traces. Each workload with samples is"
                    + " planned at a percentile of them, with its own day profile (docs/history.md).")
    Path history;

    @Option(names = "--sizing", paramLabel = "MODE", defaultValue = "PERCENTILE",
            description = "With --history: PERCENTILE plans CPU at the Policy's history_cpu_percentile (95 by"
                    + " default), PEAK at the observed peak (default: ${DEFAULT-VALUE}).")
    SizingMode sizing;

    ReadResult apply(ReadResult read) {
        Sizing chosen = Sizing.of(read.inventory().policy());
        return Histories.apply(read, history, sizing == SizingMode.PEAK ? chosen.atPeak() : chosen);
    }
}
