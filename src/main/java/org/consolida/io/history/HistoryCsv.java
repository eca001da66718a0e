package org.consolida.io.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.consolida.io.Numbers;

/**
 * Reads history CSV files: one sample per row, in columns {@code timestamp}, {@code entity}, {@code metric} and
 * {@code value} found by name in the header (case, spaces and underscores ignored; PowerCLI's {@code Timestamp},
 * {@code Entity}, {@code MetricId}, {@code Value} are the same columns). Rows of metrics Consolida does not read are
 * counted in a warning; vCenter rows of one device ({@code Instance} not blank: one vCPU, one NIC) are skipped, since
 * the row with a blank instance is the VM's total. Lines starting with {@code #} (PowerShell's {@code #TYPE} line)
 * are comments.
 */
final class HistoryCsv {
    private static final List<String> TIMESTAMP = List.of("timestamp", "time", "datetime");
    private static final List<String> ENTITY = List.of("entity", "vm", "workload");
    // "__name__", Prometheus' label of the metric name, reads as "name" once underscores are ignored.
    private static final List<String> METRIC = List.of("metric", "metricid", "metricname", "name");
    private static final List<String> VALUE = List.of("value");
    private static final List<String> INSTANCE = List.of("instance");

    private final SeriesCollector collector;
    private final SeriesCollector.ProblemList problems;
    private final Map<String, Integer> ignoredMetrics = new TreeMap<>();
    private int deviceRows;

    HistoryCsv(SeriesCollector collector, SeriesCollector.ProblemList problems) {
        this.collector = collector;
        this.problems = problems;
    }

    void read(Path file) {
        String name = file.toString();
        char delimiter;
        try (BufferedReader sniff = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            delimiter = delimiter(sniff);
        } catch (IOException e) {
            problems.error(name, "", "cannot be read: " + e.getMessage());
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            int[] columns = null;
            for (CSVRecord record : parser) {
                // The line a record ends on: its line, as an editor shows it (comments and blank lines counted).
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = columns(record, name, (int) line);
                    if (columns == null) {
                        return;
                    }
                    continue;
                }
                row(record, columns, name, (int) line);
            }
            if (columns == null) {
                problems.error(name, "", "is empty: a history CSV has a header row (timestamp, entity, metric, value)"
                        + " and one row per sample");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.error(name, "", "is not readable CSV: " + e.getMessage());
        }
    }

    /** The warnings of everything read: metrics left out and per-device rows skipped. */
    void warnings(String source) {
        if (!ignoredMetrics.isEmpty()) {
            List<String> named = new ArrayList<>();
            ignoredMetrics.forEach((metric, rows) -> named.add(metric + " (" + rows + ")"));
            problems.warning(source, "", "rows of metrics Consolida does not read were left out: "
                    + String.join(", ", named.subList(0, Math.min(8, named.size())))
                    + (named.size() > 8 ? ", … " + (named.size() - 8) + " more" : "")
                    + "; docs/history.md lists the metrics it reads");
        }
        if (deviceRows > 0) {
            problems.warning(source, "", deviceRows + " rows of single devices (Instance not blank: one vCPU, one "
                    + "NIC) were left out: the row with a blank Instance is the VM's total");
        }
    }

    private static char delimiter(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            return line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';' : line.indexOf(',') < 0
                    && line.indexOf('\t') >= 0 ? '\t' : ',';
        }
        return ',';
    }

    private int[] columns(CSVRecord header, String file, int line) {
        List<String> names = new ArrayList<>();
        for (String cell : header) {
            names.add(key(cell));
        }
        int timestamp = find(names, TIMESTAMP);
        int entity = find(names, ENTITY);
        int metric = find(names, METRIC);
        int value = find(names, VALUE);
        int instance = find(names, INSTANCE);
        List<String> missing = new ArrayList<>();
        if (timestamp < 0) missing.add("timestamp");
        if (entity < 0) missing.add("entity");
        if (metric < 0) missing.add("metric");
        if (value < 0) missing.add("value");
        if (!missing.isEmpty()) {
            problems.error(file, "line " + line, "the header has no column " + String.join(", ", missing)
                    + " (it has " + String.join(", ", header.toList()) + "); a history CSV needs timestamp, entity, "
                    + "metric and value");
            return null;
        }
        return new int[] {timestamp, entity, metric, value, instance};
    }

    /** The first column named by one of the names, in the order of the names. */
    private static int find(List<String> header, List<String> names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String key(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }

    private void row(CSVRecord record, int[] c, String file, int line) {
        String where = "line " + line;
        String metricName = cell(record, c[2]);
        if (metricName.isEmpty()) {
            problems.error(file, where, "metric is blank: name what the value measures (cpu.usagemhz.average, …)");
            return;
        }
        Metric metric = Metric.named(metricName).orElse(null);
        if (metric == null) {
            ignoredMetrics.merge(metricName, 1, Integer::sum);
            return;
        }
        if (c[4] >= 0 && !cell(record, c[4]).isEmpty() && metricName.indexOf('.') >= 0) {
            deviceRows++;
            return;
        }
        String entity = cell(record, c[1]);
        String stamp = cell(record, c[0]);
        String text = cell(record, c[3]);
        boolean ok = true;
        if (entity.isEmpty()) {
            problems.error(file, where, "entity is blank: name the VM or container the sample is of");
            ok = false;
        }
        Timestamps.Stamp time = Timestamps.parse(stamp);
        if (time == null) {
            problems.error(file, where, "timestamp \"" + stamp + "\" is not a time; write " + Timestamps.FORMATS);
            ok = false;
        }
        Numbers.Parsed parsed = Numbers.parse(text);
        if (parsed == null) {
            problems.error(file, where, "value \"" + text + "\" is not a number");
            ok = false;
        } else if (parsed.value() < 0) {
            problems.error(file, where, "value " + text + " is negative; " + metricName + " cannot be");
            ok = false;
        } else if (metric.isPercent() && parsed.value() > 100) {
            problems.error(file, where, "value " + text + " is above 100 %; " + metricName + " is a percentage");
            ok = false;
        }
        if (ok) {
            collector.add(entity, metric, file, line, time.epochSeconds(), time.minuteOfDay(), parsed.value());
        }
    }

    private static String cell(CSVRecord record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }
}
