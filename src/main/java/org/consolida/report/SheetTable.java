package org.consolida.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table on a sheet: a header row, then rows written cell by cell left to right. It remembers the widest content per
 * column so widths come from the content; {@code autoSizeColumn} measures fonts and is slow on large sheets.
 */
final class SheetTable {
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 70;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int headerRow;
    private final int firstColumn;
    private final int[] widthChars;
    private int rowIndex;
    private Row row;
    private int column;

    SheetTable(Sheet sheet, WorkbookStyles styles, int headerRow, int firstColumn, String... headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.firstColumn = firstColumn;
        this.widthChars = new int[headers.length];
        Row header = rowAt(headerRow);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(firstColumn + i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.header());
            widthChars[i] = headers[i].length() + 3; // room for the auto-filter button
        }
        this.rowIndex = headerRow;
    }

    SheetTable row() {
        rowIndex++;
        row = rowAt(rowIndex);
        column = 0;
        return this;
    }

    SheetTable text(String value) {
        return text(value, null);
    }

    SheetTable text(String value, CellStyle style) {
        if (value == null) {
            return blank();
        }
        Cell cell = next();
        cell.setCellValue(ControlCharacters.forWorkbook(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
        fit(value.length());
        return this;
    }

    /** A number shown through {@code style}; {@code formattedChars} is its width once formatted. */
    SheetTable number(Double value, CellStyle style) {
        if (value == null) {
            return blank();
        }
        Cell cell = next();
        cell.setCellValue(value);
        cell.setCellStyle(style);
        fit(formattedLength(value, style));
        return this;
    }

    SheetTable number(double value, CellStyle style) {
        return number(Double.valueOf(value), style);
    }

    SheetTable integer(Integer value) {
        return value == null ? blank() : number(value.doubleValue(), styles.integer());
    }

    SheetTable integer(long value) {
        return number((double) value, styles.integer());
    }

    SheetTable blank() {
        column++;
        return this;
    }

    WorkbookStyles styles() {
        return styles;
    }

    int lastRow() {
        return rowIndex;
    }

    /** Auto-filter over the header and the rows, and column widths from the content. */
    void finish(boolean autoFilter) {
        if (autoFilter) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex), firstColumn,
                    firstColumn + widthChars.length - 1));
        }
        for (int i = 0; i < widthChars.length; i++) {
            int chars = Math.max(MIN_CHARS, Math.min(MAX_CHARS, widthChars[i] + 1));
            sheet.setColumnWidth(firstColumn + i, chars * 256);
        }
    }

    private Cell next() {
        return row.createCell(firstColumn + column++);
    }

    private void fit(int chars) {
        int i = column - 1;
        if (chars > widthChars[i]) {
            widthChars[i] = chars;
        }
    }

    private Row rowAt(int index) {
        Row existing = sheet.getRow(index);
        return existing != null ? existing : sheet.createRow(index);
    }

    private static int formattedLength(double value, CellStyle style) {
        String format = style.getDataFormatString();
        long whole = Math.abs((long) value);
        int digits = Long.toString(whole).length();
        int length = digits + (format.contains(",") ? (digits - 1) / 3 : 0) + (value < 0 ? 1 : 0);
        int dot = format.indexOf('.');
        if (dot >= 0) {
            int decimals = 0;
            while (dot + 1 + decimals < format.length() && format.charAt(dot + 1 + decimals) == '0') {
                decimals++;
            }
            length += 1 + decimals;
        }
        return length + (format.contains("%") ? 3 : 0);
    }
}
