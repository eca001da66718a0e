package org.consolida.simulation;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The figures of the simulated runtime that the inventory does not carry. Every default and its source is in
 * {@code docs/simulation.md}; where a default is a judgement, that page says so.
 *
 * @param steps                 time steps simulated (288 steps of 5 minutes make one day)
 * @param stepMinutes           length of one step
 * @param vswitchMbps           bandwidth of a host-only virtual switch (traffic between two guests of one host)
 * @param uplinkMbps            bandwidth of a rack's uplink, in each direction
 * @param balloonableShare      share of guest memory that ballooning and page sharing can reclaim cheaply
 * @param balloonCost           throughput lost per unit share of memory reclaimed by ballooning
 * @param swapCost              throughput lost per unit share of memory swapped by the hypervisor
 * @param stopCopyMib           dirty memory small enough to stop the VM and copy it (ends pre-copy)
 * @param maxPreCopyRounds      pre-copy rounds after which the VM is stopped anyway
 * @param maxTransferFactor     pre-copy stops once this many times the VM's memory has been sent
 * @param dirtyMibPerSecPerGhz  pages a guest dirties per second, per GHz of CPU it is using
 * @param migrationLinkShare    share of the path's bandwidth a live migration gets
 * @param hostScenarios         whether to evaluate {@code failure:<host>} and {@code evacuate:<host>} for each active host
 * @param zeroLoadDrawsNothing  CloudSim's assumption, for comparisons with it: a host whose CPU is idle draws 0 W even
 *                              with guests on it (by default it draws its idle power)
 */
@RecordBuilder
public record SimulationSettings(int steps, int stepMinutes, double vswitchMbps, double uplinkMbps,
                                 double balloonableShare, double balloonCost, double swapCost,
                                 double stopCopyMib, int maxPreCopyRounds, double maxTransferFactor,
                                 double dirtyMibPerSecPerGhz, double migrationLinkShare, boolean hostScenarios,
                                 boolean zeroLoadDrawsNothing) {

    public SimulationSettings {
        if (steps <= 0 || stepMinutes <= 0) {
            throw new IllegalArgumentException("steps and step minutes must be > 0, were " + steps + " and " + stepMinutes);
        }
        positive("vswitch_mbps", vswitchMbps);
        positive("uplink_mbps", uplinkMbps);
        between("balloonable_share", balloonableShare, 0, 1);
        nonNegative("balloon_cost", balloonCost);
        nonNegative("swap_cost", swapCost);
        positive("stop_copy_mib", stopCopyMib);
        if (maxPreCopyRounds < 1) {
            throw new IllegalArgumentException("max_pre_copy_rounds must be >= 1, was " + maxPreCopyRounds);
        }
        between("max_transfer_factor", maxTransferFactor, 1, 100);
        nonNegative("dirty_mib_per_sec_per_ghz", dirtyMibPerSecPerGhz);
        between("migration_link_share", migrationLinkShare, 0.01, 1);
    }

    public static SimulationSettings defaults() {
        return SimulationSettingsBuilder.builder().steps(288).stepMinutes(5).vswitchMbps(40_000).uplinkMbps(40_000)
                .balloonableShare(0.10).balloonCost(0.5).swapCost(4.0).stopCopyMib(64).maxPreCopyRounds(30)
                .maxTransferFactor(3.0).dirtyMibPerSecPerGhz(20).migrationLinkShare(1.0).hostScenarios(true)
                .zeroLoadDrawsNothing(false).build();
    }

    public SimulationSettings withSteps(int newSteps, int newStepMinutes) {
        return SimulationSettingsBuilder.builder(this).steps(newSteps).stepMinutes(newStepMinutes).build();
    }

    public SimulationSettings withUplinkMbps(double newUplinkMbps) {
        return SimulationSettingsBuilder.builder(this).uplinkMbps(newUplinkMbps).build();
    }

    public SimulationSettings withHostScenarios(boolean evaluate) {
        return SimulationSettingsBuilder.builder(this).hostScenarios(evaluate).build();
    }

    /** With CloudSim's power assumption (a host at 0 % CPU draws 0 W), or without it. */
    public SimulationSettings withZeroLoadDrawsNothing(boolean zero) {
        return SimulationSettingsBuilder.builder(this).zeroLoadDrawsNothing(zero).build();
    }

    public double horizonHours() {
        return steps * stepMinutes / 60.0;
    }

    public double stepSeconds() {
        return stepMinutes * 60.0;
    }

    private static void positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, was " + value);
        }
    }

    private static void nonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, was " + value);
        }
    }

    private static void between(String what, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
