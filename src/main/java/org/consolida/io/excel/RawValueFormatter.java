package org.consolida.io.excel;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.consolida.io.Numbers;

/**
 * Hands numeric cells to the reader as full-precision text instead of their display form ("0.333333333" instead of
 * "0.33"), and marks percent-formatted cells with a percent sign in percentage points ("25%" for 0.25), which the
 * reader then treats exactly as a user who typed "25%".
 */
final class RawValueFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return raw(value, formatString);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
                                        boolean use1904Windowing) {
        return raw(value, formatString);
    }

    static String raw(double value, String formatString) {
        if (formatString != null && isPercent(formatString)) {
            return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return Numbers.text(value);
    }

    // A % inside quotes is literal text, not a percent format.
    private static boolean isPercent(String format) {
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
