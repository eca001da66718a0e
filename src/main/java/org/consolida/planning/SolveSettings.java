package org.consolida.planning;

import java.time.Duration;

/**
 * How long and how to search.
 *
 * <p>Without a seed the search runs for {@code timeLimit} of wall-clock time, or stops earlier after
 * {@code unimprovedLimit} without a better plan; how far it gets depends on the machine, so two runs may differ.
 *
 * <p>{@code objective} says what the search minimises ({@link Objective}: the yearly cost by default, or energy alone),
 * whatever the policy's prices.
 *
 * <p>With a seed the search is reproducible: it uses that random seed and stops after a fixed number of evaluated
 * moves, {@code moveBudget} (by default {@link #MOVES_PER_SECOND} per second of the time limit), so the same
 * inventory and seed give the same plan on any machine. Three times the time limit stays as a ceiling so a slow
 * machine cannot hang; a run stopped by it says so and is not reproducible.
 */
public record SolveSettings(Duration timeLimit, Duration unimprovedLimit, Long seed, Long moveBudget,
                            Objective objective) {
    /** Moves per second of time limit in a seeded run: about what a medium inventory reaches on a busy 2-core box. */
    public static final long MOVES_PER_SECOND = 20_000;

    public SolveSettings {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, was " + timeLimit);
        }
        if (unimprovedLimit == null) {
            long seconds = Math.max(5, timeLimit.toSeconds() / 3);
            unimprovedLimit = Duration.ofSeconds(seconds).compareTo(timeLimit) < 0 ? Duration.ofSeconds(seconds)
                    : timeLimit;
        }
        if (seed != null && moveBudget == null) {
            moveBudget = Math.max(1_000, timeLimit.toMillis() * MOVES_PER_SECOND / 1000);
        }
        objective = objective == null ? Objective.COST : objective;
    }

    /** Minimising the whole yearly cost. */
    public SolveSettings(Duration timeLimit, Duration unimprovedLimit, Long seed, Long moveBudget) {
        this(timeLimit, unimprovedLimit, seed, moveBudget, Objective.COST);
    }

    public SolveSettings withObjective(Objective newObjective) {
        return new SolveSettings(timeLimit, unimprovedLimit, seed, moveBudget, newObjective);
    }

    public static SolveSettings timed(Duration timeLimit) {
        return new SolveSettings(timeLimit, null, null, null);
    }

    public static SolveSettings seeded(Duration timeLimit, long seed) {
        return new SolveSettings(timeLimit, null, seed, null);
    }

    public boolean reproducible() {
        return seed != null;
    }
}
