package org.consolida.inventory;

/** A hypervisor's architecture: drivers in the hypervisor (monolithic) or in a privileged guest (microkernel). */
public enum Kernel {
    MONOLITHIC, MICROKERNEL
}
