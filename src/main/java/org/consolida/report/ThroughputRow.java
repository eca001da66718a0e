package org.consolida.report;

/** How one workload fares in the simulated {@code after} scenario: its worst and 5th-percentile delivered ratio. */
public record ThroughputRow(String workload, double minDeliveredRatio, double p5DeliveredRatio,
                                 String limitedBy) {
}
