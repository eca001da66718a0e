package org.consolida.roadef;

/** Keeps {@code target} times the free {@code resource1} at most the free {@code resource2} on each machine. */
public record BalanceObjective(int index, Resource resource1, Resource resource2, long target, long weight) {
    /** The unweighted cost on one machine given what its processes use of both resources. */
    public long imbalance(Machine machine, long used1, long used2) {
        long available1 = machine.capacity(resource1) - used1;
        long available2 = machine.capacity(resource2) - used2;
        return Math.max(0, target * available1 - available2);
    }
}
