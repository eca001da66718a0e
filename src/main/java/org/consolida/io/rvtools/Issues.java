package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.Numbers;

/** The problems found in one pass over an export or a catalog, and the parsing of cells that may add to them. */
final class Issues {
    /**
     * No RVTools figure (MiB, MHz, counts, percentages) comes near this: 10^9 MiB is 954 TiB of memory for one VM. A
     * larger one is a hostile or corrupt cell, refused before it can overflow a sum downstream.
     */
    static final double MAX_FIGURE = 1e9;

    private final List<Problem> problems = new ArrayList<>();

    void error(String file, String where, String message) {
        problems.add(Problem.error(file, where, message));
    }

    void warning(String file, String where, String message) {
        problems.add(Problem.warning(file, where, message));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }

    List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(problems.stream().filter(Problem::isError).toList());
        }
    }

    /**
     * A number from a cell: blank gives null; text that is not a number is reported at the cell and gives null.
     * Accepts numbers stored as text, thousands separators ({@code 1,024}), and a percent sign ({@code 14%} is 14).
     */
    Double number(Table table, int row, int column, String fix) {
        String text = table.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        Double plain = anyNumber(text);
        if (plain != null && Math.abs(plain) > MAX_FIGURE) {
            error(table.file(), table.where(row, column), table.header(column) + " " + text + " is beyond any real "
                    + "figure (at most " + Numbers.text(MAX_FIGURE) + " MiB or MHz)");
            return null;
        }
        Double value = parse(text);
        if (value == null) {
            error(table.file(), table.where(row, column),
                    table.header(column) + " \"" + text + "\" is not a number" + (fix == null ? "" : ": " + fix));
        }
        return value;
    }

    /** A whole number from a cell, reported like {@link #number} when it is not one. */
    Integer whole(Table table, int row, int column, String fix) {
        Double value = number(table, row, column, fix);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            error(table.file(), table.where(row, column), table.header(column) + " \"" + table.text(row, column)
                    + "\" is not a whole number" + (fix == null ? "" : ": " + fix));
            return null;
        }
        return (int) Math.rint(value);
    }

    /** A yes/no cell: True/False, yes/no, 1/0; blank gives the fallback; anything else is reported. */
    boolean flag(Table table, int row, int column, boolean fallback) {
        String text = table.text(row, column).toLowerCase(Locale.ROOT);
        switch (text) {
            case "" -> {
                return fallback;
            }
            case "true", "yes", "1", "y" -> {
                return true;
            }
            case "false", "no", "0", "n" -> {
                return false;
            }
            default -> {
                error(table.file(), table.where(row, column), table.header(column) + " \"" + table.text(row, column)
                        + "\" is not True or False");
                return fallback;
            }
        }
    }

    /**
     * A number from a cell, or null: accepts numbers stored as text, thousands separators ({@code 1,024}) and a
     * percent sign ({@code 14%} is 14); NaN, infinities and figures beyond {@link #MAX_FIGURE} are not numbers.
     */
    static Double parse(String raw) {
        Double value = anyNumber(raw);
        return value == null || Math.abs(value) > MAX_FIGURE ? null : value;
    }

    private static Double anyNumber(String raw) {
        Numbers.Parsed parsed = Numbers.parse(raw, true);
        return parsed == null ? null : parsed.value();
    }
}
