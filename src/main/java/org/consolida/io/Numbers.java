package org.consolida.io;

import java.math.BigDecimal;

/** Numbers as users write them: shortest exact decimal text, no trailing ".0", no exponent. */
public final class Numbers {
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
     * exponent and an optional trailing percent sign. Returns null for anything else, including NaN and infinities.
     */
    public static Parsed parse(String text) {
        String s = text.strip().replace("\u00a0", "").replace(" ", "");
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
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
