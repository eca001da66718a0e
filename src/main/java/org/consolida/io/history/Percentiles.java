package org.consolida.io.history;

import java.util.Arrays;

/**
 * Nearest-rank percentiles: the p-th percentile of n samples is the ⌈p/100 · n⌉-th smallest, always a value that was
 * observed (no interpolation), and the 100th is the highest. With 288 samples of a day, p95 is the 274th smallest:
 * the level the workload stays at or below for all but the busiest 14 of its 5-minute intervals.
 */
final class Percentiles {
    private Percentiles() {
    }

    /** The percentile of values that are already sorted ascending; NaN when there are none. */
    static double ofSorted(double[] sorted, int from, int to, double percentile) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * n - 1e-9);
        rank = Math.max(1, Math.min(n, rank));
        return sorted[from + rank - 1];
    }

    /** The percentile of values in any order; NaN when there are none. */
    static double of(double[] values, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, 0, sorted.length, percentile);
    }
}
