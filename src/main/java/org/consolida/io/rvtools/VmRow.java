package org.consolida.io.rvtools;

import java.util.List;

/** One vInfo row, parsed; figures are null where the cell is blank. {@code row} is its index in the tab. */
record VmRow(int row, String name, String uuid, String vmId, String powerState, boolean template, Integer cpus,
             Double memoryMib, Double provisionedMib, Double inUseMib, String host, String cluster, String os,
             String haPriority, List<String> networks) {

    boolean poweredOn() {
        return powerState.isEmpty() || powerState.equalsIgnoreCase("poweredOn");
    }

    /** A builder: the 15 components by name, not by position. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VmRow}; a component not set is null, zero or false. */
    static final class Builder {
        private int row;
        private String name;
        private String uuid;
        private String vmId;
        private String powerState;
        private boolean template;
        private Integer cpus;
        private Double memoryMib;
        private Double provisionedMib;
        private Double inUseMib;
        private String host;
        private String cluster;
        private String os;
        private String haPriority;
        private List<String> networks;

        private Builder() {
        }

        Builder row(int value) { row = value; return this; }
        Builder name(String value) { name = value; return this; }
        Builder uuid(String value) { uuid = value; return this; }
        Builder vmId(String value) { vmId = value; return this; }
        Builder powerState(String value) { powerState = value; return this; }
        Builder template(boolean value) { template = value; return this; }
        Builder cpus(Integer value) { cpus = value; return this; }
        Builder memoryMib(Double value) { memoryMib = value; return this; }
        Builder provisionedMib(Double value) { provisionedMib = value; return this; }
        Builder inUseMib(Double value) { inUseMib = value; return this; }
        Builder host(String value) { host = value; return this; }
        Builder cluster(String value) { cluster = value; return this; }
        Builder os(String value) { os = value; return this; }
        Builder haPriority(String value) { haPriority = value; return this; }
        Builder networks(List<String> value) { networks = value; return this; }

        VmRow build() {
            return new VmRow(row, name, uuid, vmId, powerState, template, cpus, memoryMib, provisionedMib, inUseMib,
                    host, cluster, os, haPriority, networks);
        }
    }
}
