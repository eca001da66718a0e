package org.consolida.io.history;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Timestamps as history exports write them: ISO-8601 with or without an offset ({@code 2025-03-03T10:05:00Z},
 * {@code 2025-03-03 10:05:00}), Unix seconds as Prometheus gives them ({@code 1741000000.5}), and PowerCLI's en-US
 * {@code Export-Csv} form ({@code 3/3/2025 10:05:00 AM}). The time of day is the clock the export wrote (the offset's
 * local time; UTC for Unix seconds), so that a day profile reads as the estate's day.
 */
final class Timestamps {
    /** One parsed timestamp: its instant, for order and gaps, and its time of day in minutes, for profiles. */
    record Stamp(long epochSeconds, int minuteOfDay) {
    }

    private static final Pattern UNIX = Pattern.compile("\\d{9,11}(\\.\\d+)?");
    private static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter();
    private static final DateTimeFormatter ISO_OFFSET = new DateTimeFormatterBuilder().append(ISO_LOCAL)
            .appendOffset("+HH:MM:ss", "Z").toFormatter();
    private static final DateTimeFormatter US = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/yyyy h:mm[:ss] a").toFormatter(Locale.US);
    private static final DateTimeFormatter US_24H = new DateTimeFormatterBuilder()
            .appendPattern("M/d/yyyy H:mm[:ss]").toFormatter(Locale.US);

    static final String FORMATS = "ISO-8601 (2025-03-03T10:05:00Z, 2025-03-03 10:05:00), Unix seconds (1741000000) or "
            + "M/d/yyyy h:mm:ss AM/PM as PowerCLI writes it";

    private Timestamps() {
    }

    /** The timestamp, or null when it is in none of the accepted forms. */
    static Stamp parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (UNIX.matcher(s).matches()) {
            long seconds = (long) Math.floor(Double.parseDouble(s));
            return new Stamp(seconds, (int) (Math.floorMod(seconds, 86_400L) / 60));
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(s, ISO_OFFSET);
            return of(at.toLocalDateTime(), at.toEpochSecond());
        } catch (DateTimeParseException e) {
            // not with an offset: try the forms without one
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO_LOCAL, US, US_24H}) {
            try {
                LocalDateTime at = LocalDateTime.parse(s, format);
                return of(at, at.toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static Stamp of(LocalDateTime local, long epochSeconds) {
        return new Stamp(epochSeconds, local.get(ChronoField.MINUTE_OF_DAY));
    }
}
