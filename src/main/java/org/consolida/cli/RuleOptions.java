package org.consolida.cli;

import java.time.Duration;

import org.consolida.rules.RuleBudget;

import picocli.CommandLine.Option;

/** The budget of one rule session, for every command that runs rules (see {@link RuleBudget} for why options). */
final class RuleOptions {
    @Option(names = "--rule-firings", paramLabel = "N", defaultValue = "" + RuleBudget.DEFAULT_MAX_FIRINGS,
            description = "Stop a rule session after N rule firings and name the rule that fired most, exit 2"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxFirings;

    @Option(names = "--rule-time-limit", paramLabel = "TIME", defaultValue = "60s",
            converter = PlanCommand.DurationConverter.class,
            description = "Stop a rule session after this long and name the rule running, exit 2 (default:"
                    + " ${DEFAULT-VALUE}).")
    Duration timeLimit;

    RuleBudget budget() {
        if (maxFirings < 1 || maxFirings > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--rule-firings must be from 1 to " + Integer.MAX_VALUE);
        }
        return new RuleBudget(maxFirings, timeLimit);
    }
}
