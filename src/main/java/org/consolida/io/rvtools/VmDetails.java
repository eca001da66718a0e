package org.consolida.io.rvtools;

import java.util.List;

/**
 * What the export says about a workload's VM beyond the model's fields: its vCenter identity, power state, the
 * networks it is attached to (vNetwork, else vInfo's {@code Network #n}), and its guest file systems (vPartition).
 * Figures are null when the export has no such tab or row.
 */
public record VmDetails(String vmId, String uuid, String powerState, String cluster, List<String> networks,
                        Double partitionCapacityGib, Double partitionConsumedGib, Double cpuOverallMhz,
                        Double memoryConsumedMib) {
    public VmDetails {
        networks = List.copyOf(networks);
    }

    /** A builder: the 9 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VmDetails}; a component not set is null, zero or false. */
    public static final class Builder {
        private String vmId;
        private String uuid;
        private String powerState;
        private String cluster;
        private List<String> networks;
        private Double partitionCapacityGib;
        private Double partitionConsumedGib;
        private Double cpuOverallMhz;
        private Double memoryConsumedMib;

        private Builder() {
        }

        public Builder vmId(String value) { vmId = value; return this; }
        public Builder uuid(String value) { uuid = value; return this; }
        public Builder powerState(String value) { powerState = value; return this; }
        public Builder cluster(String value) { cluster = value; return this; }
        public Builder networks(List<String> value) { networks = value; return this; }
        public Builder partitionCapacityGib(Double value) { partitionCapacityGib = value; return this; }
        public Builder partitionConsumedGib(Double value) { partitionConsumedGib = value; return this; }
        public Builder cpuOverallMhz(Double value) { cpuOverallMhz = value; return this; }
        public Builder memoryConsumedMib(Double value) { memoryConsumedMib = value; return this; }

        public VmDetails build() {
            return new VmDetails(vmId, uuid, powerState, cluster, networks, partitionCapacityGib, partitionConsumedGib,
                    cpuOverallMhz, memoryConsumedMib);
        }
    }
}
