package org.consolida.report;

/** What the plan asks the datacenter team to do with a host. */
public enum HostAction {
    KEEP("keep"),
    POWER_OFF("power off"),
    DECOMMISSION("decommission"),
    IN_MAINTENANCE("in maintenance");

    private final String label;

    HostAction(String label) {
        this.label = label;
    }

    /** The words a person reads in the reports. */
    public String label() {
        return label;
    }
}
