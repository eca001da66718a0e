package org.consolida.io.excel;

import java.math.BigDecimal;

import org.consolida.io.Numbers;

/**
 * Numeric cells as the reader wants them: full-precision text instead of the display form ("0.333333333" rather than
 * "0.33"), and percent-formatted cells in percentage points with a percent sign ("25%" for 0.25), which the builder
 * then reads exactly as it reads a user who typed "25%".
 */
final class NumberCells {
    private NumberCells() {
    }

    static String text(double value, boolean percentFormat) {
        if (percentFormat) {
            return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return Numbers.text(value);
    }

    /** Whether a number format shows a percentage; a % inside quotes or escaped is literal text. */
    static boolean isPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
