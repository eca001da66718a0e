package org.consolida.rules;

/** Where a flow's traffic runs once both ends are placed, from cheapest to dearest. */
public enum NetworkPath {
    /** Both ends on one host: the hypervisor's host-only virtual switch, no physical link. */
    HOST_ONLY,
    /** Different hosts in one rack: through the top-of-rack switch. */
    SAME_RACK,
    /** Different racks at one site: through the rack uplinks. */
    CROSS_RACK,
    /** Different sites: over the WAN (VPN or messaging). */
    CROSS_SITE
}
