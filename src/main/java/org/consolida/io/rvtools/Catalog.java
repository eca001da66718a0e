package org.consolida.io.rvtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PolicyKey;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Site;
import org.consolida.io.EnumText;

/**
 * What an RVTools export lacks, from a workbook in the native template: its {@code HostModels} (matched to hosts by
 * vendor and model), {@code Racks}, {@code Sites} and {@code Policy} sheets; other sheets are ignored. Column names
 * follow the native template and match ignoring case, spaces, underscores and a unit in brackets. Read here with
 * POI's usermodel (a catalog is small); once the native reader is on main this could reuse its sheet parsers.
 */
record Catalog(String file, List<Model> models, List<CatalogRack> racks, Map<String, Site> sites, Policy policy) {

    /** Figures of a host model RVTools does not know; null where the catalog leaves a cell blank. */
    record Model(String id, String vendor, String where, Integer rackUnits, Double nicGbps, Double storageGib,
                 PowerCurve powerCurve) {
        boolean matches(String hostVendor, String hostModel) {
            return key(vendor).equals(key(hostVendor)) && key(id).equals(key(hostModel));
        }
    }

    record CatalogRack(String id, String site, int units, double powerKw, String where) {
    }

    static Catalog empty() {
        return new Catalog("", List.of(), List.of(), Map.of(), null);
    }

    static String key(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Catalog read(Path path) {
        String file = path.toString();
        Issues issues = new Issues();
        try (Workbook workbook = WorkbookFactory.create(path.toFile(), null, true)) {
            List<Model> models = models(file, workbook.getSheet("HostModels"), issues);
            List<CatalogRack> racks = racks(file, workbook.getSheet("Racks"), issues);
            Map<String, Site> sites = sites(file, workbook.getSheet("Sites"), issues);
            Policy policy = policy(file, workbook.getSheet("Policy"), issues);
            issues.throwIfErrors();
            if (models.isEmpty() && racks.isEmpty() && sites.isEmpty() && policy == null) {
                throw InvalidInputException.of(file, "", "has none of the sheets HostModels, Racks, Sites, Policy: "
                        + "a catalog is a workbook in the native template (./consolida template FILE.xlsx)");
            }
            return new Catalog(file, models, racks, sites, policy);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(file, "", "cannot be read as a catalog workbook (" + e.getMessage() + ")");
        }
    }

    /** A sheet as rows of text keyed by normalised header, each remembering its row number. */
    private record SheetRows(String sheet, Map<String, Integer> columns, List<Row> rows) {
        String text(Row row, String column) {
            Integer index = columns.get(key(column));
            return index == null ? "" : cellText(row.getCell(index));
        }

        String where(Row row, String column) {
            Integer index = columns.get(key(column));
            return sheet + "!" + (index == null ? "" : CellReference.convertNumToColString(index)) + (row.getRowNum() + 1);
        }

        boolean has(String column) {
            return columns.containsKey(key(column));
        }
    }

    private static SheetRows rows(Sheet sheet) {
        if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
            return null;
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            // "Memory (GiB)" and "memory_gib" are one column: drop everything but letters and digits
            columns.putIfAbsent(key(cellText(cell)), cell.getColumnIndex());
        }
        List<Row> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            rows.add(row);
        }
        return new SheetRows(sheet.getSheetName(), columns, rows);
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (!cellText(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> "";
        };
    }

    private static Double number(String file, SheetRows rows, Row row, String column, Issues issues) {
        String text = rows.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        Double value = Issues.parse(text);
        if (value == null) {
            issues.error(file, rows.where(row, column), column + " \"" + text + "\" is not a number");
        }
        return value;
    }

    private static List<Model> models(String file, Sheet sheet, Issues issues) {
        SheetRows rows = rows(sheet);
        List<Model> models = new ArrayList<>();
        if (rows == null) {
            return models;
        }
        for (Row row : rows.rows()) {
            String id = rows.text(row, "model");
            if (id.isEmpty()) {
                issues.error(file, rows.where(row, "model"), "model is blank: name the host model as vHost's Model shows it");
                continue;
            }
            Double units = number(file, rows, row, "rack_units", issues);
            Double nic = number(file, rows, row, "nic_gbps", issues);
            Double storage = number(file, rows, row, "storage_gib", issues);
            PowerCurve curve = null;
            try {
                curve = curve(file, rows, row, issues);
            } catch (IllegalArgumentException e) {
                issues.error(file, rows.where(row, "watts_0"), e.getMessage());
            }
            models.add(new Model(id, rows.text(row, "vendor"), rows.where(row, "model"),
                    units == null ? null : (int) Math.round(units), nic, storage, curve));
        }
        return models;
    }

