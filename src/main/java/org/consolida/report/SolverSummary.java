package org.consolida.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the plan was searched, and whether it holds every hard constraint. The search details are null where unknown.
 *
 * @param reproducible              whether the same inventory and seed give the same plan (a seeded run that ended
 *                                  on its move budget)
 * @param termination               what ended the search: time, unimproved time, move budget, time ceiling
 * @param start                     the placement the search started from
 * @param moveEvaluationsPerSecond  how fast the search went
 * @param firstFeasibleMillis       when the first plan without hard violations was found, from the start of planning
 * @param objective                 what the search minimised: "cost" (the whole yearly cost) or "energy"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolverSummary(String score, boolean feasible, long timeLimitSeconds, long seed, Boolean reproducible,
                            String termination, String start, Long moveEvaluationsPerSecond, Long firstFeasibleMillis,
                            String objective) {
    public SolverSummary(String score, boolean feasible, long timeLimitSeconds, long seed) {
        this(score, feasible, timeLimitSeconds, seed, null, null, null, null, null, null);
    }
}
