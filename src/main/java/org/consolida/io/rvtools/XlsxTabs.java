package org.consolida.io.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.consolida.inventory.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the tabs of an RVTools workbook with POI's streaming (SAX) reader: exports of tens of thousands of VMs stay
 * small in memory, and a tab that claims 1,048,576 rows is read only up to its first empty row.
 */
final class XlsxTabs {
    private XlsxTabs() {
    }

    static Export read(Path path) {
        String file = path.toString();
        Export export = new Export(file);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings;
            try (InputStream in = sharedStrings(reader)) {
                strings = PlainSharedStrings.read(in);
            }
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (Export.TABS.contains(name.toLowerCase(Locale.ROOT))) {
                        export.add(readTab(file, name, in, styles, strings));
                    }
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw InvalidInputException.of(file, "", "not an Excel workbook (.xlsx) nor a zip of RVTools CSV files: "
                    + "export it again from RVTools");
        } catch (IOException | OpenXML4JException | SAXException e) {
            throw InvalidInputException.of(file, "", "cannot be read as a workbook (" + e.getMessage() + ")");
        }
        return export;
    }

    private static InputStream sharedStrings(XSSFReader reader) {
        try {
            return reader.getSharedStringsData();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return null; // a workbook without text cells has no shared strings part
        }
    }

    /** The 0-based column of a reference such as {@code AB12}, without POI's regular-expression parse. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private static Table readTab(String file, String name, InputStream in, StylesTable styles, SharedStrings strings)
            throws IOException, SAXException {
        Rows rows = new Rows();
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new RawNumbers(), false));
        try {
            xml.parse(new InputSource(in));
        } catch (StopTab stop) {
            // the first empty row ends the tab
        } catch (SAXException e) {
            if (!(e.getCause() instanceof StopTab) && !(e.getException() instanceof StopTab)) {
                throw e;
            }
        }
        return new Table(file, name, false, rows.headerRow + 2, rows.header, rows.data);
    }

    /** Thrown out of the SAX callbacks to stop reading a tab at its first empty row. */
    private static final class StopTab extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopTab() {
            super(null, null, false, false);
        }
    }

    /** Collects the header row and the data rows below it, stopping at the first empty or missing row. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<String> header = new ArrayList<>();
        final List<String[]> data = new ArrayList<>();
        int headerRow = -1;
        private int expectedRow = -1;
        private List<String> headerCells;
        private String[] cells;
        private boolean blank;
        private int lastColumn;

        @Override
        public void startRow(int rowNum) {
            if (headerRow >= 0 && rowNum != expectedRow) {
                throw new StopTab(); // a row with nothing in it is not written at all
            }
            blank = true;
            lastColumn = -1;
            if (headerRow < 0) {
                headerCells = new ArrayList<>();
            } else {
                cells = new String[header.size()];
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : column(reference);
            lastColumn = column;
            if (value == null || value.isBlank()) {
                return;
            }
            blank = false;
            if (headerRow < 0) {
                while (headerCells.size() <= column) {
                    headerCells.add("");
                }
                headerCells.set(column, value);
            } else if (column < cells.length) {
                cells[column] = value;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (headerRow < 0) {
                if (blank) {
                    throw new StopTab(); // no header: an empty tab
                }
                header.addAll(headerCells);
                headerRow = rowNum;
            } else if (blank) {
                throw new StopTab();
            } else {
                data.add(cells);
            }
            expectedRow = rowNum + 1;
        }
    }

    /**
     * Numbers as they are stored, not as the cell's format would show them (no thousands separators, no rounding);
     * a percent format keeps the percent figure the user sees, with its sign ({@code 0.14} → {@code 14%}).
     */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return raw(value, formatString);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return raw(value, formatString);
        }

        private static String raw(double value, String formatString) {
            if (formatString != null && formatString.contains("%") && !formatString.contains("\"%")) {
                return NumberToTextConverter.toText(value * 100) + "%";
            }
            return NumberToTextConverter.toText(value);
        }
    }
}
