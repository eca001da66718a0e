package org.consolida.report;

import java.util.List;

/**
 * One constraint's share of the plan's score, with its largest matches explained in words: {@code topJustifications}
 * holds their sentences, {@code penalties} the same matches with their score and justification record.
 */
public record ScoreRow(String constraint, String score, long matchCount, List<String> topJustifications,
                              List<PenaltyRow> penalties) {
    public ScoreRow {
        topJustifications = List.copyOf(topJustifications);
        penalties = List.copyOf(penalties);
    }

    /** Sentences without their records (synthetic report models). */
    public ScoreRow(String constraint, String score, long matchCount, List<String> topJustifications) {
        this(constraint, score, matchCount, topJustifications, List.of());
    }
}
