package org.consolida.io.rvtools;

/** One vHost row, parsed; {@code row} is its index in the tab. */
record HostRow(int row, String name, String datacenter, String cluster, boolean maintenance, String cpuModel,
               double speedMhz, int sockets, int coresPerSocket, double memoryMib, Integer nics, String vendor,
               String model, String esxVersion, Double cpuUsagePct, Double memoryUsagePct) {
    /** A builder: the 16 components by name, not by position. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HostRow}; a component not set is null, zero or false. */
    static final class Builder {
        private int row;
        private String name;
        private String datacenter;
        private String cluster;
        private boolean maintenance;
        private String cpuModel;
        private double speedMhz;
        private int sockets;
        private int coresPerSocket;
        private double memoryMib;
        private Integer nics;
        private String vendor;
        private String model;
        private String esxVersion;
        private Double cpuUsagePct;
        private Double memoryUsagePct;

        private Builder() {
        }

        Builder row(int value) { row = value; return this; }
        Builder name(String value) { name = value; return this; }
        Builder datacenter(String value) { datacenter = value; return this; }
        Builder cluster(String value) { cluster = value; return this; }
        Builder maintenance(boolean value) { maintenance = value; return this; }
        Builder cpuModel(String value) { cpuModel = value; return this; }
        Builder speedMhz(double value) { speedMhz = value; return this; }
        Builder sockets(int value) { sockets = value; return this; }
        Builder coresPerSocket(int value) { coresPerSocket = value; return this; }
        Builder memoryMib(double value) { memoryMib = value; return this; }
        Builder nics(Integer value) { nics = value; return this; }
        Builder vendor(String value) { vendor = value; return this; }
        Builder model(String value) { model = value; return this; }
        Builder esxVersion(String value) { esxVersion = value; return this; }
        Builder cpuUsagePct(Double value) { cpuUsagePct = value; return this; }
        Builder memoryUsagePct(Double value) { memoryUsagePct = value; return this; }

        HostRow build() {
            return new HostRow(row, name, datacenter, cluster, maintenance, cpuModel, speedMhz, sockets,
                    coresPerSocket, memoryMib, nics, vendor, model, esxVersion, cpuUsagePct, memoryUsagePct);
        }
    }
}
