package org.consolida.report;

import java.util.Locale;

/** Whether a move runs live (pre-copy, short downtime) or cold (shut down, copy, start). */
public enum MigrationMode {
    LIVE, COLD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
