package org.consolida.planning;

import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan and everything needed to judge it: the solved placement, today's and the plan's figures, the two
 * baselines and the lower bound under the same cost model, the score explained, and how the search went.
 */
public record PlanResult(PlacementSolution plan, PlanMetrics before, PlanMetrics after, Baseline firstFitDecreasing,
                         Baseline powerAwareBestFit, LowerBound lowerBound, ScoreExplanation explanation,
                         SolveStats stats) {

    /** A heuristic's placement, its figures, its score and its soft score per constraint (cents per year). */
    public record Baseline(PlannedHost[] assignment, PlanMetrics metrics, HardMediumSoftLongScore score,
                           Map<String, Long> softByConstraint) {
    }

    /**
     * How the search went. {@code termination} says what ended it: "time", "unimproved time", "move budget" or
     * "time ceiling" (a seeded run whose move budget the machine could not finish in three times the time limit: not
     * reproducible). {@code firstFeasibleMillis} counts from the start of planning, null when no feasible plan was
     * found. {@code objective} is what the search minimised. {@code parts} is empty for a single solve; a decomposed
     * solve lists each part's search, then the global pass over the merged plan. Built through {@link #builder()}.
     */
    public record SolveStats(long timeLimitMillis, Long seed, boolean reproducible, String termination,
                             long solveMillis, long moveEvaluations, long moveEvaluationsPerSecond,
                             Long firstFeasibleMillis, String start, Objective objective, List<PartStats> parts) {
        public SolveStats {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link SolveStats}: the record has more fields than a constructor call should list. */
        public static final class Builder {
            private long timeLimitMillis;
            private Long seed;
            private boolean reproducible;
            private String termination;
            private long solveMillis;
            private long moveEvaluations;
            private Long firstFeasibleMillis;
            private String start;
            private Objective objective;
            private List<PartStats> parts = List.of();

            public Builder timeLimitMillis(long value) {
                timeLimitMillis = value;
                return this;
            }

            public Builder seed(Long value) {
                seed = value;
                return this;
            }

            public Builder reproducible(boolean value) {
                reproducible = value;
                return this;
            }

            public Builder termination(String value) {
                termination = value;
                return this;
            }

            /** Search time and evaluated moves; the speed is derived from them. */
            public Builder search(long millis, long moves) {
                solveMillis = millis;
                moveEvaluations = moves;
                return this;
            }

            public Builder firstFeasibleMillis(Long value) {
                firstFeasibleMillis = value;
                return this;
            }

            public Builder start(String value) {
                start = value;
                return this;
            }

            public Builder objective(Objective value) {
                objective = value;
                return this;
            }

            public Builder parts(List<PartStats> value) {
                parts = value;
                return this;
            }

            public SolveStats build() {
                return new SolveStats(timeLimitMillis, seed, reproducible, termination, solveMillis, moveEvaluations,
                        PartStats.perSecond(moveEvaluations, solveMillis), firstFeasibleMillis, start, objective,
                        parts);
            }
        }
    }

    /**
     * One search of a decomposed solve: a part ({@code name} "part 1 of 4") or the global pass over the merged plan,
     * with its size, the start it searched from, its search time, the moves it evaluated and its best score.
     */
    public record PartStats(String name, int workloads, int hosts, String start, long solveMillis,
                            long moveEvaluations, long moveEvaluationsPerSecond, String score) {
        static long perSecond(long moves, long millis) {
            return millis == 0 ? 0 : moves * 1000 / millis;
        }
    }

    public HardMediumSoftLongScore score() {
        return plan.getScore();
    }

    public boolean feasible() {
        return plan.getScore().hardScore() == 0;
    }

    public List<Placement> unplaced() {
        return plan.getPlacements().stream().filter(p -> p.getHost() == null).toList();
    }

    /** Feasible and every workload placed: the plan holds. */
    public boolean holds() {
        return feasible() && unplaced().isEmpty();
    }
}
