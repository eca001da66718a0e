package org.consolida.io.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.consolida.io.Column;
import org.consolida.io.InventoryFormatDoc;
import org.consolida.io.InventorySchema;
import org.consolida.io.SheetSpec;

/** The Instructions sheet: how the workbook is read, then every sheet and column with its unit and meaning. */
final class Instructions {
    static final String SHEET = "Instructions";
    private static final String[] HEADER = {"sheet", "column", "type", "unit", "required / default", "meaning",
        "example"};

    private Instructions() {
    }

    static void write(SXSSFWorkbook workbook, ExcelInventoryWriter.Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(SHEET);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue("Consolida inventory");
        title.getCell(0).setCellStyle(styles.title);
        for (String line : InventoryFormatDoc.rules()) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
            header.getCell(c).setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, r);
        for (SheetSpec spec : InventorySchema.SHEETS) {
            Row about = sheet.createRow(r++);
            about.createCell(0).setCellValue(spec.name());
            about.getCell(0).setCellStyle(styles.header);
            about.createCell(5).setCellValue((spec.required() ? "" : "Optional sheet. ") + spec.meaning());
            for (Column column : spec.columns()) {
                r = row(sheet, r, spec.name(), column);
            }
            if (spec.name().equals(InventorySchema.POLICY)) {
                for (Column key : InventorySchema.POLICY_KEYS) {
                    r = row(sheet, r, "Policy key", key);
                }
            }
        }
        int[] widths = {14, 24, 14, 20, 18, 90, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static int row(SXSSFSheet sheet, int r, String sheetName, Column column) {
        Row row = sheet.createRow(r);
        List<String> cells = List.of(sheetName, column.name(), InventoryFormatDoc.typeText(column), column.unit(),
                InventoryFormatDoc.requiredText(column), column.meaning(), column.example());
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
        return r + 1;
    }
}
