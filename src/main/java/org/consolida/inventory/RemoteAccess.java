package org.consolida.inventory;

/** How users reach a workload's desktop directly, if at all. */
public enum RemoteAccess {
    NONE, RDP, VNC
}
