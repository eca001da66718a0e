package org.consolida.inventory;

/** How a guest is virtualised: paravirtualised (needs hypervisor support), fully virtualised, or either. */
public enum VirtualizationMode {
    PARA, FULL, ANY
}
