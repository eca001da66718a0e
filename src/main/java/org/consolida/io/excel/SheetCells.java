package org.consolida.io.excel;

import java.util.List;

import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A lean SAX handler for one worksheet part: it hands each non-empty cell to a {@link Receiver} as raw text, numbers
 * at full precision and percent-formatted numbers as "25%". POI's XSSFSheetXMLHandler does the same job but builds an
 * XMLBeans rich-text object for every string cell, which made 100,000 rows take several times longer.
 * Formulas give their cached value; booleans give TRUE or FALSE; error cells give their error text (#N/A).
 */
final class SheetCells extends DefaultHandler {
    /** Receives rows and cells in document order. */
    interface Receiver {
        void startRow(int rowIndex);

        void cell(int columnIndex, String text);

        void endRow(int rowIndex);
    }

    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final Receiver receiver;
    /** Per cell style index: whether its number format is a percent format (null until looked up). */
    private Boolean[] percentStyle = new Boolean[64];

    private final StringBuilder text = new StringBuilder();
    private boolean collecting;
    private boolean inInlineString;
    private boolean inPhonetic;
    private int rowIndex = -1;
    private int columnIndex;
    private String type;
    private int style;
    private String value;
    private String inline;

    SheetCells(List<String> sharedStrings, StylesTable styles, Receiver receiver) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.receiver = receiver;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                columnIndex = -1;
                receiver.startRow(rowIndex);
            }
            case "c" -> {
                String r = attributes.getValue("r");
                columnIndex = r == null ? columnIndex + 1 : columnOf(r);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value = null;
                inline = null;
            }
            case "v" -> startText();
            case "is" -> {
                inInlineString = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inInlineString && !inPhonetic) {
                    collecting = true;
                }
            }
            default -> {
                // sheet properties, formulas (their cached value is in <v>), merged cells: nothing to read
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
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
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                inline = text.toString();
                inInlineString = false;
            }
            case "c" -> {
                String cell = cellText();
                if (cell != null && !cell.isEmpty()) {
                    receiver.cell(columnIndex, cell);
                }
            }
            case "row" -> receiver.endRow(rowIndex);
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    private void startText() {
        text.setLength(0);
        collecting = true;
    }

    private String cellText() {
        if (type == null || type.equals("n")) {
            return value == null || value.isEmpty() ? null : number(value);
        }
        return switch (type) {
            case "s" -> {
                int index = Integer.parseInt(value.strip());
                yield index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : null;
            }
            case "inlineStr" -> inline != null ? inline : value;
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            default -> value; // "str" (a formula's text result), "e" (an error such as #N/A)
        };
    }

    private String number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        return NumberCells.text(number, isPercent(style));
    }

    private boolean isPercent(int styleIndex) {
        if (styles == null || styleIndex <= 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        if (styleIndex >= percentStyle.length) {
            percentStyle = java.util.Arrays.copyOf(percentStyle, Math.max(styleIndex + 1, percentStyle.length * 2));
        }
        Boolean known = percentStyle[styleIndex];
        if (known == null) {
            String format = styles.getStyleAt(styleIndex).getDataFormatString();
            known = format != null && NumberCells.isPercent(format);
            percentStyle[styleIndex] = known;
        }
        return known;
    }

    /** The column index of a reference such as "AB17". */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }
}
