package org.consolida.io.rvtools;

/**
 * How an RVTools export becomes an inventory.
 *
 * @param keepPoweredOff  keep powered-off and suspended VMs as workloads (they still need a home); they are counted
 *                        either way
 * @param cpuDemandShare  share of a VM's vCPUs × core clock taken as its CPU demand when vCPU {@code Overall} gives no
 *                        measurement (0–1)
 * @param memory          which memory figure becomes the workload's memory
 * @param storage         which storage figure becomes the workload's storage
 */
public record RvToolsOptions(boolean keepPoweredOff, double cpuDemandShare, MemoryBasis memory, StorageBasis storage) {

    /** Configured memory, or what the host backs today (vMemory {@code Consumed}), or what the guest touched lately. */
    public enum MemoryBasis { CONFIGURED, CONSUMED, ACTIVE }

    /** vInfo {@code Provisioned MiB} (all that the VM may grow to) or {@code In Use MiB} (what it occupies today). */
    public enum StorageBasis { PROVISIONED, IN_USE }

    public static final double DEFAULT_CPU_DEMAND_SHARE = 0.25;

    public RvToolsOptions {
        if (!(cpuDemandShare > 0 && cpuDemandShare <= 1)) {
            throw new IllegalArgumentException("cpu demand share must be in (0, 1], was " + cpuDemandShare);
        }
        memory = memory == null ? MemoryBasis.CONSUMED : memory;
        storage = storage == null ? StorageBasis.PROVISIONED : storage;
    }

    public static RvToolsOptions defaults() {
        return new RvToolsOptions(true, DEFAULT_CPU_DEMAND_SHARE, MemoryBasis.CONSUMED, StorageBasis.PROVISIONED);
    }

    public RvToolsOptions withKeepPoweredOff(boolean keep) {
        return new RvToolsOptions(keep, cpuDemandShare, memory, storage);
    }

    public RvToolsOptions withMemory(MemoryBasis basis) {
        return new RvToolsOptions(keepPoweredOff, cpuDemandShare, basis, storage);
    }

    public RvToolsOptions withStorage(StorageBasis basis) {
        return new RvToolsOptions(keepPoweredOff, cpuDemandShare, memory, basis);
    }

    public RvToolsOptions withCpuDemandShare(double share) {
        return new RvToolsOptions(keepPoweredOff, share, memory, storage);
    }
}
