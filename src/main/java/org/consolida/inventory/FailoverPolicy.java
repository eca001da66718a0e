package org.consolida.inventory;

/** The failover reserve a cluster keeps: none, or enough room to lose its largest host. */
public enum FailoverPolicy {
    NONE, N_PLUS_1
}
