package org.consolida.io.excel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the reader needs of a workbook's styles part: for each cell style, whether its number format shows a percentage
 * or a date. Read by SAX (POI's StylesTable loads the whole part as XMLBeans objects, which a hostile part can make as
 * large as it likes).
 */
public final class CellStyles {
    /** How a number in a cell of a style is meant. */
    public enum Kind { NUMBER, PERCENT, DATE }

    private final Map<Integer, String> formats;
    private final int[] formatOfStyle;
    private final Kind[] kinds;

    private CellStyles(Map<Integer, String> formats, int[] formatOfStyle) {
        this.formats = formats;
        this.formatOfStyle = formatOfStyle;
        this.kinds = new Kind[formatOfStyle.length];
    }

    public static CellStyles none() {
        return new CellStyles(Map.of(), new int[0]);
    }

    public Kind kind(int style) {
        if (style <= 0 || style >= formatOfStyle.length) {
            return Kind.NUMBER;
        }
        Kind known = kinds[style];
        if (known == null) {
            int id = formatOfStyle[style];
            String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            if (format == null) {
                known = Kind.NUMBER;
            } else if (NumberCells.isPercent(format)) {
                known = Kind.PERCENT;
            } else if (DateUtil.isADateFormat(id, format)) {
                known = Kind.DATE;
            } else {
                known = Kind.NUMBER;
            }
            kinds[style] = known;
        }
        return known;
    }

    /** The SAX handler that reads a styles part; {@link #styles()} once parsed. */
    static final class Reader extends DefaultHandler {
        private final Map<Integer, String> formats = new HashMap<>();
        private int[] formatOfStyle = new int[16];
        private int styles;
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "numFmt" -> {
                    Integer id = integer(attributes.getValue("numFmtId"));
                    String code = attributes.getValue("formatCode");
                    if (id != null && code != null) {
                        formats.put(id, code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        if (styles == formatOfStyle.length) {
                            formatOfStyle = Arrays.copyOf(formatOfStyle, styles * 2);
                        }
                        Integer id = integer(attributes.getValue("numFmtId"));
                        formatOfStyle[styles++] = id == null ? 0 : id;
                    }
                }
                default -> {
                    // fonts, fills, borders: not needed to read values
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        CellStyles styles() {
            return new CellStyles(formats, Arrays.copyOf(formatOfStyle, styles));
        }

        private static Integer integer(String text) {
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
