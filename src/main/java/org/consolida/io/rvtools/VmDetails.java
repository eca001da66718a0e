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
}
