package org.consolida.io.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.BlankRows;
import org.consolida.io.Column;
import org.consolida.io.Headers;
import org.consolida.io.InventorySchema;
import org.consolida.io.ReadLimits;
import org.consolida.io.RawInventory;
import org.consolida.io.RawRow;
import org.consolida.io.RawSheet;
import org.consolida.io.SheetSpec;

/**
 * Reads a native Consolida workbook into raw rows, streaming each sheet through {@link XlsxFile} (the zip read by the
 * JDK, every part by SAX under the read limits), so a sheet of 100,000 workloads never sits in memory as cell objects
 * and a hostile part is refused while it inflates. Formulas give their cached value.
 */
public final class ExcelInventoryReader {
    private ExcelInventoryReader() {
    }

    public static RawInventory read(Path file, String name) {
        return read(file, name, ReadLimits.defaults());
    }

    public static RawInventory read(Path file, String name, ReadLimits limits) {
        return read(file, name, limits, null);
    }

    /**
     * Some sheets of a workbook in the native template, for a catalog: the sheets named (others are not read), none of
     * them required and none of their columns either; what is missing is simply absent.
     */
    public static RawInventory readSheets(Path file, ReadLimits limits, Set<String> sheetNames) {
        return read(file, "", limits, sheetNames);
    }

