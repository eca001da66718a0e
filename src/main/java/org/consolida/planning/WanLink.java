package org.consolida.planning;

/**
 * One direction of a site's WAN link and the Mbit/s the planner may put on it. The whole problem's links carry the
 * site's {@code wan_mbps} (rounded down, as flows are rounded up); a part of a decomposed problem carries only its
 * share ({@link Decomposition}), so that parts within their shares merge into a whole within the capacity.
 */
public record WanLink(String siteId, Direction direction, long capacityMbps) {

    /** OUT carries flows from a workload on this site to one on another site; IN the flows towards this site. */
    public enum Direction { OUT, IN }

    /** The site and direction: the key the wan capacity constraint sums flows by. */
    SiteDirection key() {
        return new SiteDirection(siteId, direction);
    }

    /** A site's WAN link in one direction, without its capacity. */
    record SiteDirection(String siteId, Direction direction) {
    }
}
