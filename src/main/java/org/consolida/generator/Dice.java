package org.consolida.generator;

import java.util.List;
import java.util.Random;

/**
 * The generator's only source of randomness. {@link Random}'s algorithm is fixed by its specification and
 * {@link StrictMath} gives the same bits on every JVM, so a seed yields the same inventory everywhere.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** Uniform in [min, max). */
    double uniform(double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    /** Uniform integer in [min, max]. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Log-normal around a median: most draws near it, a long tail above (sizes of real workloads are skewed so). */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of the items, each with its weight (weights need not sum to 1). */
    <T> T pick(List<T> items, double... weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException(items.size() + " items but " + weights.length + " weights");
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
