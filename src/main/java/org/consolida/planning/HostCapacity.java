package org.consolida.planning;

/**
 * What one host offers of one resource after over-commit, in the resource's unit. {@code failoverReserved} says
 * whether its cluster must keep room for this resource to survive the loss of its largest host (N+1).
 */
public record HostCapacity(PlannedHost host, Resource resource, long limit, boolean failoverReserved) {
    @Override
    public String toString() {
        return host.id() + "/" + resource + "≤" + limit + " " + resource.unit();
    }
}
