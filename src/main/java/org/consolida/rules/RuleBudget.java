package org.consolida.rules;

import java.time.Duration;

/**
 * How much one rule session (the policy rules on an inventory, or the review rules on a plan) may do before it is
 * stopped as a runaway: at most {@code maxFirings} rule firings and {@code timeLimit} of wall-clock time. Rules are code
 * that users edit; a rule that modifies what its own pattern matches re-fires without end, and one that sleeps or
 * waits holds the run. These are command-line options ({@code --rule-firings}, {@code --rule-time-limit}), not Policy
 * keys: they guard the run against its rules, and an inventory (which carries the Policy) must not be able to lift
 * them. The defaults sit far above what the shipped rules need on 100,000 workloads.
 */
public record RuleBudget(long maxFirings, Duration timeLimit) {
    public static final long DEFAULT_MAX_FIRINGS = 10_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    public RuleBudget {
        if (maxFirings < 1 || maxFirings > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxFirings must be from 1 to " + Integer.MAX_VALUE + ", was "
                    + maxFirings);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
    }

    public static RuleBudget defaults() {
        return new RuleBudget(DEFAULT_MAX_FIRINGS, DEFAULT_TIME_LIMIT);
    }
}
