package org.consolida.report;

/** How the plan was searched, and whether it holds every hard constraint. */
public record SolverSummary(String score, boolean feasible, long timeLimitSeconds, long seed) {
}
