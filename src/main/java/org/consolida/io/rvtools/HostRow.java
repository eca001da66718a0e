package org.consolida.io.rvtools;

/** One vHost row, parsed; {@code row} is its index in the tab. */
record HostRow(int row, String name, String datacenter, String cluster, boolean maintenance, String cpuModel,
               double speedMhz, int sockets, int coresPerSocket, double memoryMib, Integer nics, String vendor,
               String model, String esxVersion, Double cpuUsagePct, Double memoryUsagePct) {
}
