package org.consolida.io.excel;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.consolida.io.Numbers;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A lean SAX handler for one worksheet part: it hands each non-empty cell to a {@link Receiver} as text, numbers at
 * full precision, percent-formatted numbers as "25%" and date-formatted numbers as the date they show ("2024-03-01"),
 * so a date in a numeric column is reported at its cell rather than read as a serial number. POI's
 * XSSFSheetXMLHandler does the same job but builds an XMLBeans rich-text object for every string cell, which made
 * 100,000 rows take several times longer. Formulas give their cached value; booleans give TRUE or FALSE; error cells
 * give their error text (#N/A); a number cell holding NaN or Infinity gives that text, which no numeric column
 * accepts. A broken row or cell reference, a row beyond Excel's bounds, a cell longer than the limit, and a shared
 * string index that does not exist are problems at that cell.
 */
public final class SheetCells extends DefaultHandler {
    /** Receives rows and cells in document order. */
    public interface Receiver {
        void startRow(int rowIndex) throws SAXException;

        void cell(int columnIndex, String text) throws SAXException;

        void endRow(int rowIndex) throws SAXException;
    }

    private final String sheet;
    private final List<String> sharedStrings;
    private final CellStyles styles;
    private final int maxChars;
    private final Receiver receiver;

    private final StringBuilder text = new StringBuilder();
    private boolean collecting;
    private boolean inInlineString;
    private int phonetic;
    private int rowIndex = -1;
    private boolean inRow;
    private int columnIndex;
    private String type;
    private int style;
    private String value;
    private String inline;

    SheetCells(String sheet, List<String> sharedStrings, CellStyles styles, int maxChars, Receiver receiver) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.maxChars = maxChars;
        this.receiver = receiver;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                if (inRow) {
                    throw new CellProblem(sheet, "the sheet's XML has a row inside row " + (rowIndex + 1)
                            + "; open the workbook in Excel and save it again as .xlsx");
                }
                String r = attributes.getValue("r");
                int next = r == null ? rowIndex + 1 : rowNumber(r) - 1;
                if (next <= rowIndex) {
                    throw new CellProblem(sheet, "the sheet's XML lists row " + (next + 1) + " after row "
                            + (rowIndex + 1) + "; open the workbook in Excel and save it again as .xlsx");
                }
                if (next >= XlsxFile.MAX_ROWS) {
                    throw new CellProblem(sheet, "the sheet's XML has a row " + (next + 1) + ", beyond Excel's "
                            + XlsxFile.MAX_ROWS + " rows; open the workbook in Excel and save it again as .xlsx");
                }
                rowIndex = next;
                columnIndex = -1;
                inRow = true;
                receiver.startRow(rowIndex);
            }
            case "c" -> {
                if (!inRow) {
                    throw new CellProblem(sheet, "the sheet's XML has a cell outside any row ("
                            + (rowIndex < 0 ? "before the first row" : "after row " + (rowIndex + 1))
                            + "); open the workbook in Excel and save it again as .xlsx");
                }
                String r = attributes.getValue("r");
                columnIndex = r == null ? columnIndex + 1 : columnOf(r);
                if (columnIndex < 0 || columnIndex >= XlsxFile.MAX_COLUMNS) {
                    throw new CellProblem(sheet, "the sheet's XML has a broken cell reference \"" + r + "\" in row "
                            + (rowIndex + 1) + "; open the workbook in Excel and save it again as .xlsx");
                }
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : whole(s, "style index");
                value = null;
                inline = null;
            }
            case "v" -> startText();
            case "is" -> {
                inInlineString = true;
                text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> {
                if (inInlineString && phonetic == 0) {
                    collecting = true;
                }
            }
            default -> {
                // sheet properties, formulas (their cached value is in <v>), merged cells: nothing to read
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                value = text.toString();
                collecting = false;
            }
            case "t" -> {
                if (inInlineString) {
                    collecting = false;
                }
            }
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "is" -> {
                inline = text.toString();
                inInlineString = false;
            }
            case "c" -> {
                String cell = cellText();
                if (cell != null && !cell.isEmpty()) {
                    receiver.cell(columnIndex, cell);
                }
                collecting = false;
            }
            case "row" -> {
                inRow = false;
                receiver.endRow(rowIndex);
            }
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (collecting) {
            if (text.length() + length > maxChars) {
                throw tooLong();
            }
            text.append(ch, start, length);
        }
    }

    private CellProblem tooLong() {
        return new CellProblem(here(), "the cell holds more than " + maxChars + " characters, the limit for one cell "
                + "(Excel itself holds at most 32,767); shorten it");
    }

    /** The cell being read, as {@code Sheet!B7}. */
    String here() {
        return sheet + "!" + (columnIndex >= 0 && columnIndex < XlsxFile.MAX_COLUMNS
                ? CellReference.convertNumToColString(columnIndex) : "") + (rowIndex + 1);
    }

    private void startText() {
        text.setLength(0);
        collecting = true;
    }

    private int rowNumber(String r) throws SAXException {
        try {
            int number = Integer.parseInt(r.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CellProblem(sheet, "the sheet's XML has a broken row number \"" + r + "\"; open the workbook in "
                + "Excel and save it again as .xlsx");
    }

    private int whole(String number, String what) throws SAXException {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new CellProblem(here(), "the sheet's XML has a broken " + what + " \"" + number + "\"; open the "
                    + "workbook in Excel and save it again as .xlsx");
        }
    }

    private String cellText() throws SAXException {
        if (type == null || type.equals("n")) {
            return value == null || value.isEmpty() ? null : number(value);
        }
        return switch (type) {
            case "s" -> {
                if (value == null || value.isBlank()) {
                    yield null;
                }
                int index = whole(value, "shared string index");
                if (index < 0 || index >= sharedStrings.size()) {
                    throw new CellProblem(here(), "the cell refers to shared string " + index + ", which the workbook "
                            + "does not have (it has " + sharedStrings.size() + "); open it in Excel and save it again"
                            + " as .xlsx");
                }
                String shared = sharedStrings.get(index);
                if (shared == SharedStrings.TOO_LONG) {
                    throw tooLong();
                }
                yield shared;
            }
            case "inlineStr" -> inline != null ? inline : value;
            case "b" -> "1".equals(value == null ? null : value.strip()) ? "TRUE" : "FALSE";
            default -> value; // "str" (a formula's text result), "e" (an error such as #N/A), "d" (an ISO date)
        };
    }

    private String number(String raw) {
        Numbers.Parsed parsed = Numbers.parse(raw);
        if (parsed == null || parsed.percent()) {
            return raw.strip(); // NaN, INF or other text in a number cell: no numeric column will take it
        }
        double number = parsed.value();
        return switch (styles.kind(style)) {
            case PERCENT -> NumberCells.text(number, true);
            case DATE -> date(number, raw);
            case NUMBER -> NumberCells.text(number, false);
        };
    }

    /** A date-formatted number as the date it shows: "2024-03-01", or with its time of day when it has one. */
    private static String date(double serial, String raw) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return raw.strip();
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, false, true);
        if (at == null) {
            return raw.strip();
        }
        String day = at.toLocalDate().toString();
        return at.toLocalTime().toSecondOfDay() == 0 ? day : day + " " + at.toLocalTime();
    }

    /** The column index of a reference such as "AB17" (letters of either case), or -1 without letters. */
    static int columnOf(String reference) {
        long column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
            if (column > XlsxFile.MAX_COLUMNS) {
                return XlsxFile.MAX_COLUMNS;
            }
        }
        return (int) column - 1;
    }
}
