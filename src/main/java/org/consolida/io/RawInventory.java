package org.consolida.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Problem;

/**
 * What a reader hands to {@link InventoryBuilder}: every sheet of the schema (absent ones marked so) and the problems
 * the reader itself found (an unknown column, say), keyed by sheet name.
 */
public record RawInventory(String file, String name, Map<String, RawSheet> sheets, List<Problem> readerProblems) {
    public RawInventory {
        sheets = Map.copyOf(sheets);
        readerProblems = new ArrayList<>(readerProblems);
    }

    public RawSheet sheet(SheetSpec spec) {
        return sheets.get(spec.name());
    }
}
