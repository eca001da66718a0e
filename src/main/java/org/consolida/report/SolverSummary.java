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

    /** A builder: the 10 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SolverSummary}; a component not set is null, zero or false. */
    public static final class Builder {
        private String score;
        private boolean feasible;
        private long timeLimitSeconds;
        private long seed;
        private Boolean reproducible;
        private String termination;
        private String start;
        private Long moveEvaluationsPerSecond;
        private Long firstFeasibleMillis;
        private String objective;

        private Builder() {
        }

        public Builder score(String value) { score = value; return this; }
        public Builder feasible(boolean value) { feasible = value; return this; }
        public Builder timeLimitSeconds(long value) { timeLimitSeconds = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder reproducible(Boolean value) { reproducible = value; return this; }
        public Builder termination(String value) { termination = value; return this; }
        public Builder start(String value) { start = value; return this; }
        public Builder moveEvaluationsPerSecond(Long value) { moveEvaluationsPerSecond = value; return this; }
        public Builder firstFeasibleMillis(Long value) { firstFeasibleMillis = value; return this; }
        public Builder objective(String value) { objective = value; return this; }

        public SolverSummary build() {
            return new SolverSummary(score, feasible, timeLimitSeconds, seed, reproducible, termination, start,
                    moveEvaluationsPerSecond, firstFeasibleMillis, objective);
        }
    }
}
