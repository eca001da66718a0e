package org.consolida.planning;

/**
 * A flow between two workloads, by their placement index: a problem fact must not point at planning entities, whose
 * clones the solver makes. {@code mbps} is rounded up to whole Mbit/s for the network capacity; the cost rates are
 * cents per year for the whole flow, by how far it travels.
 */
public record Traffic(int fromIndex, int toIndex, String from, String to, long mbps, long crossHostCents,
                      long crossRackCents, long crossSiteCents) {

    /** The NIC load this flow puts on each of its ends when they are on different hosts. */
    public Load networkLoad() {
        return Load.of(Resource.NETWORK, mbps);
    }

    /** The yearly cost in cents of this flow between two hosts (0 on the same host). */
    public long costCents(PlannedHost a, PlannedHost b) {
        return switch (distance(a, b)) {
            case HOST -> 0;
            case RACK -> crossHostCents;
            case SITE -> crossRackCents;
            case WAN -> crossSiteCents;
        };
    }

    /** How far traffic between two hosts travels: the largest failure domain it leaves. */
    public static Distance distance(PlannedHost a, PlannedHost b) {
        if (a == b) {
            return Distance.HOST;
        }
        if (a.rack().id().equals(b.rack().id())) {
            return Distance.RACK;
        }
        if (a.rack().site().id().equals(b.rack().site().id())) {
            return Distance.SITE;
        }
        return Distance.WAN;
    }

    /** Where a flow stays: on one host, within a rack, within a site, or across the WAN. */
    public enum Distance { HOST, RACK, SITE, WAN }
}
