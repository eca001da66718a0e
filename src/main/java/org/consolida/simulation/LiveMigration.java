package org.consolida.simulation;

/**
 * One live migration by iterative pre-copy (Clark et al., NSDI 2005; the stop conditions of Xen as modelled by Akoush
 * et al., MASCOTS 2010). Round 0 copies all memory while the VM runs; each later round copies what the previous round
 * left dirty; when the dirty set is small enough (or the rounds or the data sent reach their limits) the VM stops and
 * the rest is copied: that last copy is the downtime.
 *
 * @param rounds           pre-copy rounds, round 0 included
 * @param durationSeconds  from the start of round 0 until the VM runs on the target
 * @param downtimeSeconds  the stop-and-copy phase
 * @param transferredGib   memory sent in all, stop-and-copy included
 */
public record LiveMigration(int rounds, double durationSeconds, double downtimeSeconds, double transferredGib) {

    static final double BITS_PER_GIB = 8.0 * 1024 * 1024 * 1024;
    static final double BITS_PER_MIB = 8.0 * 1024 * 1024;

    /**
     * Pre-copy of {@code memoryGib} over {@code linkMbps} while the guest dirties {@code dirtyMbps} of memory.
     * With r = D/B: round i sends min(M, D·t(i−1)); the VM stops after the first round n whose dirty set
     * M·r^n is at most the stop-copy threshold; duration = (M/B)(1 − r^(n+1))/(1 − r) when no limit binds.
     */
    public static LiveMigration preCopy(double memoryGib, double linkMbps, double dirtyMbps, SimulationSettings settings) {
        if (!(memoryGib > 0) || !(linkMbps > 0) || !(dirtyMbps >= 0)) {
            throw new IllegalArgumentException("a migration needs memory > 0, bandwidth > 0 and dirty rate >= 0, got "
                    + memoryGib + " GiB, " + linkMbps + " Mbit/s, " + dirtyMbps + " Mbit/s");
        }
        double memoryBits = memoryGib * BITS_PER_GIB;
        double linkBps = linkMbps * 1e6;
        double dirtyBps = dirtyMbps * 1e6;
        double stopCopyBits = settings.stopCopyMib() * BITS_PER_MIB;
        double sentBits = 0;
        double elapsed = 0;
        double toSend = memoryBits;
        int rounds = 0;
        while (true) {
            double roundSeconds = toSend / linkBps;
            sentBits += toSend;
            elapsed += roundSeconds;
            rounds++;
            // Pages dirtied while this round was sent; a guest cannot dirty more than all of its memory.
            toSend = Math.min(memoryBits, dirtyBps * roundSeconds);
            if (toSend <= stopCopyBits || rounds >= settings.maxPreCopyRounds()
                    || sentBits >= settings.maxTransferFactor() * memoryBits) {
                break;
            }
        }
        double downtime = toSend / linkBps;
        return new LiveMigration(rounds, elapsed + downtime, downtime, (sentBits + toSend) / BITS_PER_GIB);
    }
}
