package org.consolida.planning;

/**
 * What the search minimises, whatever the policy's prices say. {@link #COST}: the whole yearly cost (energy at each
 * site's price, rack space, migrations, traffic, headroom). {@link #ENERGY}: facility energy alone, every kWh weighed
 * alike (at the mean of the sites' prices, so the score stays in cents per year), with traffic, migrations, headroom
 * and rack space priced at zero; every hard constraint holds as under COST. It measures the search against the energy
 * lower bound: rack space is left out too, as it rewards fewer hosts whatever they draw.
 */
public enum Objective {
    COST, ENERGY;

    /** Parses "cost" or "energy" in any case; null for anything else. */
    public static Objective parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "cost" -> COST;
            case "energy" -> ENERGY;
            default -> null;
        };
    }
}
