package org.consolida.planning.migration;

/** How long one move takes from start to finish, and how long the workload is unavailable during it. */
public record MigrationEstimate(double durationSeconds, double downtimeSeconds) {
    public static final MigrationEstimate NONE = new MigrationEstimate(0, 0);

    public MigrationEstimate {
        if (!(durationSeconds >= 0) || !(downtimeSeconds >= 0)) {
            throw new IllegalArgumentException("durations must be >= 0: " + durationSeconds + ", " + downtimeSeconds);
        }
    }
}
