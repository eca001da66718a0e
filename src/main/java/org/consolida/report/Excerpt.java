package org.consolida.report;

import java.util.Comparator;
import java.util.List;

/**
 * What the page shows of a table that may be too long for a browser: every row when they fit, else the rows that
 * matter most and a note saying which, how many, and where all of them are. The workbook and {@code plan.json} keep
 * every row; a 100,000-workload page with every row weighed 61 MB.
 *
 * @param rows  the rows to show: all of them in the model's order, or the most important first
 * @param total how many rows the table has
 * @param note  null when every row is shown
 */
record Excerpt<T>(List<T> rows, int total, String note) {

    /**
     * @param which what the shown rows are, with {@code %s} for their count: "the %s busiest hosts"
     * @param where where every row is: "plan.xlsx (sheet Hosts) and plan.json (hosts)"
     */
    static <T> Excerpt<T> of(List<T> all, int limit, Comparator<? super T> mostImportantFirst, String which,
                             String where) {
        if (all.size() <= limit) {
            return new Excerpt<>(all, all.size(), null);
        }
        List<T> rows = all.stream().sorted(mostImportantFirst).limit(limit).toList();
        String note = "To keep this page light, this table shows " + String.format(which,
                Numbers.whole((double) limit)) + "; all " + Numbers.whole((double) all.size()) + " are in " + where + ".";
        return new Excerpt<>(rows, all.size(), note);
    }
}
