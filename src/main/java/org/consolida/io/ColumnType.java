package org.consolida.io;

/** What a column holds, which decides how a cell is read and how the column is documented. */
public enum ColumnType {
    TEXT("text"),
    NUMBER("number"),
    INTEGER("whole number"),
    YES_NO("yes/no"),
    ENUMERATION("one of"),
    /** Percentage points, 0–100: a cell formatted 25 % or the text "25%" both mean 25. */
    PERCENT("percent"),
    /** A share between 0 and 1: a cell formatted 25 % or the text "25%" both mean 0.25. */
    FRACTION("fraction");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
