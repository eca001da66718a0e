package org.consolida.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.io.Column;
import org.consolida.io.InventorySchema;
import org.consolida.io.Numbers;
import org.consolida.io.SheetSpec;

/**
 * A valid minimal workbook (the schema's example rows), built with POI's usermodel so that a test can break it one cell
 * at a time: {@code MinimalWorkbook.valid().set("Workloads", 2, "memory_gib", "abc").write(dir)}. Rows are numbered
 * as in Excel: the header is row 1, the first example row 2. Numeric columns hold numeric cells unless a test puts text.
 */
public final class MinimalWorkbook {
    /** Excel's own view of a cell: a value and, optionally, a number format or a formula. */
    public record Formatted(double value, String format) {
    }

    public record Formula(String formula) {
    }

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    private MinimalWorkbook() {
    }

    public static MinimalWorkbook valid() {
        MinimalWorkbook workbook = new MinimalWorkbook();
        for (SheetSpec spec : InventorySchema.SHEETS) {
            workbook.headers.put(spec.name(), new ArrayList<>(spec.columnNames()));
            List<Map<String, Object>> sheetRows = new ArrayList<>();
            for (Map<String, String> example : spec.exampleRows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Column column : spec.columns()) {
                    String text = example.get(column.name());
                    if (text == null || text.isEmpty()) {
                        continue;
                    }
                    Numbers.Parsed number = column.isNumeric() ? Numbers.parse(text) : null;
                    row.put(column.name(), number != null ? (Object) number.value() : text);
                }
                sheetRows.add(row);
            }
            workbook.rows.put(spec.name(), sheetRows);
        }
        return workbook;
    }

    /** Puts a value (String, Number, Formatted, Formula, or null for blank) in a cell of an existing row. */
    public MinimalWorkbook set(String sheet, int excelRow, String column, Object value) {
        Map<String, Object> row = rows.get(sheet).get(excelRow - 2);
        if (value == null) {
            row.remove(column);
        } else {
            row.put(column, value);
        }
        return this;
    }

    /** Adds a row: a copy of the sheet's first row with some cells changed. */
    public MinimalWorkbook addRow(String sheet, Map<String, Object> changes) {
        Map<String, Object> row = new LinkedHashMap<>(rows.get(sheet).get(0));
        row.putAll(changes);
        rows.get(sheet).add(row);
        return this;
    }

    /** Adds a row holding only a blank-looking cell (spaces), which a reader must skip. */
    public MinimalWorkbook addBlankRow(String sheet) {
        rows.get(sheet).add(new LinkedHashMap<>());
        return this;
    }

    /** Adds a header cell at the end of a sheet's header row (a second header for a column, say). */
    public MinimalWorkbook addHeader(String sheet, String text) {
        headers.get(sheet).add(text);
        return this;
    }

    /** Adds a sheet: a copy of another sheet's header and rows under a new name. */
    public MinimalWorkbook copySheet(String sheet, String name) {
        headers.put(name, new ArrayList<>(headers.get(sheet)));
        List<Map<String, Object>> copy = new ArrayList<>();
        rows.get(sheet).forEach(row -> copy.add(new LinkedHashMap<>(row)));
        rows.put(name, copy);
        return this;
    }

    public MinimalWorkbook removeColumn(String sheet, String column) {
        headers.get(sheet).remove(column);
        return this;
    }

    /** Writes another header text for a column (a unit in brackets, other case). */
    public MinimalWorkbook header(String sheet, String column, String text) {
        List<String> names = headers.get(sheet);
        names.set(names.indexOf(column), text);
        rows.get(sheet).forEach(row -> {
            if (row.containsKey(column)) {
                row.put(text, row.remove(column));
            }
        });
        return this;
    }

    public MinimalWorkbook removeSheet(String sheet) {
        headers.remove(sheet);
        rows.remove(sheet);
        return this;
    }

    /** The address of a cell, such as Workloads!E2, from the column's position in the header. */
    public String cell(String sheet, String column, int excelRow) {
        return sheet + "!" + CellReference.convertNumToColString(headers.get(sheet).indexOf(column)) + excelRow;
    }

    public Path write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<String> names = entry.getValue();
                Row header = sheet.createRow(0);
                for (int c = 0; c < names.size(); c++) {
                    header.createCell(c).setCellValue(names.get(c));
                }
                int r = 1;
                for (Map<String, Object> values : rows.get(entry.getKey())) {
                    Row row = sheet.createRow(r++);
                    if (values.isEmpty()) {
                        row.createCell(0).setCellValue("   ");
                    }
                    for (int c = 0; c < names.size(); c++) {
                        Object value = values.get(names.get(c));
                        if (value != null) {
                            put(workbook, row.createCell(c), value);
                        }
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    private static void put(XSSFWorkbook workbook, Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Formatted f) {
            cell.setCellValue(f.value());
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f.format()));
            cell.setCellStyle(style);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
