package org.consolida.roadef;

import java.util.Arrays;

/**
 * Counts per long key, open addressing, no boxing: for key spaces too large for {@link DenseCounts} (b_10 has
 * 4,896 services × 5,000 machines); a HashMap of boxed keys would allocate on every move the solver tries.
 */
final class LongCounts implements Counts {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;
    private int mask;

    LongCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    @Override
    public int get(long key) {
        int slot = slot(key);
        return keys[slot] == key ? counts[slot] : 0;
    }

    /** Adds {@code delta} and returns the new count; keys stay once seen (counts may return to 0). */
    @Override
    public int add(long key, int delta) {
        int slot = slot(key);
        if (keys[slot] != key) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        return counts[slot] += delta;
    }

    private int slot(long key) {
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
