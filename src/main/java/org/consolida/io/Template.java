package org.consolida.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Inventory;

/**
 * The template's example inventory: the schema's example values, one row per sheet (two where a sheet needs them),
 * read through the same builder as a user's file, so the examples always form a valid inventory.
 */
public final class Template {
    private Template() {
    }

    public static Inventory exampleInventory() {
        Map<String, RawSheet> sheets = new HashMap<>();
        for (SheetSpec spec : InventorySchema.SHEETS) {
            List<RawRow> rows = new ArrayList<>();
            int number = 0;
            for (Map<String, String> example : spec.exampleRows()) {
                String[] cells = new String[spec.columns().size()];
                for (int c = 0; c < cells.length; c++) {
                    String value = example.get(spec.columns().get(c).name());
                    cells[c] = value == null || value.isEmpty() ? null : value;
                }
                rows.add(new RawRow(number++, cells));
            }
            boolean[] all = new boolean[spec.columns().size()];
            Arrays.fill(all, true);
            sheets.put(spec.name(), new RawSheet(spec, true, spec.name(), all, rows, new RawSheet.Locator() {
                @Override
                public String cell(RawRow row, int column) {
                    return spec.name() + " example " + (row.number() + 1) + " " + spec.columns().get(column).name();
                }

                @Override
                public String row(RawRow row) {
                    return spec.name() + " example " + (row.number() + 1);
                }
            }));
        }
        return InventoryBuilder.build(new RawInventory("schema", "template", sheets, List.of())).inventory();
    }

    /** Writes the template workbook: the example inventory, with the Instructions sheet and drop-downs. */
    public static void write(Path target) {
        Inventories.write(exampleInventory(), target);
    }
}
