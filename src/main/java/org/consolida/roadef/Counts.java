package org.consolida.roadef;

/** Counts per (service, machine-like) key for the incremental scorer; dense when the key space is small enough. */
interface Counts {
    /** The largest key space held in a plain array: 64 M ints, 256 MB. */
    long DENSE_LIMIT = 64L << 20;

    int get(long key);

    /** Adds {@code delta} and returns the new count. */
    int add(long key, int delta);

    static Counts forKeys(long keySpace, int expectedKeys) {
        return keySpace <= DENSE_LIMIT ? new DenseCounts((int) keySpace) : new LongCounts(expectedKeys);
    }
}
