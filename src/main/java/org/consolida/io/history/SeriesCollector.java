package org.consolida.io.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.inventory.Problem;

/**
 * Gathers samples by entity and metric as a reader meets them, then sorts each series by time and checks it: a second
 * sample at the same instant is a duplicate, and a step longer than one and a half sampling intervals is a gap. Both
 * are errors at the line of the later sample, so that a user can find and fix them.
 */
final class SeriesCollector {
    /** A step between samples counts as a gap above this many sampling intervals. */
    static final double GAP_FACTOR = 1.5;

    private record Key(String entity, Metric metric) {
    }

    private static final class Samples {
        long[] epoch = new long[16];
        int[] minute = new int[16];
        double[] value = new double[16];
        int[] line = new int[16];
        int[] file = new int[16];
        int size;

        void add(long epochSeconds, int minuteOfDay, double v, int fileIndex, int lineNumber) {
            if (size == value.length) {
                int capacity = size * 2;
                epoch = Arrays.copyOf(epoch, capacity);
                minute = Arrays.copyOf(minute, capacity);
                value = Arrays.copyOf(value, capacity);
                line = Arrays.copyOf(line, capacity);
                file = Arrays.copyOf(file, capacity);
            }
            epoch[size] = epochSeconds;
            minute[size] = minuteOfDay;
            value[size] = v;
            file[size] = fileIndex;
            line[size] = lineNumber;
            size++;
        }
    }

    private final Map<Key, Samples> samples = new LinkedHashMap<>();
    private final Map<String, String> entitySpelling = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();

    /**
     * Adds one sample. An entity is one entity whatever the case of its name (the first spelling is kept); a series
     * may run over several files (one per day, say).
     */
    void add(String entity, Metric metric, String file, int line, long epochSeconds, int minuteOfDay, double value) {
        String name = entitySpelling.computeIfAbsent(entity.toLowerCase(Locale.ROOT), k -> entity);
        int index = fileIndex.computeIfAbsent(file, f -> {
            files.add(f);
            return files.size() - 1;
        });
        samples.computeIfAbsent(new Key(name, metric), k -> new Samples()).add(epochSeconds, minuteOfDay, value, index,
                line);
    }

    /** Every series, sorted and checked; duplicates and gaps go to {@code problems} as errors. */
    List<Series> series(ProblemList problems) {
        List<Series> series = new ArrayList<>();
        for (Map.Entry<Key, Samples> entry : samples.entrySet()) {
            series.add(check(entry.getKey(), entry.getValue(), problems));
        }
        return series;
    }

    private Series check(Key key, Samples s, ProblemList problems) {
        Integer[] order = new Integer[s.size];
        for (int i = 0; i < s.size; i++) {
            order[i] = i;
        }
        // Stable: samples at one instant keep their file order, so the later line is the duplicate.
        Arrays.sort(order, (a, b) -> Long.compare(s.epoch[a], s.epoch[b]));
        long[] epoch = new long[s.size];
        int[] minute = new int[s.size];
        double[] value = new double[s.size];
        int[] line = new int[s.size];
        int[] file = new int[s.size];
        for (int i = 0; i < s.size; i++) {
            epoch[i] = s.epoch[order[i]];
            minute[i] = s.minute[order[i]];
            value[i] = s.value[order[i]];
            line[i] = s.line[order[i]];
            file[i] = s.file[order[i]];
        }
        long interval = interval(epoch);
        String what = key.entity() + " " + key.metric().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (int i = 1; i < epoch.length; i++) {
            long step = epoch[i] - epoch[i - 1];
            if (step == 0) {
                problems.error(files.get(file[i]), "line " + line[i], "duplicate sample of " + what + ": "
                        + where(file[i - 1], file[i], line[i - 1]) + " has the same time; remove one of them");
            } else if (interval > 0 && step > GAP_FACTOR * interval) {
                problems.error(files.get(file[i]), "line " + line[i], "gap in " + what + ": " + duration(step)
                        + " since the sample before (" + where(file[i - 1], file[i], line[i - 1])
                        + ") where the series samples every " + duration(interval)
                        + "; fill the missing samples or leave this entity out");
            }
        }
        // A problem about the whole series is reported where it first appears in the input.
        int first = 0;
        for (int i = 1; i < s.size; i++) {
            if (s.file[i] < s.file[first] || s.file[i] == s.file[first] && s.line[i] < s.line[first]) {
                first = i;
            }
        }
        return new Series(key.entity(), key.metric(), files.get(s.file[first]), s.line[first], epoch, minute, value,
                interval);
    }

    private String where(int file, int ofLater, int line) {
        return (file == ofLater ? "" : files.get(file) + " ") + "line " + line;
    }

    /** The most common positive step between consecutive samples (the smallest on ties), 0 with fewer than two. */
    static long interval(long[] sortedEpoch) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 1; i < sortedEpoch.length; i++) {
            long step = sortedEpoch[i] - sortedEpoch[i - 1];
            if (step > 0) {
                counts.merge(step, 1, Integer::sum);
            }
        }
        long best = 0;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    static String duration(long seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }

    /** Problems of one reading, capped per file so that a broken export of a million rows stays readable. */
    static final class ProblemList {
        static final int PER_FILE = 50;

        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> errorsPerFile = new LinkedHashMap<>();

        void error(String file, String where, String message) {
            int count = errorsPerFile.merge(file, 1, Integer::sum);
            if (count <= PER_FILE) {
                problems.add(Problem.error(file, where, message));
            }
        }

        void warning(String file, String where, String message) {
            problems.add(Problem.warning(file, where, message));
        }

        boolean hasErrors() {
            return !errorsPerFile.isEmpty();
        }

        List<Problem> errors() {
            List<Problem> all = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
            errorsPerFile.forEach((file, count) -> {
                if (count > PER_FILE) {
                    all.add(Problem.error(file, "", (count - PER_FILE) + " more problems like those above"));
                }
            });
            return all;
        }

        List<Problem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }
}
