package org.consolida.io.rvtools;

/** A host's load when the export was taken, from vHost {@code CPU usage %} and {@code Memory usage %}; null if blank. */
public record HostLoad(Double cpuPct, Double memoryPct) {
}
