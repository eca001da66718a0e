package org.consolida.io.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes small history files for tests: samples every five minutes from a start time, in the shapes users export. */
final class HistoryFiles {
    static final LocalDateTime START = LocalDateTime.of(2025, 3, 3, 10, 0);

    private final List<String> lines = new ArrayList<>();

    static HistoryFiles vCenter() {
        HistoryFiles files = new HistoryFiles();
        files.lines.add("timestamp,entity,metric,value");
        return files;
    }

    /** One sample every 5 minutes from {@link #START}, one row each. */
    HistoryFiles series(String entity, String metric, double... values) {
        for (int i = 0; i < values.length; i++) {
            row(START.plusMinutes(5L * i).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), entity, metric, values[i]);
        }
        return this;
    }

    HistoryFiles row(String timestamp, String entity, String metric, Object value) {
        lines.add(timestamp + "," + entity + "," + metric + "," + value);
        return this;
    }

    Path write(Path file) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** 100, 200, … step × n. */
    static double[] ramp(int n, double step) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = step * (i + 1);
        }
        return values;
    }

    /** A PlanetLab trace file: the given CPU % per line. */
    static void trace(Path folder, String name, int... percents) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int p : percents) {
            text.append(p).append('\n');
        }
        Files.writeString(folder.resolve(name), text);
    }

    static int[] day(int firstCount, int first, int second) {
        int[] day = new int[288];
        for (int i = 0; i < day.length; i++) {
            day[i] = i < firstCount ? first : second;
        }
        return day;
    }
}
