package org.consolida.testkit;

import org.consolida.inventory.HostModel;

/**
 * Host models for tests, each named after what a test relies on. Vary one with {@code toBuilder()}, for example
 * {@code HostModels.TEN_CORES.toBuilder().id("eco").powerCurve(PowerCurve.linear(50, 100)).build()}.
 */
public final class HostModels {
    /**
     * "m10": one socket of 10 cores at 1 GHz (10 GHz), 64 GiB, 1,000 GiB storage, 10 Gbit/s, 1 U, 100–200 W. Round
     * figures, so capacity and energy penalties can be computed by hand; the default of {@link TestDatacenter}.
     */
    public static final HostModel TEN_CORES = HostModel.builder("m10").vendor("test").cpuVendor("x86").sockets(1)
            .coresPerSocket(10).coreGhz(1.0).memoryGib(64).storageGib(1_000).nicGbps(10).rackUnits(1)
            .powerCurve(PowerCurves.LINEAR_100_200).build();

    /**
     * "m1": a typical Intel virtualisation host, 2 × 16 cores at 2 GHz (64 GHz), 512 GiB, 4 TB, 10 GbE, 2 U,
     * 200–400 W; the hosts of {@link TestDatacenter#esxi()}.
     */
    public static final HostModel DUAL_16 = HostModel.builder("m1").vendor("Dell").cpuVendor("Intel").sockets(2)
            .coresPerSocket(16).coreGhz(2.0).memoryGib(512).storageGib(4_000).nicGbps(10).rackUnits(2)
            .powerCurve(PowerCurves.LINEAR_200_400).build();

    /** "old": a small old host to consolidate away, 2 × 4 cores at 2 GHz, 64 GiB, 1 GbE, 1 U, 90–200 W. */
    public static final HostModel OLD = DUAL_16.toBuilder().id("old").vendor("HP").cpuVendor("intel").coresPerSocket(4)
            .memoryGib(64).storageGib(1_000).nicGbps(1).rackUnits(1).powerCurve(PowerCurves.LINEAR_90_200).build();

    /** "new": a large host to refresh onto, 2 × 32 cores at 2.5 GHz, 512 GiB, 25 GbE, 2 U, 150–600 W. */
    public static final HostModel NEW = DUAL_16.toBuilder().id("new").cpuVendor("intel").coresPerSocket(32).coreGhz(2.5)
            .nicGbps(25).powerCurve(PowerCurves.LINEAR_150_600).build();

    private HostModels() {
    }

    /** {@link #DUAL_16} under another id, with another CPU vendor and NIC: what live migration and VDI rules look at. */
    public static HostModel dual16(String id, String cpuVendor, double nicGbps) {
        return DUAL_16.toBuilder().id(id).cpuVendor(cpuVendor).nicGbps(nicGbps).build();
    }
}
