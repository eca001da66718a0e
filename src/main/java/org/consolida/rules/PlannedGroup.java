package org.consolida.rules;

import org.consolida.inventory.SpreadScope;

/**
 * A redundancy group under the plan: how many of its members are placed, and over how many distinct hosts, racks and
 * sites; {@code availableRacks} and {@code availableSites} count those of the inventory with a host not in maintenance,
 * i.e. how wide the group could be spread.
 */
public record PlannedGroup(String group, SpreadScope spread, int members, int hosts, int racks, int sites,
                           int availableRacks, int availableSites) implements Subject {

    @Override
    public String subject() {
        return "group " + group;
    }
}
