package org.consolida.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Running hosts counted per 10 % band of utilisation, before and after the plan. A chart of a thousand hosts' bars is
 * unreadable; the shape of the distribution is what a reader wants: consolidation moves hosts to the right.
 */
final class UtilizationHistogram {
    static final int BANDS = 10;

    private UtilizationHistogram() {
    }

    /** "0–10", "10–20", ... "90–100" (percent). */
    static List<String> bands() {
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            bands.add(i * 10 + "\u2013" + (i + 1) * 10);
        }
        return bands;
    }

    /** The series, in the order charts show them: CPU before, CPU after, memory before, memory after. */
    static Map<String, List<Double>> of(List<HostRow> hosts) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("CPU before", counts(hosts, true, use -> use.cpu()));
        series.put("CPU after", counts(hosts, false, use -> use.cpu()));
        series.put("Memory before", counts(hosts, true, use -> use.memory()));
        series.put("Memory after", counts(hosts, false, use -> use.memory()));
        return series;
    }

    /** Hosts that are off (before) or not kept (after) are left out: they carry nothing. */
    private static List<Double> counts(List<HostRow> hosts, boolean before, ToDoubleFunction<Utilization> resource) {
        double[] counts = new double[BANDS];
        for (HostRow host : hosts) {
            boolean running = before ? host.powerWattsBefore() > 0 : host.action() == HostAction.KEEP;
            if (running) {
                double value = resource.applyAsDouble(before ? host.before() : host.after());
                counts[Math.min(BANDS - 1, Math.max(0, (int) (value * BANDS)))]++;
            }
        }
        List<Double> values = new ArrayList<>();
        for (double count : counts) {
            values.add(count);
        }
        return values;
    }
}
