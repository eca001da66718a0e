package org.consolida.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as users write them: shortest exact decimal text, no trailing ".0", no exponent. */
public final class Numbers {
    private static final Pattern THOUSANDS =
            Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private Numbers() {
    }

    public static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A number as written in a cell: its value, and whether it carried a percent sign ("25%" gives 25, percent). */
    public record Parsed(double value, boolean percent) {
    }

    /**
     * Reads a number written by a person or a spreadsheet: optional spaces, a dot as decimal separator, an optional
     * exponent and an optional trailing percent sign. Returns null for anything else, including NaN and infinities, and
     * "1,024": in the native template and JSON a comma may be someone's decimal comma, so it is an error to fix.
     */
    public static Parsed parse(String text) {
        return parse(text, false);
    }

    /**
     * The one number parser of every reader. {@code thousandsSeparators}: also accept commas between groups of three
     * digits ("32,768"), as machine-written exports (RVTools) have them, where a decimal comma cannot occur.
     */
    public static Parsed parse(String text, boolean thousandsSeparators) {
        String s = text.strip().replace("\u00a0", "").replace(" ", "");
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (thousandsSeparators && THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (s.isEmpty() || !plainNumber(s)) {
            return null;
        }
        try {
            double value = percent ? new BigDecimal(s).doubleValue() : Double.parseDouble(s);
            return Double.isFinite(value) ? new Parsed(value, percent) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // Double.parseDouble also takes "NaN", "1d", "0x1p3" and the like; a person's number is digits, dot, exponent.
    private static boolean plainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }
}
