package org.consolida.io.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.Column;
import org.consolida.io.Headers;
import org.consolida.io.InventorySchema;
import org.consolida.io.RawInventory;
import org.consolida.io.RawRow;
import org.consolida.io.RawSheet;
import org.consolida.io.ReadLimits;
import org.consolida.io.SheetSpec;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the JSON form of an inventory into raw rows located by path ({@code workloads[16].memory_gib}). */
public final class JsonInventoryReader {
    private JsonInventoryReader() {
    }

    public static RawInventory read(Path file, String name) {
        return read(file, name, ReadLimits.defaults());
    }

    public static RawInventory read(Path file, String name, ReadLimits limits) {
        String shown = file.toString();
        JsonNode root = StrictJson.read(file, limits);
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidInputException(Problem.error(shown, "", (root == null || root.isMissingNode()
                    ? "the file is empty" : "the top level is not an object")
                    + "; expected an object with the keys sites, racks, hostModels, hypervisors, hosts, workloads, "
                    + "flows, profiles, policy"));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, RawSheet> sheets = new HashMap<>();
        for (SheetSpec spec : InventorySchema.SHEETS) {
            JsonNode node = root.get(spec.jsonKey());
            if (node == null || node.isNull()) {
                if (spec.required()) {
                    problems.add(Problem.error(shown, spec.jsonKey(), "missing; add an array \"" + spec.jsonKey()
                            + "\" of objects with the keys " + String.join(", ", spec.columns().stream()
                            .filter(Column::required).map(Column::name).toList())));
                }
                sheets.put(spec.name(), RawSheet.absent(spec, spec.jsonKey()));
            } else if (spec.name().equals(InventorySchema.POLICY)) {
                sheets.put(spec.name(), policy(shown, spec, node, problems));
            } else {
                sheets.put(spec.name(), rows(shown, spec, node, problems));
            }
        }
        root.fieldNames().forEachRemaining(key -> {
            if (InventorySchema.SHEETS.stream().noneMatch(s -> s.jsonKey().equals(key))) {
                problems.add(Problem.warning(shown, key, "not part of the inventory format; it is ignored"));
            }
        });
        return new RawInventory(shown, name, sheets, problems);
    }

    private static RawSheet rows(String file, SheetSpec spec, JsonNode array, List<Problem> problems) {
        String key = spec.jsonKey();
        List<RawRow> rows = new ArrayList<>();
        if (!array.isArray()) {
            problems.add(Problem.error(file, key, "is not an array; expected an array of objects"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                String where = key + "[" + i + "]";
                if (!item.isObject()) {
                    problems.add(Problem.error(file, where, "is not an object; expected one with the keys "
                            + String.join(", ", spec.columnNames())));
                    continue;
                }
                String[] cells = new String[spec.columns().size()];
                for (Map.Entry<String, JsonNode> field : item.properties()) {
                    Column column = spec.column(field.getKey()).or(() -> Headers.match(spec, field.getKey()))
                            .orElse(null);
                    if (column == null) {
                        problems.add(Problem.warning(file, where + "." + field.getKey(), "not a column of "
                                + spec.name() + "; it is ignored"));
                        continue;
                    }
                    cells[spec.indexOf(column.name())] = text(file, where + "." + field.getKey(), field.getValue(),
                            problems);
                }
                rows.add(new RawRow(i, cells));
            }
        }
        return new RawSheet(spec, true, key, all(spec), rows, new RawSheet.Locator() {
            @Override
            public String cell(RawRow row, int column) {
                return key + "[" + row.number() + "]." + spec.columns().get(column).name();
            }

            @Override
            public String row(RawRow row) {
                return key + "[" + row.number() + "]";
            }
        });
    }

    /** The policy object becomes key/value rows, each located at {@code policy.<key>}. */
    private static RawSheet policy(String file, SheetSpec spec, JsonNode object, List<Problem> problems) {
        List<RawRow> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (!object.isObject()) {
            problems.add(Problem.error(file, spec.jsonKey(), "is not an object; expected an object of policy key "
                    + "and value"));
        } else {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String where = spec.jsonKey() + "." + field.getKey();
                rows.add(new RawRow(keys.size(), new String[] {field.getKey(),
                    text(file, where, field.getValue(), problems)}));
                keys.add(field.getKey());
            }
        }
        return new RawSheet(spec, true, spec.jsonKey(), all(spec), rows, new RawSheet.Locator() {
            @Override
            public String cell(RawRow row, int column) {
                return spec.jsonKey() + "." + keys.get(row.number());
            }

            @Override
            public String row(RawRow row) {
                return cell(row, 0);
            }
        });
    }

    private static String text(String file, String where, JsonNode value, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            problems.add(Problem.error(file, where, "is " + (value.isArray() ? "an array" : "an object")
                    + "; expected a single value"));
            return null;
        }
        return value.asText();
    }

    private static boolean[] all(SheetSpec spec) {
        boolean[] has = new boolean[spec.columns().size()];
        Arrays.fill(has, true);
        return has;
    }
}
