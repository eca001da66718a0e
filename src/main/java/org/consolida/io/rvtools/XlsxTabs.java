package org.consolida.io.rvtools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consolida.io.BlankRows;
import org.consolida.io.ReadLimits;
import org.consolida.io.excel.CellStyles;
import org.consolida.io.excel.SheetCells;
import org.consolida.io.excel.XlsxFile;

/**
 * Reads the tabs of an RVTools workbook through the native reader's streaming path ({@link XlsxFile}): exports of
 * tens of thousands of VMs stay small in memory, every part is read under the read limits, a blank row inside a tab is
 * skipped with a warning (the rows below it are read), and a tab that claims 1,048,576 rows costs only its real rows.
 */
final class XlsxTabs {
    private XlsxTabs() {
    }

    static Export read(Path path, ReadLimits limits) {
        String file = path.toString();
        Export export = new Export(file);
        try (XlsxFile workbook = XlsxFile.open(path, limits)) {
            List<XlsxFile.Sheet> tabs = workbook.sheets().stream()
                    .filter(s -> Export.TABS.contains(s.name().toLowerCase(Locale.ROOT))).toList();
            for (XlsxFile.Sheet tab : tabs) {
                export.claim(tab.name(), tab.name());
            }
            export.throwIfAmbiguous();
            if (tabs.isEmpty()) {
                return export;
            }
            List<String> strings = workbook.sharedStrings();
            CellStyles styles = workbook.styles();
            for (XlsxFile.Sheet tab : tabs) {
                Rows rows = new Rows();
                workbook.readSheet(tab, strings, styles, rows);
                export.add(new Table(file, tab.name(), false, rows.header, rows.data, rows.numbers()));
                export.warnings().addAll(rows.blankRows.warning(file, tab.name()));
            }
        }
        return export;
    }

    /** The 0-based column of a reference such as {@code AB12}. */
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

    /** Collects the header row and every non-blank row below it, noting the blank ones between. */
    private static final class Rows implements SheetCells.Receiver {
        final List<String> header = new ArrayList<>();
        final List<String[]> data = new ArrayList<>();
        final BlankRows blankRows = new BlankRows();
        private final List<Integer> rowNumbers = new ArrayList<>();
        private boolean haveHeader;
        private int lastRow = -1;
        private List<String> headerCells;
        private String[] cells;
        private boolean blank;

        @Override
        public void startRow(int rowNum) {
            blank = true;
            if (!haveHeader) {
                headerCells = new ArrayList<>();
            } else {
                cells = new String[header.size()];
            }
        }

        @Override
        public void cell(int column, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            blank = false;
            if (!haveHeader) {
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
            if (blank) {
                return; // blank rows above the header are nothing; inside the data they are counted at the next row
            }
            if (!haveHeader) {
                header.addAll(headerCells);
                haveHeader = true;
            } else {
                blankRows.skipped(lastRow + 2, rowNum);
                data.add(cells);
                rowNumbers.add(rowNum + 1);
            }
            lastRow = rowNum;
        }

        int[] numbers() {
            return rowNumbers.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
