package org.consolida.io.rvtools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Site;
import org.consolida.inventory.Problem;
import org.consolida.io.Column;
import org.consolida.io.InventorySchema;
import org.consolida.io.Numbers;
import org.consolida.io.PolicyRows;
import org.consolida.io.RawInventory;
import org.consolida.io.RawRow;
import org.consolida.io.RawSheet;
import org.consolida.io.ReadLimits;
import org.consolida.io.excel.ExcelInventoryReader;

/**
 * What an RVTools export lacks, from a workbook in the native template: its {@code HostModels} (matched to hosts by
 * vendor and model), {@code Racks}, {@code Sites} and {@code Policy} sheets; other sheets are ignored. Column names
 * follow the native template and match ignoring case, spaces, underscores and a unit in brackets. Read by the native
 * reader ({@link ExcelInventoryReader#readSheets}: the same streaming path, limits and header matching as a template),
 * numbers by the one parser under the template's ranges, and the Policy sheet by the template's {@link PolicyRows}, so
 * a catalog's "maybe" is refused as the template refuses it; no sheet or column of a catalog is required.
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
        RawInventory raw = ExcelInventoryReader.readSheets(path, ReadLimits.defaults(), Set.of(
                InventorySchema.HOST_MODELS, InventorySchema.RACKS, InventorySchema.SITES, InventorySchema.POLICY));
        Issues issues = new Issues();
        raw.readerProblems().stream().filter(Problem::isError).forEach(issues::add);
        List<Model> models = models(file, raw.sheet(InventorySchema.HOST_MODELS_SHEET), issues);
        List<CatalogRack> racks = racks(file, raw.sheet(InventorySchema.RACKS_SHEET), issues);
        Map<String, Site> sites = sites(file, raw.sheet(InventorySchema.SITES_SHEET), issues);
        Policy policy = null;
        RawSheet policySheet = raw.sheet(InventorySchema.POLICY_SHEET);
        if (policySheet.present()) {
            List<Problem> problems = new ArrayList<>();
            policy = PolicyRows.read(file, policySheet, problems); // the template's own reading of the sheet
            problems.stream().filter(Problem::isError).forEach(issues::add);
        }
        issues.throwIfErrors();
        if (models.isEmpty() && racks.isEmpty() && sites.isEmpty() && policy == null) {
            throw InvalidInputException.of(file, "", "has none of the sheets HostModels, Racks, Sites, Policy: "
                    + "a catalog is a workbook in the native template (./consolida template FILE.xlsx)");
        }
        return new Catalog(file, models, racks, sites, policy);
    }

    /** A sheet of the catalog as the native reader found it; blank where the sheet or column is absent. */
    private record Rows(String file, RawSheet sheet, Issues issues) {
        List<RawRow> rows() {
            return sheet.present() ? sheet.rows() : List.of();
        }

        boolean has(String column) {
            return sheet.present() && sheet.hasColumn()[sheet.spec().indexOf(column)];
        }

        String text(RawRow row, String column) {
            String text = row.cell(sheet.spec().indexOf(column));
            return text == null ? "" : text.strip();
        }

        String where(RawRow row, String column) {
            return sheet.cell(row, sheet.spec().indexOf(column));
        }

        /** A number under its column's rules (the one parser, the template's range); null when blank or bad. */
        Double number(RawRow row, String column) {
            String text = text(row, column);
            if (text.isEmpty()) {
                return null;
            }
            Column spec = sheet.spec().column(column).orElseThrow();
            Numbers.Parsed parsed = Numbers.parse(text);
            if (parsed == null || parsed.percent()) {
                issues.error(file, where(row, column), column + " \"" + text + "\" is not a number");
                return null;
            }
            if (!spec.inRange(parsed.value())) {
                issues.error(file, where(row, column), column + " " + Numbers.text(parsed.value())
                        + " is out of range; it must be " + spec.rangeText() + (spec.unit().isEmpty() ? ""
                        : " " + spec.unit()));
                return null;
            }
            return parsed.value();
        }
    }

    private static List<Model> models(String file, RawSheet sheet, Issues issues) {
        Rows rows = new Rows(file, sheet, issues);
        List<Model> models = new ArrayList<>();
        for (RawRow row : rows.rows()) {
            String id = rows.text(row, "model");
            if (id.isEmpty()) {
                issues.error(file, rows.where(row, "model"), "model is blank: name the host model as vHost's Model "
                        + "shows it");
                continue;
            }
            Double units = rows.number(row, "rack_units");
            Double nic = rows.number(row, "nic_gbps");
            Double storage = rows.number(row, "storage_gib");
            PowerCurve curve = null;
            try {
                curve = curve(rows, row);
            } catch (IllegalArgumentException e) {
                issues.error(file, rows.where(row, "watts_0"), e.getMessage());
            }
            models.add(new Model(id, rows.text(row, "vendor"), rows.where(row, "model"),
                    units == null ? null : (int) Math.round(units), nic, storage, curve));
        }
        return models;
    }

    private static PowerCurve curve(Rows rows, RawRow row) {
        if (rows.has("watts_0")) {
            List<Double> watts = new ArrayList<>();
            for (String column : InventorySchema.WATTS_COLUMNS) {
                Double w = rows.number(row, column);
                if (w == null) {
                    return null;
                }
                watts.add(w);
            }
            return new PowerCurve(watts);
        }
        Double idle = rows.number(row, "idle_watts");
        Double max = rows.number(row, "max_watts");
        return idle == null || max == null ? null : PowerCurve.linear(idle, max);
    }

    private static List<CatalogRack> racks(String file, RawSheet sheet, Issues issues) {
        Rows rows = new Rows(file, sheet, issues);
        List<CatalogRack> racks = new ArrayList<>();
        for (RawRow row : rows.rows()) {
            String id = rows.text(row, "rack");
            Double units = rows.number(row, "units");
            Double kw = rows.number(row, "power_kw");
            if (id.isEmpty() || units == null || kw == null || units < 1 || kw <= 0) {
                issues.error(file, rows.where(row, "rack"), "rack needs rack, site, units (> 0) and power_kw (> 0)");
                continue;
            }
            racks.add(new CatalogRack(id, rows.text(row, "site"), (int) Math.round(units), kw, rows.where(row, "rack")));
        }
        return racks;
    }

    private static Map<String, Site> sites(String file, RawSheet sheet, Issues issues) {
        Rows rows = new Rows(file, sheet, issues);
        Map<String, Site> sites = new LinkedHashMap<>();
        for (RawRow row : rows.rows()) {
            Double pue = rows.number(row, "pue");
            Double price = rows.number(row, "kwh_price");
            Double co2 = rows.number(row, "co2_g_per_kwh");
            Double wan = rows.number(row, "wan_mbps");
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
}
