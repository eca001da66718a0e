package org.consolida.io;

import java.util.List;

/**
 * A sheet as a reader found it, in a form that no longer depends on the file format: which schema columns it has, its
 * rows, and how to name a cell for a message ({@code Workloads!D17} in Excel, {@code workloads[15].memory_gib} in JSON).
 *
 * @param present     whether the sheet (or JSON key) exists at all
 * @param where       how to name the sheet itself in a message
 * @param hasColumn   per schema column, whether the file has it (JSON: always true; a blank value stands for a missing key)
 */
public record RawSheet(SheetSpec spec, boolean present, String where, boolean[] hasColumn, List<RawRow> rows,
                       Locator locator) {

    /** Names cells and rows of one sheet for messages. */
    public interface Locator {
        String cell(RawRow row, int column);

        String row(RawRow row);
    }

    public static RawSheet absent(SheetSpec spec, String where) {
        return new RawSheet(spec, false, where, new boolean[spec.columns().size()], List.of(), new Locator() {
            @Override
            public String cell(RawRow row, int column) {
                return where;
            }

            @Override
            public String row(RawRow row) {
                return where;
            }
        });
    }

    public String cell(RawRow row, int column) {
        return locator.cell(row, column);
    }

    public String row(RawRow row) {
        return locator.row(row);
    }
}
