package org.consolida.report;

/** One physical host, before and after the plan. */
public record HostRow(String host, String model, String rack, String cluster, Utilisation before, Utilisation after,
                      double powerWattsBefore, double plannedPowerWatts, HostAction action) {
}
