package org.consolida.rules;

import org.consolida.inventory.Host;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Rack;

/**
 * A host's load under the plan, per resource. {@code cpuGhz} sums the host CPU its workloads cost at their planned
 * demand (their high percentile grossed up by the hypervisor's overhead: {@code MachineModel.hostGhz}),
 * {@code peakCpuGhz} is the highest hourly sum over their demand profiles; {@code networkMbps} is the traffic of flows
 * with one end here and the other on another host; {@code watts} what the host draws at peak CPU ({@code MachineModel.watts}; 0
 * for an empty host, which the plan switches off).
 */
public record PlannedHost(Host host, int workloads, int vdiDesktops, double cpuGhz, double peakCpuGhz,
                          double memoryGib, double storageGib, double networkMbps, double watts) implements Subject {

    public boolean isEmpty() {
        return workloads == 0;
    }

    public Hypervisor hypervisor() {
        return host.hypervisor();
    }

    public Rack rack() {
        return host.rack();
    }

    public String cluster() {
        return host.cluster();
    }

    /** CPU demand over capacity (0–1, above 1 when over-committed). */
    public double cpuUtilization() {
        return cpuGhz / host.model().cpuGhz();
    }

    public double peakCpuUtilization() {
        return peakCpuGhz / host.model().cpuGhz();
    }

    public double memoryUtilization() {
        return memoryGib / host.model().memoryGib();
    }

    public double storageUtilization() {
        return host.model().storageGib() == 0 ? 0 : storageGib / host.model().storageGib();
    }

    /** Traffic that leaves the host over its NIC, as a share of the NIC's speed. */
    public double nicUtilization() {
        return networkMbps / host.model().nicMbps();
    }

    @Override
    public String subject() {
        return "host " + host.id();
    }

    /** A builder: the 9 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlannedHost}; a component not set is null, zero or false. */
    public static final class Builder {
        private Host host;
        private int workloads;
        private int vdiDesktops;
        private double cpuGhz;
        private double peakCpuGhz;
        private double memoryGib;
        private double storageGib;
        private double networkMbps;
        private double watts;

        private Builder() {
        }

        public Builder host(Host value) { host = value; return this; }
        public Builder workloads(int value) { workloads = value; return this; }
        public Builder vdiDesktops(int value) { vdiDesktops = value; return this; }
        public Builder cpuGhz(double value) { cpuGhz = value; return this; }
        public Builder peakCpuGhz(double value) { peakCpuGhz = value; return this; }
        public Builder memoryGib(double value) { memoryGib = value; return this; }
        public Builder storageGib(double value) { storageGib = value; return this; }
        public Builder networkMbps(double value) { networkMbps = value; return this; }
        public Builder watts(double value) { watts = value; return this; }

        public PlannedHost build() {
            return new PlannedHost(host, workloads, vdiDesktops, cpuGhz, peakCpuGhz, memoryGib, storageGib,
                    networkMbps, watts);
        }
    }
}
