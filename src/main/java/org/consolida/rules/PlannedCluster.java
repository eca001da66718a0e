package org.consolida.rules;

import java.util.Set;

/**
 * A cluster under the plan and its failover margin: what is left of its capacity (after over-commit) for CPU and memory
 * once its largest active host fails, minus the load. A negative margin means the cluster cannot restart everything
 * after losing one host. {@code families} are the hypervisor families of all its hosts.
 */
public record PlannedCluster(String cluster, int hosts, int activeHosts, Set<String> families,
                             double cpuCapacityGhz, double cpuLoadGhz, double largestHostCpuGhz,
                             double memoryCapacityGib, double memoryLoadGib, double largestHostMemoryGib)
        implements Subject {

    public PlannedCluster {
        families = Set.copyOf(families);
    }

    public double cpuMarginGhz() {
        return cpuCapacityGhz - largestHostCpuGhz - cpuLoadGhz;
    }

    public double memoryMarginGib() {
        return memoryCapacityGib - largestHostMemoryGib - memoryLoadGib;
    }

    /** Whether it could lose its largest active host and still carry its load. */
    public boolean isHoldingFailoverReserve() {
        return cpuMarginGhz() >= 0 && memoryMarginGib() >= 0;
    }

    @Override
    public String subject() {
        return "cluster " + cluster;
    }
}
