package org.consolida.pipeline;

import org.consolida.inventory.Host;
import org.consolida.inventory.Workload;
import org.consolida.planning.migration.MigrationEstimate;
import org.consolida.planning.migration.MigrationEstimator;
import org.consolida.planning.migration.MigrationMode;
import org.consolida.simulation.LiveMigration;
import org.consolida.simulation.SimulationSettings;

/**
 * How long the plan's moves take, from the simulated runtime's pre-copy model: the planner orders the moves, the
 * simulation knows what a move costs. A live migration gets the narrowest link on its path (both NICs, the rack uplink
 * across racks, the WAN across sites) times the share a migration may use; the guest dirties memory in proportion to
 * the CPU it uses. A cold migration shuts the guest down and starts it on the target: with shared storage nothing is
 * copied, and the downtime is the shutdown and boot, {@value #COLD_RESTART_SECONDS} s (a judgement: a server guest
 * typically shuts down and boots in one to three minutes).
 */
final class MigrationTimes {
    static final double COLD_RESTART_SECONDS = 120;
    private static final double MBIT_PER_MIB = 8 * 1.048576;

    private MigrationTimes() {
    }

    static MigrationEstimator estimator(SimulationSettings settings) {
        return (workload, from, to, mode) -> estimate(workload, from, to, mode, settings);
    }

    static MigrationEstimate estimate(Workload workload, Host from, Host to, MigrationMode mode,
                                      SimulationSettings settings) {
        if (mode == MigrationMode.DEPLOY) {
            return MigrationEstimate.NONE;
        }
        if (mode == MigrationMode.COLD) {
            return new MigrationEstimate(COLD_RESTART_SECONDS, COLD_RESTART_SECONDS);
        }
        double linkMbps = Math.min(from.model().nicMbps(), to.model().nicMbps());
        if (!from.rack().id().equals(to.rack().id())) {
            linkMbps = Math.min(linkMbps, settings.uplinkMbps());
        }
        if (!from.site().id().equals(to.site().id())) {
            linkMbps = Math.min(linkMbps, Math.min(from.site().wanMbps(), to.site().wanMbps()));
        }
        double dirtyMbps = settings.dirtyMibPerSecPerGhz() * workload.cpuGhz() * MBIT_PER_MIB;
        LiveMigration migration = LiveMigration.preCopy(workload.memoryGib(), linkMbps * settings.migrationLinkShare(),
                dirtyMbps, settings);
        return new MigrationEstimate(migration.durationSeconds(), migration.downtimeSeconds());
    }
}
