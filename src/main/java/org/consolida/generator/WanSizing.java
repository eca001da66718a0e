package org.consolida.generator;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Host;
import org.consolida.inventory.Site;

/**
 * Each site's WAN link, sized as a network team provisions one: the smallest standard speed at which the site's
 * busier direction of today's cross-site traffic fills at most half the link. Half, because a datacenter interconnect
 * comes as a redundant pair and either path must carry the whole load when the other fails. A fixed 10 Gbit/s link
 * was right for a few thousand workloads and wrong at 100,000, where today's placement already sent 24.8 Gbit/s
 * across and the site-spread database pairs alone need 21.8 Gbit/s between the sites: more than 10 Gbit/s each way
 * can carry, so no plan could be feasible (docs/generator.md).
 */
final class WanSizing {
    /** Standard link speeds, Mbit/s: 10, 40, 100 and 400 Gbit/s Ethernet. */
    static final List<Double> LINK_MBPS = List.of(10_000.0, 40_000.0, 100_000.0, 400_000.0);
    /** The share of the link that today's traffic may fill in its busier direction. */
    static final double MAX_FILL = 0.5;

    private WanSizing() {
    }

    /** The sites with their links sized to today's placement of the drafts (every draft placed). */
    static List<Site> sized(List<Site> sites, List<Host> hosts, List<WorkloadDraft> drafts,
                            List<WorkloadMix.FlowDraft> flows) {
        double[] outMbps = new double[sites.size()];
        double[] inMbps = new double[sites.size()];
        for (WorkloadMix.FlowDraft flow : flows) {
            int from = sites.indexOf(hosts.get(drafts.get(flow.from()).host).site());
            int to = sites.indexOf(hosts.get(drafts.get(flow.to()).host).site());
            if (from != to) {
                outMbps[from] += flow.mbps();
                inMbps[to] += flow.mbps();
            }
        }
        List<Site> sized = new ArrayList<>(sites.size());
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            double busier = Math.max(outMbps[s], inMbps[s]);
            sized.add(new Site(site.id(), site.pue(), site.kwhPrice(), site.co2GramsPerKwh(), linkMbps(busier)));
        }
        return List.copyOf(sized);
    }

    /** The smallest standard link that {@code busierMbps} fills to at most {@link #MAX_FILL}; the largest if none. */
    static double linkMbps(double busierMbps) {
        for (double link : LINK_MBPS) {
            if (busierMbps <= MAX_FILL * link) {
                return link;
            }
        }
        return LINK_MBPS.get(LINK_MBPS.size() - 1);
    }
}