    /** @param only the sheets to read, none required (a catalog); null: every sheet of the template, as required */
    private static RawInventory read(Path file, String name, ReadLimits limits, Set<String> only) {
        String shown = file.toString();
        boolean strict = only == null;
        List<Problem> problems = new ArrayList<>();
        Map<String, RawSheet> sheets = new HashMap<>();
        try (XlsxFile workbook = XlsxFile.open(file, limits)) {
            Map<String, String> sheetNameOf = new HashMap<>();
            List<XlsxFile.Sheet> ours = new ArrayList<>();
            for (XlsxFile.Sheet sheet : workbook.sheets()) {
                SheetSpec spec = InventorySchema.sheet(sheet.name().strip()).orElse(null);
                if (spec == null || (only != null && !only.contains(spec.name()))) {
                    continue; // Instructions, notes and other sheets of the user's own
                }
                String first = sheetNameOf.putIfAbsent(spec.name(), sheet.name());
                if (first != null) {
                    problems.add(Problem.error(shown, sheet.name(), "sheet \"" + sheet.name() + "\" and sheet \""
                            + first + "\" both stand for " + spec.name() + "; rename or delete one of them"));
                    continue;
                }
                ours.add(sheet);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<String> strings = ours.isEmpty() ? List.of() : workbook.sharedStrings();
            CellStyles styles = ours.isEmpty() ? CellStyles.none() : workbook.styles();
            for (XlsxFile.Sheet sheet : ours) {
                SheetSpec spec = InventorySchema.sheet(sheet.name().strip()).orElseThrow();
                SheetCollector collector = new SheetCollector(shown, spec, sheet.name(), problems, strict);
                workbook.readSheet(sheet, strings, styles, collector);
                sheets.put(spec.name(), collector.finish());
            }
        }
        for (SheetSpec spec : InventorySchema.SHEETS) {
            if (!sheets.containsKey(spec.name())) {
                if (spec.required() && strict) {
                    problems.add(Problem.error(shown, spec.name(), "sheet missing; add a sheet named " + spec.name()
                            + " with the header row " + String.join(", ", requiredColumns(spec))));
                }
                sheets.put(spec.name(), RawSheet.absent(spec, spec.name()));
            }
        }
        return new RawInventory(shown, name, sheets, problems);
    }

    static List<String> requiredColumns(SheetSpec spec) {
        return spec.columns().stream().filter(Column::required).map(Column::name).toList();
    }

    /** Receives the cells of one sheet: the first non-blank row is the header, blank rows are skipped. */
    private static final class SheetCollector implements SheetCells.Receiver {
        private final String file;
        private final SheetSpec spec;
        private final String sheetName;
        private final List<Problem> problems;
        private final List<RawRow> rows = new ArrayList<>();
        /** For each spreadsheet column index, the schema column it holds, or -1. */
        private int[] schemaIndexOf = null;
        private final Map<Integer, String> headerCells = new HashMap<>();
        private final int[] letterIndexOfSchema;
        private final BlankRows blankRows = new BlankRows();
        private String[] current;
        private boolean currentBlank;
        private int currentRow;
        /** The 0-based index of the header or the last data row read. */
        private int lastRow = -1;

        /** Whether required columns and a required sheet's content are enforced (not for a catalog). */
        private final boolean strict;

        SheetCollector(String file, SheetSpec spec, String sheetName, List<Problem> problems, boolean strict) {
            this.strict = strict;
            this.file = file;
            this.spec = spec;
            this.sheetName = sheetName;
            this.problems = problems;
            this.letterIndexOfSchema = new int[spec.columns().size()];
            Arrays.fill(letterIndexOfSchema, -1);
        }

        @Override
        public void startRow(int rowNum) {
            currentRow = rowNum;
            current = new String[spec.columns().size()];
            currentBlank = true;
            headerCells.clear();
        }

        @Override
        public void cell(int column, String formattedValue) {
            if (formattedValue.isBlank()) {
                return;
            }
            if (schemaIndexOf == null) {
                headerCells.put(column, formattedValue.strip());
                currentBlank = false;
                return;
            }
            if (column < schemaIndexOf.length && schemaIndexOf[column] >= 0) {
                current[schemaIndexOf[column]] = formattedValue;
                currentBlank = false;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (currentBlank) {
                return;
            }
            if (schemaIndexOf == null) {
                header();
                lastRow = rowNum;
                return;
            }
            blankRows.skipped(lastRow + 2, rowNum); // 1-based: the rows between the last one read and this one
            lastRow = rowNum;
            rows.add(new RawRow(rowNum + 1, current));
        }

        private void header() {
            int width = headerCells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            schemaIndexOf = new int[width];
            Arrays.fill(schemaIndexOf, -1);
            headerCells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                String where = sheetName + "!" + new CellReference(currentRow, entry.getKey()).formatAsString(false);
                Column column = Headers.match(spec, entry.getValue()).orElse(null);
                if (column == null) {
                    problems.add(Problem.warning(file, where, "column \"" + entry.getValue() + "\" is not part of "
                            + spec.name() + "; it is ignored"));
                    return;
                }
                int index = spec.indexOf(column.name());
                if (letterIndexOfSchema[index] >= 0) {
                    String first = sheetName + "!" + new CellReference(currentRow, letterIndexOfSchema[index])
                            .formatAsString(false);
                    problems.add(Problem.error(file, where, "column \"" + entry.getValue() + "\" and the column at "
                            + first + " both stand for " + column.name() + "; delete or rename one of them"));
                    return;
                }
                letterIndexOfSchema[index] = entry.getKey();
                schemaIndexOf[entry.getKey()] = index;
            });
        }

        RawSheet finish() {
            problems.addAll(blankRows.warning(file, sheetName));
            boolean[] has = new boolean[spec.columns().size()];
            if (schemaIndexOf == null) {
                if (spec.required() && strict) {
                    problems.add(Problem.error(file, sheetName, "the sheet is empty; add the header row "
                            + String.join(", ", requiredColumns(spec)) + " and one row per item"));
                }
            } else {
                for (int i = 0; i < has.length; i++) {
                    has[i] = letterIndexOfSchema[i] >= 0;
                    Column column = spec.columns().get(i);
                    if (!has[i] && column.required() && strict) {
                        problems.add(Problem.error(file, sheetName, "missing column " + column.name() + " ("
                                + describe(column) + "); add it to the header row"));
                    }
                }
            }
            String[] letters = new String[has.length];
            for (int i = 0; i < has.length; i++) {
                letters[i] = has[i] ? CellReference.convertNumToColString(letterIndexOfSchema[i]) : null;
            }
            String idLetter = letters[0] != null ? letters[0] : "A";
            String prefix = sheetName + "!";
            RawSheet.Locator locator = new RawSheet.Locator() {
                @Override
                public String cell(RawRow row, int column) {
                    return letters[column] == null ? row(row) : prefix + letters[column] + row.number();
                }

                @Override
                public String row(RawRow row) {
                    return prefix + idLetter + row.number();
                }
            };
            return new RawSheet(spec, true, sheetName, has, List.copyOf(rows), locator);
        }

        private static String describe(Column column) {
            String meaning = column.meaning().endsWith(".")
                    ? column.meaning().substring(0, column.meaning().length() - 1) : column.meaning();
            return meaning + (column.unit().isEmpty() ? "" : ", in " + column.unit());
        }
    }
}
