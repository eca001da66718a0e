package org.consolida.io;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar for durations a user writes, on the command line ({@code --time-limit}) and in a batch manifest
 * ({@code timeLimit}): a bare number of seconds ({@code 45}, {@code 2.5}); parts in hours, minutes, seconds and
 * milliseconds, largest first, each at most once ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1m30s},
 * {@code 1.5h}, {@code 30 s}); or ISO-8601 ({@code PT30S}). Case does not matter.
 */
public final class Durations {
    /** What an error message offers as examples. */
    public static final String EXAMPLES = "500ms, 30s, 5m, 1h, 1m30s, 45 or PT30S";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern PART = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|h|m|s)");

    private Durations() {
    }

    /**
     * Reads a duration longer than zero.
     *
     * @throws IllegalArgumentException naming the text and the grammar, for anything else
     */
    public static Duration parsePositive(String value) {
        Duration duration = parse(value);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("\"" + value + "\" is not longer than zero");
        }
        return duration;
    }

    /**
     * Reads a duration of zero or more.
     *
     * @throws IllegalArgumentException naming the text and the grammar, for anything else
     */
    public static Duration parse(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (NUMBER.matcher(text).matches()) {
            return millis(Double.parseDouble(text) * 1000, value);
        }
        if (text.startsWith("pt")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw notADuration(value);
            }
        }
        Matcher part = PART.matcher(text);
        double millis = 0;
        int end = 0;
        int lastUnit = -1;
        while (part.find() && part.start() == end) {
            int unit = unitIndex(part.group(2));
            if (unit <= lastUnit) {
                throw notADuration(value);
            }
            double amount = Double.parseDouble(part.group(1));
            millis += switch (part.group(2)) {
                case "h" -> amount * 3_600_000;
                case "m" -> amount * 60_000;
                case "s" -> amount * 1000;
                default -> amount;
            };
            lastUnit = unit;
            end = part.end();
        }
        if (end == 0 || end != text.length()) {
            throw notADuration(value);
        }
        return millis(millis, value);
    }

    private static int unitIndex(String unit) {
        return switch (unit) {
            case "h" -> 0;
            case "m" -> 1;
            case "s" -> 2;
            default -> 3;
        };
    }

    private static Duration millis(double millis, String value) {
        if (millis > Long.MAX_VALUE / 2.0) {
            throw notADuration(value);
        }
        return Duration.ofMillis(Math.round(millis));
    }

    private static IllegalArgumentException notADuration(String value) {
        return new IllegalArgumentException("\"" + value + "\" is not a duration; write e.g. " + EXAMPLES);
    }
}
