package org.consolida.inventory;

/**
 * A datacenter site: its power usage effectiveness, what a kWh costs and emits there, and its WAN bandwidth to the
 * other sites.
 */
public record Site(String id, double pue, double kwhPrice, double co2GramsPerKwh, double wanMbps) {
    public Site {
        id = Checks.id("site", id);
        Checks.between("pue", pue, 1.0, 5.0);
        Checks.nonNegative("kwh_price", kwhPrice);
        Checks.nonNegative("co2_g_per_kwh", co2GramsPerKwh);
        Checks.nonNegative("wan_mbps", wanMbps);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
