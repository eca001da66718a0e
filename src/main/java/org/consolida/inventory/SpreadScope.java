package org.consolida.inventory;

/** The failure domain across which the members of a redundancy group must be spread. */
public enum SpreadScope {
    HOST, RACK, SITE
}
