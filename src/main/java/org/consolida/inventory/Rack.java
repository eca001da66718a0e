package org.consolida.inventory;

/** A rack at a site: the rack units it offers and its power budget. Failure domains nest: host ⊂ rack ⊂ site. */
public record Rack(String id, Site site, int units, double powerKw) {
    public Rack {
        id = Checks.id("rack", id);
        Checks.present("site", site);
        Checks.positive("units", units);
        Checks.positive("power_kw", powerKw);
    }

    public double powerWatts() {
        return powerKw * 1000;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
