package org.consolida.io.history;

import java.util.List;

import org.consolida.inventory.Problem;

/**
 * A utilisation history as read, before it meets an inventory: every series of every entity, checked for bad values,
 * duplicates and gaps, and the warnings of the reading (rows of metrics Consolida does not use, for instance).
 *
 * @param source   the file or folder given
 * @param format   what kind of history it was ({@code CSV}, {@code PlanetLab traces})
 */
public record History(String source, String format, List<Series> series, List<Problem> warnings) {
    public History {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }
}
