package org.consolida.planning.migration;

import org.consolida.inventory.Host;
import org.consolida.inventory.Workload;

/**
 * One step of the migration plan. {@code from} is null for a workload deployed fresh. {@code viaBuffer} marks the first
 * leg of a move that parks the workload on a host with spare room to break a cycle of moves. A cold move shuts its
 * workload down at the start of wave {@code shutdownWave}, which is its own wave, or an earlier one when shutting it
 * down was what freed the room another move needed; 0 for a live move or a deployment.
 */
public record Move(Workload workload, Host from, Host to, MigrationMode mode, MigrationEstimate estimate,
                   boolean viaBuffer, String reason, int shutdownWave) {
}
