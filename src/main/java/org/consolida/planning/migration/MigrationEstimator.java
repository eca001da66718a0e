package org.consolida.planning.migration;

import org.consolida.inventory.Host;
import org.consolida.inventory.Workload;

/**
 * Estimates a move's duration and downtime. The simulated runtime supplies the pre-copy model; the planner only orders
 * moves and does not need to know how long they take.
 */
@FunctionalInterface
public interface MigrationEstimator {
    MigrationEstimate estimate(Workload workload, Host from, Host to, MigrationMode mode);
}
