package org.consolida.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read in the page and on the console: grouped thousands, units beside them, never locale-dependent. */
final class Numbers {
    // String.format builds its symbols on every call, which dominated rendering a 10,000-row page; formats are not
    // thread-safe, hence one per thread.
    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(() -> format("#,##0"));
    private static final ThreadLocal<DecimalFormat> ONE_DECIMAL = ThreadLocal.withInitial(() -> format("#,##0.0"));

    private Numbers() {
    }

    static String whole(Double value) {
        return value == null ? "\u2013" : WHOLE.get().format(value);
    }

    static String oneDecimal(double value) {
        return ONE_DECIMAL.get().format(value);
    }

    static String percent(double ratio) {
        return ONE_DECIMAL.get().format(ratio * 100) + "\u00a0%";
    }

    /** A value for sorting: plain digits a script can parse. */
    static String sortKey(Double value) {
        return value == null ? "" : Double.toString(value);
    }

    /** The saving from before to after as "18 (45.0 %)"; empty when there is no before figure to compare. */
    static String saving(Double before, Double after) {
        if (before == null || after == null) {
            return "";
        }
        double saved = before - after;
        return before == 0 ? whole(saved) : whole(saved) + " (" + percent(saved / before) + ")";
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
