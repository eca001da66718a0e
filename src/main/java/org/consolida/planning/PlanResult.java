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
     * found. {@code objective} is what the search minimised.
     */
    public record SolveStats(long timeLimitMillis, Long seed, boolean reproducible, String termination,
                             long solveMillis, long moveEvaluations, long moveEvaluationsPerSecond,
                             Long firstFeasibleMillis, String start, Objective objective) {
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
