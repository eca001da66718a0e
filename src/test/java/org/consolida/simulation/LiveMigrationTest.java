package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LiveMigrationTest {
    private final SimulationSettings settings = SimulationSettings.defaults(); // stop-copy at 64 MiB, 30 rounds, 3× M

    @Test
    void preCopyOfFourGibOverTenGbitWithOneGbitDirtyRateTakesTheGeometricSeries() {
        double memoryGib = 4;
        double linkMbps = 10_000;
        double dirtyMbps = 1_000;

        LiveMigration migration = LiveMigration.preCopy(memoryGib, linkMbps, dirtyMbps, settings);

        // M = 4 × 2^30 × 8 bit, B = 10^10 bit/s, r = D/B = 0.1. Dirty set after round i: M·r^(i+1).
        // M·r = 3.44 Gbit > 64 MiB (0.537 Gbit); M·r² = 0.344 Gbit ≤ it: n = 2 pre-copy rounds, then stop-and-copy.
        double m = 4 * Math.pow(2, 30) * 8;
        double b = 1e10;
        double r = 0.1;
        int n = 2;
        double downtime = m * Math.pow(r, n) / b;
        double duration = (m / b) * (1 - Math.pow(r, n + 1)) / (1 - r);
        assertThat(migration.rounds()).isEqualTo(n);
        assertThat(migration.downtimeSeconds()).isCloseTo(downtime, within(1e-12));
        assertThat(migration.durationSeconds()).isCloseTo(duration, within(1e-9));
        assertThat(migration.durationSeconds()).isCloseTo(3.8139, within(1e-4));
        assertThat(migration.transferredGib()).isCloseTo(4 * (1 + r + r * r), within(1e-9));
    }

    @Test
    void idleGuestMovesInOneRoundWithNoDowntime() {
        LiveMigration migration = LiveMigration.preCopy(8, 10_000, 0, settings);

        // 8 GiB = 68.72 Gbit over 10 Gbit/s.
        assertThat(migration.rounds()).isEqualTo(1);
        assertThat(migration.durationSeconds()).isCloseTo(8 * Math.pow(2, 30) * 8 / 1e10, within(1e-12));
        assertThat(migration.downtimeSeconds()).isZero();
    }

    @Test
    void guestDirtyingFasterThanTheLinkStopsAtThreeTimesItsMemory() {
        LiveMigration migration = LiveMigration.preCopy(2, 1_000, 2_000, settings);

        // Every round re-sends all 2 GiB (a guest cannot dirty more than its memory): rounds 1–3 send 6 GiB = 3 × M,
        // then the VM stops and the whole 2 GiB goes again as downtime.
        double roundSeconds = 2 * Math.pow(2, 30) * 8 / 1e9;
        assertThat(migration.rounds()).isEqualTo(3);
        assertThat(migration.downtimeSeconds()).isCloseTo(roundSeconds, within(1e-9));
        assertThat(migration.durationSeconds()).isCloseTo(4 * roundSeconds, within(1e-9));
    }

    @Test
    void rejectsAMigrationWithoutBandwidth() {
        assertThatThrownBy(() -> LiveMigration.preCopy(4, 0, 10, settings))
                .hasMessageContaining("bandwidth > 0");
    }
}
