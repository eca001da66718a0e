package org.consolida.io;

import java.util.List;
import java.util.Locale;

import org.consolida.inventory.Problem;

/**
 * Typed access to the cells of one raw row. Each getter returns the value, or the column's default when the cell is
 * blank; a cell that cannot be read adds a located problem and marks the row as failed, so the caller builds nothing
 * from it and the next rows are still checked.
 */
final class RowValues {
    private final String file;
    private final RawSheet sheet;
    private final RawRow row;
    private final List<Problem> problems;
    private boolean failed;

    RowValues(String file, RawSheet sheet, RawRow row, List<Problem> problems) {
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    boolean failed() {
        return failed;
    }

    void fail() {
        failed = true;
    }

    String where(String column) {
        return sheet.cell(row, sheet.spec().indexOf(column));
    }

    String whereRow() {
        return sheet.row(row);
    }

    void error(String column, String message) {
        problems.add(Problem.error(file, column == null ? whereRow() : where(column), message));
        failed = true;
    }

    boolean isKnownColumn(String column) {
        return sheet.spec().column(column).isPresent();
    }

    boolean isBlank(String column) {
        String raw = row.cell(sheet.spec().indexOf(column));
        return raw == null || raw.isBlank();
    }

    /** The cell's text, stripped, or null when blank. */
    String raw(String column) {
        String raw = row.cell(sheet.spec().indexOf(column));
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The text of a cell, the default of an optional column when blank, or null after a problem. */
    String text(String column) {
        return present(columnSpec(column));
    }

    double number(String column) {
        return number(columnSpec(column), text(column));
    }

    /** Reads a number given as text under the rules of {@code spec}; NaN (and a problem) when it cannot. */
    double number(Column spec, String text) {
        if (text == null || text.isEmpty()) {
            return Double.NaN;
        }
        Numbers.Parsed parsed = Numbers.parse(text);
        if (parsed == null) {
            error(spec, "\"" + text + "\" is not a number" + hint(text));
            return Double.NaN;
        }
        double value = parsed.value();
        if (parsed.percent() && spec.type() == ColumnType.FRACTION) {
            value = new java.math.BigDecimal(Numbers.text(value)).movePointLeft(2).doubleValue();
        } else if (parsed.percent() && spec.type() != ColumnType.PERCENT) {
            error(spec, "\"" + text + "\" is a percentage, but " + spec.name() + " is in "
                    + (spec.unit().isEmpty() ? "plain numbers" : spec.unit()) + "; write it without %");
            return Double.NaN;
        }
        if (spec.type() == ColumnType.INTEGER && value != Math.rint(value)) {
            error(spec, "\"" + text + "\" is not a whole number");
            return Double.NaN;
        }
        if (!spec.inRange(value)) {
            error(spec, Numbers.text(value) + " is out of range; it must be " + spec.rangeText()
                    + (spec.unit().isEmpty() || spec.type() == ColumnType.PERCENT ? "" : " " + spec.unit()));
            return Double.NaN;
        }
        return value;
    }

    int integer(String column) {
        double value = number(column);
        return Double.isNaN(value) ? 0 : (int) value;
    }

    boolean yesNo(String column) {
        Column spec = columnSpec(column);
        return yesNo(spec, text(column));
    }

    boolean yesNo(Column spec, String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1":
                return true;
            case "no", "n", "false", "0":
                return false;
            default:
                error(spec, "\"" + text + "\" is not yes or no");
                return false;
        }
    }

    <E extends Enum<E>> E enumeration(String column, Class<E> type) {
        Column spec = columnSpec(column);
        return enumeration(spec, text(column), type);
    }

    <E extends Enum<E>> E enumeration(Column spec, String text, Class<E> type) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        E value = EnumText.parse(type, text);
        if (value == null) {
            error(spec, "\"" + text + "\" is not one of " + String.join(", ", spec.allowed()));
        }
        return value;
    }

    private Column columnSpec(String column) {
        return sheet.spec().columns().get(sheet.spec().indexOf(column));
    }

    private String present(Column spec) {
        int index = sheet.spec().indexOf(spec.name());
        String raw = row.cell(index);
        if (raw == null || raw.isBlank()) {
            if (spec.required()) {
                if (sheet.hasColumn()[index]) {
                    error(spec.name(), spec.name() + " is blank; it is required (" + lowerFirst(spec.meaning()) + ")");
                } else {
                    failed = true; // the reader has reported the missing column once
                }
                return null;
            }
            return spec.defaultValue();
        }
        return raw.strip();
    }

    private void error(Column spec, String message) {
        // A Policy key is not a column: its problems belong to the row's value cell.
        String where = sheet.spec().column(spec.name()).isPresent() ? where(spec.name())
                : sheet.spec().column("value").isPresent() ? where("value") : whereRow();
        problems.add(Problem.error(file, where, spec.name() + " " + message));
        failed = true;
    }

    private static String hint(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}( .*)?")) {
            return "; the cell is formatted as a date: format it as a number";
        }
        return text.matches("[+-]?\\d+,\\d+") ? "; write decimals with a dot" : "";
    }

    private static String lowerFirst(String meaning) {
        String m = meaning.endsWith(".") ? meaning.substring(0, meaning.length() - 1) : meaning;
        // "Memory allocated" reads on as "memory allocated"; "CPU demand" keeps its acronym.
        boolean word = m.length() > 1 && Character.isLowerCase(m.charAt(1));
        return word ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }
}
