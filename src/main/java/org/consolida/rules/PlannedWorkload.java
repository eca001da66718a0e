package org.consolida.rules;

import org.consolida.inventory.Host;
import org.consolida.inventory.Workload;

/** Where the plan puts a workload: {@code host} (null when unplaced) and {@code previousHost} (null when new). */
public record PlannedWorkload(Workload workload, Host host, Host previousHost) implements Subject {

    public boolean isPlaced() {
        return host != null;
    }

    /** Whether the plan takes it from one host to another (a new or unplaced workload does not move). */
    public boolean isMoved() {
        return host != null && previousHost != null && !host.id().equals(previousHost.id());
    }

    @Override
    public String subject() {
        return "workload " + workload.id();
    }
}
