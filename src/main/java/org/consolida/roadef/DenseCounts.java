package org.consolida.roadef;

/** Counts in a plain array: one load per lookup, which the profiler showed matters (docs/roadef.md). */
final class DenseCounts implements Counts {
    private final int[] counts;

    DenseCounts(int keySpace) {
        counts = new int[keySpace];
    }

    @Override
    public int get(long key) {
        return counts[(int) key];
    }

    @Override
    public int add(long key, int delta) {
        return counts[(int) key] += delta;
    }
}
