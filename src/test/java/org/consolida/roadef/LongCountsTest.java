package org.consolida.roadef;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LongCountsTest {
    @Test
    void keepsTheSameCountsAsAMapThroughGrowth() {
        LongCounts counts = new LongCounts(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long key = (long) random.nextInt(5_000) * 1_000_003L + random.nextInt(7);
            int delta = random.nextBoolean() ? 1 : -1;
            int now = expected.merge(key, delta, Integer::sum);
            assertThat(counts.add(key, delta)).isEqualTo(now);
        }
        expected.forEach((key, count) -> assertThat(counts.get(key)).isEqualTo(count));
        assertThat(counts.get(-5L)).isZero();
    }

    @Test
    void choosesADenseArrayForSmallKeySpacesOnly() {
        assertThat(Counts.forKeys(1_000, 10)).isInstanceOf(DenseCounts.class);
        assertThat(Counts.forKeys(Counts.DENSE_LIMIT + 1, 10)).isInstanceOf(LongCounts.class);
    }
}
