package org.consolida.io;

import java.util.Locale;
import java.util.Optional;

/**
 * Matches the headers people write to schema columns, ignoring case, spaces and punctuation, and accepting a unit in
 * brackets either as part of the name ({@code Memory (GiB)} = memory_gib, {@code Overhead full (%)} =
 * overhead_full_pct) or as a mere suffix ({@code Units (U)} = units).
 */
public final class Headers {
    private Headers() {
    }

    public static Optional<Column> match(SheetSpec sheet, String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String whole = key(header);
        String withoutUnit = key(header.replaceAll("[(\\[][^)\\]]*[)\\]]\\s*$", ""));
        for (Column column : sheet.columns()) {
            String name = key(column.name());
            if (name.equals(whole) || name.equals(withoutUnit)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, % as "pct", letters and digits only. */
    public static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("%", "pct");
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
