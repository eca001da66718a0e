package org.consolida.io;

/**
 * One row of a sheet as read, before any interpretation: the text of each schema column (null where blank), in the
 * order of {@link SheetSpec#columns()}. {@code number} is what the locator needs to name its cells: the Excel row
 * number, or the index in the JSON array.
 */
public record RawRow(int number, String[] cells) {
    public String cell(int column) {
        return cells[column];
    }
}
