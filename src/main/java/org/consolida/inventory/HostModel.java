package org.consolida.inventory;

/**
 * A server model: its capacity in each resource, its size in the rack and its measured power curve. The CPU vendor is
 * kept in one spelling ({@link MachineModel#cpuVendor}: "intel" and "GenuineIntel" become "Intel").
 */
public record HostModel(String id, String vendor, String cpuVendor, int sockets, int coresPerSocket, double coreGhz,
                        double memoryGib, double storageGib, double nicGbps, int rackUnits, PowerCurve powerCurve) {
    public HostModel {
        id = Checks.id("model", id);
        vendor = vendor == null ? "" : vendor.strip();
        cpuVendor = MachineModel.cpuVendor(cpuVendor);
        Checks.positive("sockets", sockets);
        Checks.positive("cores_per_socket", coresPerSocket);
        Checks.positive("core_ghz", coreGhz);
        Checks.positive("memory_gib", memoryGib);
        Checks.nonNegative("storage_gib", storageGib);
        Checks.positive("nic_gbps", nicGbps);
        Checks.positive("rack_units", rackUnits);
        Checks.present("power curve", powerCurve);
    }

    public int cores() {
        return sockets * coresPerSocket;
    }

    /** Total CPU capacity: every core at its nominal clock. */
    public double cpuGhz() {
        return cores() * coreGhz;
    }

    public double nicMbps() {
        return nicGbps * 1000;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
