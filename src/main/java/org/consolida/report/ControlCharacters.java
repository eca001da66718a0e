package org.consolida.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control characters in names (a NUL or an ESC in a host id, say) shown as visible escapes, <code>&#92;u001B</code>, as
 * {@code plan.json} writes them: raw, they would corrupt the page (or a terminal), and XML 1.0 forbids them in a
 * workbook (POI would silently write {@code ?}). Tab and newline are kept; every other C0 control and DEL is escaped.
 */
final class ControlCharacters {
    /** How OOXML escapes a character in a cell ({@code _x001B_}); Excel decodes such text, so literal ones are escaped. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private ControlCharacters() {
    }

    /** {@code text} with its control characters written as <code>&#92;uXXXX</code>; the same instance when it has none. */
    static String visible(String text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #visible} text for a workbook cell, whose literal {@code _xHHHH_} sequences are kept as typed. */
    static String forWorkbook(String text) {
        String visible = visible(text);
        if (visible == null || visible.indexOf("_x") < 0) {
            return visible;
        }
        return OOXML_ESCAPE.matcher(visible).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c == 0x7F;
    }
}
