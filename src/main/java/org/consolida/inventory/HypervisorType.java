package org.consolida.inventory;

/** Where the hypervisor runs: on bare metal, hosted on an operating system, or a container runtime sharing one kernel. */
public enum HypervisorType {
    TYPE_1, TYPE_2, CONTAINER
}
