package org.consolida.report;

import java.util.List;

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
 * @param parts                     a decomposed search's parts and its global pass; null for a single solve
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolverSummary(String score, boolean feasible, long timeLimitSeconds, long seed, Boolean reproducible,
                            String termination, String start, Long moveEvaluationsPerSecond, Long firstFeasibleMillis,
                            String objective, List<Part> parts) {
    public SolverSummary(String score, boolean feasible, long timeLimitSeconds, long seed) {
        this(score, feasible, timeLimitSeconds, seed, null, null, null, null, null, null, null);
    }

    public static Builder builder(String score, boolean feasible, long timeLimitSeconds, long seed) {
        return new Builder(score, feasible, timeLimitSeconds, seed);
    }

    /**
     * One search of a decomposed solve: a part ("part 1 of 4") or the "global pass" over the merged plan; its
     * workloads and hosts, the start it searched from, its search time, the moves it evaluated and how fast, and its
     * best score.
     */
    public record Part(String name, int workloads, int hosts, String start, long solveMillis, long moveEvaluations,
                       long moveEvaluationsPerSecond, String score) {
    }

    /** Builds a {@link SolverSummary}: more fields than a constructor call should list. */
    public static final class Builder {
        private final String score;
        private final boolean feasible;
        private final long timeLimitSeconds;
        private final long seed;
        private Boolean reproducible;
        private String termination;
        private String start;
        private Long moveEvaluationsPerSecond;
        private Long firstFeasibleMillis;
        private String objective;
        private List<Part> parts;

        private Builder(String score, boolean feasible, long timeLimitSeconds, long seed) {
            this.score = score;
            this.feasible = feasible;
            this.timeLimitSeconds = timeLimitSeconds;
            this.seed = seed;
        }

        public Builder search(boolean reproducible, String termination, String start, long movesPerSecond,
                              Long firstFeasibleMillis) {
            this.reproducible = reproducible;
            this.termination = termination;
            this.start = start;
            this.moveEvaluationsPerSecond = movesPerSecond;
            this.firstFeasibleMillis = firstFeasibleMillis;
            return this;
        }

        public Builder objective(String value) {
            objective = value;
            return this;
        }

        /** Empty means a single solve: then no {@code parts} key is written. */
        public Builder parts(List<Part> value) {
            parts = value == null || value.isEmpty() ? null : List.copyOf(value);
            return this;
        }

        public SolverSummary build() {
            return new SolverSummary(score, feasible, timeLimitSeconds, seed, reproducible, termination, start,
                    moveEvaluationsPerSecond, firstFeasibleMillis, objective, parts);
        }
    }
}
