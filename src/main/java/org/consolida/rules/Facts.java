package org.consolida.rules;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;

/** The facts every rule sees: the inventory's entities and its Policy. */
final class Facts {
    private Facts() {
    }

    static List<Object> inventory(Inventory inventory) {
        List<Object> facts = new ArrayList<>(inventory.sites().size() + inventory.racks().size()
                + inventory.hostModels().size() + inventory.hypervisors().size() + inventory.hosts().size()
                + inventory.workloads().size() + inventory.flows().size() + 1);
        facts.addAll(inventory.sites());
        facts.addAll(inventory.racks());
        facts.addAll(inventory.hostModels());
        facts.addAll(inventory.hypervisors());
        facts.addAll(inventory.hosts());
        facts.addAll(inventory.workloads());
        facts.addAll(inventory.flows());
        facts.add(inventory.policy());
        return facts;
    }
}
