package org.consolida.io.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consolida.inventory.InvalidInputException;

/**
 * Reads a utilisation history (the {@code --history} of plan, validate and simulate): a CSV file of samples, a folder
 * of such CSV files (one per day or per VM, say), or a folder of PlanetLab traces (files without a {@code .csv}
 * name). Every problem of every file is reported in one {@link InvalidInputException}, located at its file and line.
 */
public final class HistoryReader {
    private HistoryReader() {
    }

    public static History read(Path path) {
        if (Files.isRegularFile(path)) {
            return csv(path, List.of(path));
        }
        if (!Files.isDirectory(path)) {
            throw InvalidInputException.of(path.toString(), "", "no such file or folder; --history takes a CSV file "
                    + "of samples or a folder of CSV files or PlanetLab traces");
        }
        List<Path> csvFiles = PlanetLabTraces.files(path).stream()
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        return csvFiles.isEmpty() ? planetLab(path) : csv(path, csvFiles);
    }

    private static History csv(Path source, List<Path> files) {
        SeriesCollector collector = new SeriesCollector();
        SeriesCollector.ProblemList problems = new SeriesCollector.ProblemList();
        HistoryCsv reader = new HistoryCsv(collector, problems);
        files.forEach(reader::read);
        List<Series> series = collector.series(problems);
        if (problems.hasErrors()) {
            throw new InvalidInputException(problems.errors());
        }
        reader.warnings(source.toString());
        if (series.isEmpty()) {
            throw InvalidInputException.of(source.toString(), "", "holds no samples of a metric Consolida reads; "
                    + "docs/history.md lists them (cpu.usagemhz.average, cpu.usage.average, mem.consumed.average, …)");
        }
        return new History(source.toString(), "CSV", series, problems.warnings());
    }

    /** A PlanetLab folder: each file is the history of the workload of its name, its samples spread over one day. */
    private static History planetLab(Path folder) {
        List<Series> series = new ArrayList<>();
        for (PlanetLabTraces.Trace trace : PlanetLabTraces.read(folder)) {
            double[] shares = trace.sharePerSample();
            int n = shares.length;
            long[] epoch = new long[n];
            int[] minute = new int[n];
            double[] percent = new double[n];
            for (int i = 0; i < n; i++) {
                epoch[i] = Math.round(i * 86_400.0 / n);
                minute[i] = (int) Math.floor(i * 1440.0 / n);
                percent[i] = shares[i] * 100;
            }
            series.add(new Series(trace.name(), Metric.TRACE_PERCENT, folder.resolve(trace.name()).toString(), 1,
                    epoch, minute, percent, n > 1 ? epoch[1] - epoch[0] : 0));
        }
        return new History(folder.toString(), "PlanetLab traces", series, List.of());
    }
}
