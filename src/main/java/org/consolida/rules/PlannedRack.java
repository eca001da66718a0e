package org.consolida.rules;

import org.consolida.inventory.Rack;

/** A rack under the plan: its active hosts, their power at peak, and the VDI desktops it carries. */
public record PlannedRack(Rack rack, int activeHosts, double watts, int vdiDesktops) implements Subject {

    /** Power at peak as a share of the rack's budget. */
    public double powerUtilization() {
        return watts / rack.powerWatts();
    }

    @Override
    public String subject() {
        return "rack " + rack.id();
    }
}
