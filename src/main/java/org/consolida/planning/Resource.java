package org.consolida.planning;

/**
 * A resource dimension of the capacity check. Each is counted in a whole unit so that the score stays integral:
 * CPU in MHz, memory in MiB, storage in GiB, network in Mbit/s. A new dimension (GPU, licences) is one more constant
 * here and one more demand figure per workload, not another constraint.
 */
public enum Resource {
    CPU("MHz", true),
    MEMORY("MiB", true),
    STORAGE("GiB", true),
    /** Traffic between workloads on different hosts; it follows from the placement, not from one workload. */
    NETWORK("Mbit/s", false);

    /** Every resource, in ordinal order; a shared copy, since {@code values()} clones its array on every call. */
    static final Resource[] ALL = values();
    static final int COUNT = ALL.length;

    private final String unit;
    private final boolean perWorkload;

    Resource(String unit, boolean perWorkload) {
        this.unit = unit;
        this.perWorkload = perWorkload;
    }

    public String unit() {
        return unit;
    }

    /** Whether each workload demands a fixed amount of it wherever it runs (network depends on where its peers run). */
    public boolean perWorkload() {
        return perWorkload;
    }
}
