package org.consolida.io;

import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.Problem;

/**
 * An inventory that was read without errors, the warnings found on the way (today's overloaded hosts, say), and what a
 * utilisation history measured of its workloads (empty without one).
 */
public record ReadResult(Inventory inventory, List<Problem> warnings, MeasuredDemand measured) {
    public ReadResult {
        warnings = List.copyOf(warnings);
        measured = measured == null ? MeasuredDemand.none() : measured;
    }

    public ReadResult(Inventory inventory, List<Problem> warnings) {
        this(inventory, warnings, MeasuredDemand.none());
    }
}