    private static PowerCurve curve(String file, SheetRows rows, Row row, Issues issues) {
        if (rows.has("watts_0")) {
            List<Double> watts = new ArrayList<>();
            for (int load = 0; load <= 100; load += 10) {
                Double w = number(file, rows, row, "watts_" + load, issues);
                if (w == null) {
                    return null;
                }
                watts.add(w);
            }
            return new PowerCurve(watts);
        }
        Double idle = number(file, rows, row, "idle_watts", issues);
        Double max = number(file, rows, row, "max_watts", issues);
        return idle == null || max == null ? null : PowerCurve.linear(idle, max);
    }

    private static List<CatalogRack> racks(String file, Sheet sheet, Issues issues) {
        SheetRows rows = rows(sheet);
        List<CatalogRack> racks = new ArrayList<>();
        if (rows == null) {
            return racks;
        }
        for (Row row : rows.rows()) {
            String id = rows.text(row, "rack");
            Double units = number(file, rows, row, "units", issues);
            Double kw = number(file, rows, row, "power_kw", issues);
            if (id.isEmpty() || units == null || kw == null || units < 1 || kw <= 0) {
                issues.error(file, rows.where(row, "rack"), "rack needs rack, site, units (> 0) and power_kw (> 0)");
                continue;
            }
            racks.add(new CatalogRack(id, rows.text(row, "site"), (int) Math.round(units), kw, rows.where(row, "rack")));
        }
        return racks;
    }

    private static Map<String, Site> sites(String file, Sheet sheet, Issues issues) {
        SheetRows rows = rows(sheet);
        Map<String, Site> sites = new LinkedHashMap<>();
        if (rows == null) {
            return sites;
        }
        for (Row row : rows.rows()) {
            Double pue = number(file, rows, row, "pue", issues);
            Double price = number(file, rows, row, "kwh_price", issues);
            Double co2 = number(file, rows, row, "co2_g_per_kwh", issues);
            Double wan = number(file, rows, row, "wan_mbps", issues);
            try {
                Site site = new Site(rows.text(row, "site"), pue == null ? Defaults.PUE : pue,
                        price == null ? Defaults.KWH_PRICE : price, co2 == null ? Defaults.CO2_G_PER_KWH : co2,
                        wan == null ? Defaults.WAN_MBPS : wan);
                sites.put(key(site.id()), site);
            } catch (IllegalArgumentException e) {
                issues.error(file, rows.where(row, "site"), e.getMessage());
            }
        }
        return sites;
    }

    private static Policy policy(String file, Sheet sheet, Issues issues) {
        SheetRows rows = rows(sheet);
        if (rows == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (Row row : rows.rows()) {
            String k = key(rows.text(row, "key"));
            values.put(k, rows.text(row, "value"));
            where.put(k, rows.where(row, "value"));
        }
        PolicyValues v = new PolicyValues(file, values, where, issues);
        try {
            Policy.Builder policy = Policy.builder();
            for (PolicyKey key : PolicyKey.values()) {
                Object value = v.value(key);
                if (value != null) {
                    policy.set(key, value);
                }
            }
            return policy.build();
        } catch (IllegalArgumentException e) {
            issues.error(file, "Policy", e.getMessage());
            return null;
        }
    }

    private record PolicyValues(String file, Map<String, String> values, Map<String, String> where, Issues issues) {
        /** The value the sheet gives a key, or null where it leaves it blank or gives a value it cannot read. */
        Object value(PolicyKey policyKey) {
            String name = policyKey.key();
            String text = values.getOrDefault(key(name), "");
            if (text.isBlank()) {
                return null;
            }
            return switch (policyKey.type()) {
                case NUMBER, FRACTION -> num(name, text);
                case YES_NO -> flag(text);
                case TEXT -> text;
                case CHOICE -> choice(policyKey, text);
            };
        }

        private Double num(String name, String text) {
            Double value = Issues.parse(text);
            if (value == null) {
                issues.error(file, where.get(key(name)), name + " \"" + text + "\" is not a number");
            }
            return value;
        }

        private static boolean flag(String text) {
            String word = text.toLowerCase(Locale.ROOT);
            return word.equals("yes") || word.equals("true") || word.equals("1");
        }

        private Enum<?> choice(PolicyKey policyKey, String text) {
            if (key(text).isEmpty()) {
                return null; // nothing but punctuation: as good as blank
            }
            for (Enum<?> choice : policyKey.choices()) {
                if (key(EnumText.of(choice)).equals(key(text))) {
                    return choice;
                }
            }
            issues.error(file, where.get(key(policyKey.key())), policyKey.key() + " \"" + text + "\" is not "
                    + String.join(" or ", Arrays.stream(policyKey.choices()).map(EnumText::of).toList()));
            return null;
        }
    }
}
