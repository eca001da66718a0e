package org.consolida.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.consolida.inventory.Inventory;
import org.consolida.io.AtomicFiles;
import org.consolida.io.Column;
import org.consolida.io.ColumnType;
import org.consolida.io.InventoryRows;
import org.consolida.io.InventorySchema;
import org.consolida.io.Numbers;
import org.consolida.io.SheetSpec;

/**
 * Writes an inventory as a native workbook with POI's streaming API: an Instructions sheet, then one sheet per entity
 * with a frozen header, drop-downs on enumerated columns and readable widths. The same inventory always gives the same
 * bytes (fixed document dates, fixed zip entry times), which the generator's "same seed, same file" relies on.
 */
public final class ExcelInventoryWriter {
    /** Rows below the data that still get the drop-downs, so users can add rows. */
    private static final int VALIDATED_SPARE_ROWS = 1000;
    private static final int MAX_ROW = 1_048_575;

    private ExcelInventoryWriter() {
    }

    public static void write(Inventory inventory, Path target) {
        AtomicFiles.write(target, out -> write(inventory, out));
    }

    public static void write(Inventory inventory, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, false);
        try {
            Styles styles = new Styles(workbook);
            Instructions.write(workbook, styles);
            for (Map.Entry<SheetSpec, List<Object[]>> sheet : InventoryRows.of(inventory).entrySet()) {
                writeSheet(workbook, styles, sheet.getKey(), sheet.getValue());
            }
            DeterministicZip.write(workbook, out);
        } finally {
            workbook.close();
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, SheetSpec spec, List<Object[]> rows) {
        SXSSFSheet sheet = workbook.createSheet(spec.name());
        List<Column> columns = spec.columns();
        Row header = sheet.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).name());
            header.getCell(c).setCellStyle(styles.header);
            widths[c] = Math.max(columns.get(c).name().length(), columns.get(c).example().length());
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                if (value instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else if (value instanceof Long l) {
                    row.createCell(c).setCellValue(l);
                } else if (value instanceof Boolean b) {
                    row.createCell(c).setCellValue(b ? "yes" : "no");
                } else {
                    row.createCell(c).setCellValue(value.toString());
                }
                if (r < 200) {
                    int length = value instanceof Double d ? Numbers.text(d).length() : value.toString().length();
                    widths[c] = Math.max(widths[c], length);
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, widths[c] + 3) * 256);
        }
        if (spec.name().equals(InventorySchema.POLICY)) {
            dropDown(sheet, 0, r, List.of(InventorySchema.POLICY_KEYS.stream().map(Column::name)
                    .toArray(String[]::new)), "key", "a policy key");
            return;
        }
        int lastRow = Math.min(MAX_ROW, r - 1 + VALIDATED_SPARE_ROWS);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.type() == ColumnType.ENUMERATION || column.type() == ColumnType.YES_NO) {
                dropDown(sheet, c, lastRow, List.of(column.allowed().toArray(String[]::new)), column.name(),
                        String.join(", ", column.allowed()));
            }
        }
    }

    private static void dropDown(Sheet sheet, int column, int lastRow, List<String> values, String name,
                                 String allowedText) {
        if (String.join(",", values).length() > 255) {
            return; // Excel limits an explicit list to 255 characters; the Instructions sheet still lists the values
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, Math.max(1, lastRow), column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(name, "Choose one of: " + allowedText);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** The few cell styles the workbook uses, created once (a workbook has a limited number of styles). */
    static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle wrap;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }
}
