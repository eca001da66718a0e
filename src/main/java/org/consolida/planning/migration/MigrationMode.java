package org.consolida.planning.migration;

/** How a workload gets to its new host. */
public enum MigrationMode {
    /** Moved while running: pre-copy of memory, a short stop-and-copy downtime. */
    LIVE,
    /** Shut down, moved, started again: the hypervisors cannot migrate live between them. */
    COLD,
    /** Not running anywhere today: started on its planned host, nothing to migrate. */
    DEPLOY
}
