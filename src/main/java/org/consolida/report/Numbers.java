package org.consolida.report;

import java.util.Locale;

/** How numbers read in the page and on the console: grouped thousands, units beside them, never locale-dependent. */
final class Numbers {
    private Numbers() {
    }

    static String whole(Double value) {
        return value == null ? "\u2013" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f\u00a0%%", ratio * 100);
    }

    /** A value for sorting: plain digits a script can parse. */
    static String sortKey(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }

    /** The saving from before to after as "−18 (45.0 %)"; empty when there is no before figure to compare. */
    static String saving(Double before, Double after) {
        if (before == null || after == null) {
            return "";
        }
        double saved = before - after;
        return before == 0 ? whole(saved) : whole(saved) + " (" + percent(saved / before) + ")";
    }
}
