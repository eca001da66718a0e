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

    /**
     * A builder for a model with this id. Defaults are those of a blank optional column of the HostModels sheet: no
     * vendor, no storage, a 10 Gbit/s NIC. Sockets, cores, clock, memory, rack units and the power curve have no
     * default: left unset, {@link Builder#build()} rejects them.
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this model's values, to build a variant of it. */
    public Builder toBuilder() {
        return new Builder(id).vendor(vendor).cpuVendor(cpuVendor).sockets(sockets).coresPerSocket(coresPerSocket)
                .coreGhz(coreGhz).memoryGib(memoryGib).storageGib(storageGib).nicGbps(nicGbps).rackUnits(rackUnits)
                .powerCurve(powerCurve);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Fluent construction of a {@link HostModel}; the record's constructor checks the values on {@link #build()}. */
    public static final class Builder {
        private String id;
        private String vendor = "";
        private String cpuVendor = "";
        private int sockets;
        private int coresPerSocket;
        private double coreGhz;
        private double memoryGib;
        private double storageGib;
        private double nicGbps = 10;
        private int rackUnits;
        private PowerCurve powerCurve;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String value) { id = value; return this; }
        public Builder vendor(String value) { vendor = value; return this; }
        public Builder cpuVendor(String value) { cpuVendor = value; return this; }
        public Builder sockets(int value) { sockets = value; return this; }
        public Builder coresPerSocket(int value) { coresPerSocket = value; return this; }
        public Builder coreGhz(double value) { coreGhz = value; return this; }
        public Builder memoryGib(double value) { memoryGib = value; return this; }
        public Builder storageGib(double value) { storageGib = value; return this; }
        public Builder nicGbps(double value) { nicGbps = value; return this; }
        public Builder rackUnits(int value) { rackUnits = value; return this; }
        public Builder powerCurve(PowerCurve value) { powerCurve = value; return this; }

        public HostModel build() {
            return new HostModel(id, vendor, cpuVendor, sockets, coresPerSocket, coreGhz, memoryGib, storageGib,
                    nicGbps, rackUnits, powerCurve);
        }
    }
}
