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

    /** A builder: the 10 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlannedCluster}; a component not set is null, zero or false. */
    public static final class Builder {
        private String cluster;
        private int hosts;
        private int activeHosts;
        private Set<String> families;
        private double cpuCapacityGhz;
        private double cpuLoadGhz;
        private double largestHostCpuGhz;
        private double memoryCapacityGib;
        private double memoryLoadGib;
        private double largestHostMemoryGib;

        private Builder() {
        }

        public Builder cluster(String value) { cluster = value; return this; }
        public Builder hosts(int value) { hosts = value; return this; }
        public Builder activeHosts(int value) { activeHosts = value; return this; }
        public Builder families(Set<String> value) { families = value; return this; }
        public Builder cpuCapacityGhz(double value) { cpuCapacityGhz = value; return this; }
        public Builder cpuLoadGhz(double value) { cpuLoadGhz = value; return this; }
        public Builder largestHostCpuGhz(double value) { largestHostCpuGhz = value; return this; }
        public Builder memoryCapacityGib(double value) { memoryCapacityGib = value; return this; }
        public Builder memoryLoadGib(double value) { memoryLoadGib = value; return this; }
        public Builder largestHostMemoryGib(double value) { largestHostMemoryGib = value; return this; }

        public PlannedCluster build() {
            return new PlannedCluster(cluster, hosts, activeHosts, families, cpuCapacityGhz, cpuLoadGhz,
                    largestHostCpuGhz, memoryCapacityGib, memoryLoadGib, largestHostMemoryGib);
        }
    }
}
