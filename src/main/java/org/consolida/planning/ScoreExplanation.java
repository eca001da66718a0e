package org.consolida.planning;

import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * A plan's score broken down by constraint (from {@code SolutionManager.analyze}): each constraint's total, its
 * number of matches and its largest penalties with their justifications. Soft figures are cents per year.
 */
public record ScoreExplanation(String score, List<ConstraintTotal> constraints) {
    public static final int LARGEST = 10;

    public record ConstraintTotal(String name, String level, long hard, long medium, long soft, int matchCount,
                                  List<Match> largest) {
    }

    public record Match(String score, ConstraintJustification justification) {
        /** The justification in a sentence ({@link Justifications.Justification#description()}). */
        public String description() {
            return Justifications.describe(justification);
        }
    }

    public static ScoreExplanation of(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<ConstraintTotal> totals = analysis.constraintAnalyses().stream()
                .map(ScoreExplanation::total)
                .sorted(Comparator.comparing((ConstraintTotal t) -> levelOrder(t.level()))
                        .thenComparing(ConstraintTotal::name))
                .toList();
        return new ScoreExplanation(analysis.score().toString(), totals);
    }

    /** The total of one constraint, or null when it is not part of the model. */
    public ConstraintTotal constraint(String name) {
        return constraints.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static ConstraintTotal total(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
        HardMediumSoftLongScore weight = constraint.weight();
        String level = weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
        List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches() == null ? List.of()
                : constraint.matches();
        List<Match> largest = matches.stream()
                .sorted(Comparator.comparing(MatchAnalysis::score))
                .limit(LARGEST)
                .map(match -> new Match(match.score().toString(), match.justification()))
                .toList();
        HardMediumSoftLongScore score = constraint.score();
        return new ConstraintTotal(constraint.constraintName(), level, score.hardScore(), score.mediumScore(),
                score.softScore(), constraint.matchCount(), largest);
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case "hard" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
