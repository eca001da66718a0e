package org.consolida.report;

/** One rack after the plan: how full it is in space and power. */
public record RackRow(String rack, String site, int hostsBefore, int hostsAfter, int unitsUsed, int unitsTotal,
                     double powerWatts, double powerBudgetWatts) {

    /** The planned draw as a fraction of the rack's budget. */
    public double powerShare() {
        return powerBudgetWatts > 0 ? powerWatts / powerBudgetWatts : 0;
    }
}
