package org.consolida.io;

import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;

/** An inventory that was read without errors, and the warnings found on the way (today's overloaded hosts, say). */
public record ReadResult(Inventory inventory, List<Problem> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
