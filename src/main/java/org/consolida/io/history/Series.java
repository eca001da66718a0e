package org.consolida.io.history;

/**
 * One measured series: the samples of one metric of one entity, sorted by time and checked (no duplicate, no gap).
 *
 * @param entity        the entity as the history names it (a VM, a container)
 * @param metric        what the values measure, in the metric's own unit
 * @param file          the file it was read from
 * @param firstLine     the line of its first sample, where a problem about the whole series is reported
 * @param epochSeconds  each sample's instant
 * @param minuteOfDay   each sample's local time of day in minutes (the clock of the export)
 * @param values        each sample's value
 * @param intervalSeconds the series' sampling interval: the most common step between samples (0 with one sample)
 */
public record Series(String entity, Metric metric, String file, int firstLine, long[] epochSeconds, int[] minuteOfDay,
                     double[] values, long intervalSeconds) {

    public int size() {
        return values.length;
    }
}
