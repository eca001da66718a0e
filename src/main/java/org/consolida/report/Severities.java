package org.consolida.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders and colours the rules' severity words. The rules own the vocabulary; words this class does not know sort
 * after the known ones, alphabetically, and are shown in a neutral colour.
 */
final class Severities {
    private static final List<String> RANK = List.of("CRITICAL", "ERROR", "HIGH", "WARNING", "MEDIUM", "LOW", "INFO");

    static final Comparator<String> MOST_SEVERE_FIRST =
            Comparator.comparingInt(Severities::rank).thenComparing(Comparator.naturalOrder());

    private Severities() {
    }

    static int rank(String severity) {
        int rank = RANK.indexOf(severity.toUpperCase(Locale.ROOT));
        return rank < 0 ? RANK.size() : rank;
    }

    /** A level for colouring: "danger", "warning", "info" or "other". */
    static String level(String severity) {
        return switch (severity.toUpperCase(Locale.ROOT)) {
            case "CRITICAL", "ERROR", "HIGH" -> "danger";
            case "WARNING", "MEDIUM" -> "warning";
            case "INFO", "LOW" -> "info";
            default -> "other";
        };
    }
}
