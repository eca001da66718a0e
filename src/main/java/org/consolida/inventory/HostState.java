package org.consolida.inventory;

/** A host's state today; a host in maintenance must be left empty by the plan. */
public enum HostState {
    ON, OFF, MAINTENANCE
}
