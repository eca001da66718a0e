package org.consolida.report;

import java.util.List;

/** One constraint's share of the plan's score, with its largest matches explained in words. */
public record ConstraintScore(String constraint, String score, long matchCount, List<String> topJustifications) {
    public ConstraintScore {
        topJustifications = List.copyOf(topJustifications);
    }
}
