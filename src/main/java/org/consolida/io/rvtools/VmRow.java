package org.consolida.io.rvtools;

import java.util.List;

/** One vInfo row, parsed; figures are null where the cell is blank. {@code row} is its index in the tab. */
record VmRow(int row, String name, String uuid, String vmId, String powerState, boolean template, Integer cpus,
             Double memoryMib, Double provisionedMib, Double inUseMib, String host, String cluster, String os,
             String haPriority, List<String> networks) {

    boolean poweredOn() {
        return powerState.isEmpty() || powerState.equalsIgnoreCase("poweredOn");
    }
}
