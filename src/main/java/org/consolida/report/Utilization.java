package org.consolida.report;

/** A host's use of each resource, as fractions of its capacity after over-commit (0.75 = 75 %). */
public record Utilization(double cpu, double memory, double storage, double network) {
    public static final Utilization IDLE = new Utilization(0, 0, 0, 0);
}
