package org.consolida.io.rvtools;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * One tab of an export, read up to its first empty row: its header and the rows below it. Columns are found by header
 * name (ignoring case and surrounding spaces, so {@code "Free % "} is {@code "Free %"}), never by position, since custom
 * attribute columns can sit anywhere. Every cell can say where it is, for error messages.
 */
final class Table {
    private final String file;
    private final String sheet;
    private final boolean csv;
    private final int firstDataRow;
    private final List<String> headers;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows;

    /**
     * @param file         the file a problem names (the workbook, or the tab's CSV file)
     * @param sheet        the tab name, such as {@code vInfo}
     * @param csv          whether locations are CSV rows rather than spreadsheet cells
     * @param firstDataRow 1-based row (or CSV record) number of the first data row
     */
    Table(String file, String sheet, boolean csv, int firstDataRow, List<String> headers, List<String[]> rows) {
        this.file = file;
        this.sheet = sheet;
        this.csv = csv;
        this.firstDataRow = firstDataRow;
        this.headers = List.copyOf(headers);
        this.rows = rows;
        for (int i = 0; i < this.headers.size(); i++) {
            columns.putIfAbsent(normalise(this.headers.get(i)), i);
        }
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

    /** The first column whose header is one of the names (the names of one figure across RVTools versions), or -1. */
    int column(String... names) {
        for (String name : names) {
            Integer index = columns.get(normalise(name));
            if (index != null) {
                return index;
            }
        }
        return -1;
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
        int number = firstDataRow + row;
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
