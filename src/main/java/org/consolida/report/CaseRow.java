package org.consolida.report;

/**
 * One simulated case (before, after, a host failure, a maintenance evacuation): the share of demanded throughput
 * delivered, how many workloads missed their target, the energy over the horizon (null for a scenario evaluated at
 * one step only) and what limited throughput most.
 */
public record CaseRow(String name, double deliveredRatio, int workloadsBelowTarget, Double energyKwh,
                             double peakHostUtilization, String limitedBy) {
}
