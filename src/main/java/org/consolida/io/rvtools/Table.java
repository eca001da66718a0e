package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.util.CellReference;
import org.consolida.inventory.Problem;

/**
 * One tab of an export: its header and every non-blank row below it, each with the row number it had in the file. Columns are found by header
 * name (ignoring case and surrounding spaces, so {@code "Free % "} is {@code "Free %"}), never by position, since custom
 * attribute columns can sit anywhere. Every cell can say where it is, for error messages.
 */
final class Table {
    private static final int CONFLICTS_LISTED = 10;

    private final String file;
    private final String sheet;
    private final boolean csv;
    private final int[] rowNumbers;
    private final List<String> headers;
    private final Map<String, Integer> columns = new HashMap<>();
    /** Normalised headers given more than once, with every column index that carries them. */
    private final Map<String, List<Integer>> repeated = new LinkedHashMap<>();
    private final List<String[]> rows;
    /** Headers the import asked for that are ambiguous: repeated, or two names of one figure both present. */
    private final Set<List<Integer>> ambiguous = new LinkedHashSet<>();

    /**
     * @param file         the file a problem names (the workbook, or the tab's CSV file)
     * @param sheet        the tab name, such as {@code vInfo}
     * @param csv          whether locations are CSV rows rather than spreadsheet cells
     * @param firstDataRow 1-based row (or CSV record) number of the first data row
     */
    Table(String file, String sheet, boolean csv, int firstDataRow, List<String> headers, List<String[]> rows) {
        this(file, sheet, csv, headers, rows, IntStream.range(0, rows.size()).map(r -> firstDataRow + r).toArray());
    }

    /**
     * @param rowNumbers the row (or CSV record) number of each row, 1-based: blank rows are not rows of the table,
     *                   but the numbers of the rows below them still say where they are
     */
    Table(String file, String sheet, boolean csv, List<String> headers, List<String[]> rows, int[] rowNumbers) {
        this.file = file;
        this.sheet = sheet;
        this.csv = csv;
        this.rowNumbers = rowNumbers;
        this.headers = new ArrayList<>(headers);
        this.rows = rows;
        Map<String, List<Integer>> all = new HashMap<>();
        for (int i = 0; i < this.headers.size(); i++) {
            String key = normalise(this.headers.get(i));
            if (key.isEmpty()) {
                continue;
            }
            columns.putIfAbsent(key, i);
            all.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        all.forEach((key, indices) -> {
            if (indices.size() > 1) {
                repeated.put(key, indices);
            }
        });
    }

    static String normalise(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    String file() {
        return file;
    }

    String sheet() {
        return sheet;
    }

    int size() {
        return rows.size();
    }

    /**
     * The first column whose header is one of the names (the names of one figure across RVTools versions), or -1. A
     * header given twice, or two of the names both present, is noted for {@link #conflicts}: reading one column would
     * drop the other in silence.
     */
    int column(String... names) {
        int found = -1;
        for (String name : names) {
            String key = normalise(name);
            Integer index = columns.get(key);
            if (index == null) {
                continue;
            }
            if (repeated.containsKey(key)) {
                ambiguous.add(repeated.get(key));
            }
            if (found < 0) {
                found = index;
            } else if (found != index) {
                ambiguous.add(List.of(found, index));
            }
        }
        return found;
    }

    /**
     * The ambiguities of the columns asked for so far: a header the import reads given twice is an error naming both
     * columns, and so are two names of one figure ({@code Provisioned MB} beside {@code Provisioned MiB}) whose values
     * disagree in a row (named with both cells; the first {@value #CONFLICTS_LISTED} rows, then a count).
     */
    List<Problem> conflicts() {
        List<Problem> problems = new ArrayList<>();
        for (List<Integer> columnsOfOne : ambiguous) {
            int first = columnsOfOne.get(0);
            int second = columnsOfOne.get(1);
            if (normalise(headers.get(first)).equals(normalise(headers.get(second)))) {
                problems.add(Problem.error(file, headerWhere(), "the header \"" + header(first) + "\" is given twice ("
                        + columnName(first) + " and " + columnName(second) + "); delete or rename one of them"));
                continue;
            }
            int disagreeing = 0;
            for (int r = 0; r < rows.size(); r++) {
                String a = text(r, first);
                String b = text(r, second);
                if (a.isEmpty() || b.isEmpty() || sameValue(a, b)) {
                    continue;
                }
                if (++disagreeing <= CONFLICTS_LISTED) {
                    problems.add(Problem.error(file, where(r, first), header(first) + " \"" + a + "\" and "
                            + header(second) + " \"" + b + "\" (" + where(r, second) + ") disagree; they are one figure "
                            + "under two names: keep one column"));
                }
            }
            if (disagreeing > CONFLICTS_LISTED) {
                problems.add(Problem.error(file, headerWhere(), header(first) + " and " + header(second) + " disagree "
                        + "in " + (disagreeing - CONFLICTS_LISTED) + " more rows"));
            }
        }
        return problems;
    }

    private static boolean sameValue(String a, String b) {
        Double x = Issues.parse(a);
        Double y = Issues.parse(b);
        return x != null && y != null ? x.equals(y) : a.equals(b);
    }

    private String columnName(int column) {
        return csv ? "column " + (column + 1) : sheet + "!" + CellReference.convertNumToColString(column) + "1";
    }

    String header(int column) {
        return headers.get(column).strip();
    }

    /** The stripped text of a cell; empty when the column is absent (-1) or the row is shorter. */
    String text(int row, int column) {
        if (column < 0) {
            return "";
        }
        String[] cells = rows.get(row);
        if (column >= cells.length || cells[column] == null) {
            return "";
        }
        return cells[column].strip();
    }

    /** Where a cell is: {@code vInfo!F12} in a workbook, {@code row 12, CPUs} in a CSV file. */
    String where(int row, int column) {
        int number = rowNumbers[row];
        if (csv) {
            return column < 0 ? "row " + number : "row " + number + ", " + header(column);
        }
        return sheet + "!" + (column < 0 ? "" : CellReference.convertNumToColString(column)) + number;
    }

    /** Where the header row is, for a missing column. */
    String headerWhere() {
        return csv ? "header" : sheet + "!1";
    }
}
