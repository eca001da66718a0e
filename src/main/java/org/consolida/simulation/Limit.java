package org.consolida.simulation;

/** What held a workload below its demand. */
public enum Limit {
    /** The host's CPU was saturated, or the workload demanded more than its vCPUs can run. */
    CPU,
    /** The CPU would have sufficed without the hypervisor's virtualisation overhead. */
    HYPERVISOR_OVERHEAD,
    /** Guest memory beyond the host's physical memory: ballooning and swapping. */
    MEMORY,
    /** A link on the path of one of its flows was saturated. */
    NETWORK,
    /** No host ran it: unplaced, or not restarted / not migrated in a host scenario. */
    NO_HOST
}
