package org.consolida.io.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.Column;
import org.consolida.io.Headers;
import org.consolida.io.InventorySchema;
import org.consolida.io.RawInventory;
import org.consolida.io.RawRow;
import org.consolida.io.RawSheet;
import org.consolida.io.SheetSpec;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a native Consolida workbook into raw rows with POI's streaming API (XSSFReader over the zip, a SAX handler per
 * sheet), so a sheet of 100,000 workloads never sits in memory as cell objects. Formulas give their cached value;
 * POI's zip-bomb protection stays on.
 */
public final class ExcelInventoryReader {
    /** Larger files are refused before opening: no real inventory comes near this. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private ExcelInventoryReader() {
    }

    public static RawInventory read(Path file, String name) {
        String shown = file.toString();
        checkLooksLikeWorkbook(file, shown);
        List<Problem> problems = new ArrayList<>();
        Map<String, RawSheet> sheets = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = SharedStrings.read(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream in = iterator.next()) {
                    String sheetName = iterator.getSheetName();
                    SheetSpec spec = InventorySchema.sheet(sheetName.strip()).orElse(null);
                    if (spec == null || sheets.containsKey(spec.name())) {
                        continue; // Instructions, notes and other sheets of the user's own
                    }
                    SheetCollector collector = new SheetCollector(shown, spec, sheetName, problems);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetCells(strings, styles, collector));
                    xml.parse(new InputSource(in));
                    sheets.put(spec.name(), collector.finish());
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (EmptyFileException e) {
            throw invalid(shown, "the file is empty; expected an Excel workbook (.xlsx)");
        } catch (InvalidFormatException | UnsupportedFileFormatException | OpenXML4JRuntimeException e) {
            throw invalid(shown, "is a zip archive but not an Excel workbook; save the inventory from Excel as .xlsx");
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | RuntimeException e) {
            throw invalid(shown, unreadable(e));
        }
        for (SheetSpec spec : InventorySchema.SHEETS) {
            if (!sheets.containsKey(spec.name())) {
                if (spec.required()) {
                    problems.add(Problem.error(shown, spec.name(), "sheet missing; add a sheet named " + spec.name()
                            + " with the header row " + String.join(", ", requiredColumns(spec))));
                }
                sheets.put(spec.name(), RawSheet.absent(spec, spec.name()));
            }
        }
        return new RawInventory(shown, name, sheets, problems);
    }

    private static String unreadable(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("ratio")) {
            return "refused by zip-bomb protection: a part of this workbook expands far beyond its compressed size ("
                    + message.lines().findFirst().orElse("") + ")";
        }
        return "cannot read this workbook: " + message.lines().findFirst().orElse(message)
                + "; open it in Excel and save it again as .xlsx";
    }

    /** One clear message for what is not a workbook at all, before POI sees it. */
    private static void checkLooksLikeWorkbook(Path file, String shown) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw invalid(shown, "cannot read the file: " + e.getMessage());
        }
        if (size == 0) {
            throw invalid(shown, "the file is empty; expected an Excel workbook (.xlsx)");
        }
        if (size > MAX_FILE_BYTES) {
            throw invalid(shown, "the file is too large (" + size / (1024 * 1024) + " MiB; at most "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MiB); split the inventory or use JSON");
        }
        FileMagic magic;
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
            head = in.readNBytes(512);
        } catch (IOException e) {
            throw invalid(shown, "cannot read the file: " + e.getMessage());
        }
        switch (magic) {
            case OOXML:
                return;
            case OLE2:
                throw invalid(shown, "is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx");
            default:
                throw invalid(shown, "is not an Excel workbook (.xlsx)" + (looksLikeText(head) ? "; it holds plain text"
                        : "") + "; save the inventory from Excel as .xlsx");
        }
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(String file, String message) {
        return new InvalidInputException(Problem.error(file, "", message));
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
        private String[] current;
        private boolean currentBlank;
        private int currentRow;

        SheetCollector(String file, SheetSpec spec, String sheetName, List<Problem> problems) {
            this.file = file;
            this.spec = spec;
            this.sheetName = sheetName;
            this.problems = problems;
            this.letterIndexOfSchema = new int[spec.columns().size()];
            java.util.Arrays.fill(letterIndexOfSchema, -1);
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
                return;
            }
            rows.add(new RawRow(rowNum + 1, current));
        }

        private void header() {
            int width = headerCells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            schemaIndexOf = new int[width];
            java.util.Arrays.fill(schemaIndexOf, -1);
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
                    problems.add(Problem.warning(file, where, "column \"" + entry.getValue() + "\" repeats "
                            + column.name() + "; the first one is read"));
                    return;
                }
                letterIndexOfSchema[index] = entry.getKey();
                schemaIndexOf[entry.getKey()] = index;
            });
        }

        RawSheet finish() {
            boolean[] has = new boolean[spec.columns().size()];
            if (schemaIndexOf == null) {
                if (spec.required()) {
                    problems.add(Problem.error(file, sheetName, "the sheet is empty; add the header row "
                            + String.join(", ", requiredColumns(spec)) + " and one row per item"));
                }
            } else {
                for (int i = 0; i < has.length; i++) {
                    has[i] = letterIndexOfSchema[i] >= 0;
                    Column column = spec.columns().get(i);
                    if (!has[i] && column.required()) {
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
