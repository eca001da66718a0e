package org.consolida.inventory;

public enum WorkloadKind {
    VM, VDI, CONTAINER
}
