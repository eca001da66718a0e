package org.consolida.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.Workload;

/**
 * Warnings about the WAN between sites, read off the inventory before any plan: where today's placement sends more
 * across than a site's link carries, and when the flows that redundancy forces across sites exceed every link
 * together, so that no plan can keep both the spread and the WAN (the planner would report every plan infeasible
 * and could not say why).
 */
final class WanWarnings {
    private WanWarnings() {
    }

    /** @param siteLocations where each site's row is, by site id */
    static List<Problem> warnings(String file, Inventory inventory, Map<String, String> siteLocations) {
        List<Problem> problems = new ArrayList<>();
        List<Site> sites = inventory.sites();
        if (sites.size() < 2) {
            return problems;
        }
        double[] todayOut = new double[sites.size()];
        double[] todayIn = new double[sites.size()];
        double forcedMbps = 0;
        int forcedFlows = 0;
        String firstGroup = null;
        for (Flow flow : inventory.flows()) {
            if (bothSpreadBySite(flow)) {
                forcedMbps += flow.mbps();
                forcedFlows++;
                firstGroup = firstGroup == null ? flow.from().group() : firstGroup;
            }
            if (flow.from().currentHost() != null && flow.to().currentHost() != null) {
                int from = sites.indexOf(flow.from().currentHost().site());
                int to = sites.indexOf(flow.to().currentHost().site());
                if (from != to) {
                    todayOut[from] += flow.mbps();
                    todayIn[to] += flow.mbps();
                }
            }
        }
        double allLinksMbps = 0;
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            allLinksMbps += site.wanMbps();
            String where = siteLocations.getOrDefault(site.id(), "");
            over(problems, file, where, site, "out of", todayOut[s]);
            over(problems, file, where, site, "into", todayIn[s]);
        }
        // Each such flow leaves one site and enters another: all of them together need at least their sum on the
        // sites' outbound links (and on the inbound ones), however the members are placed.
        if (forcedMbps > allLinksMbps + 1e-9) {
            problems.add(Problem.warning(file, siteLocations.getOrDefault(sites.get(0).id(), ""),
                    "no plan can keep both the redundancy spread and the WAN: " + forcedFlows + " flow"
                            + (forcedFlows == 1 ? "" : "s") + " between members of groups spread by site (first: "
                            + firstGroup + ") must cross between sites, " + Numbers.text(Math.round(forcedMbps))
                            + " Mbit/s, and the sites' WAN links carry " + Numbers.text(Math.round(allLinksMbps))
                            + " Mbit/s each way in all; raise wan_mbps or spread those groups by rack"));
        }
        return problems;
    }

    /** Two members of one group spread by site are never on one site, so a flow between them always crosses. */
    private static boolean bothSpreadBySite(Flow flow) {
        Workload from = flow.from();
        Workload to = flow.to();
        return from.group() != null && from.group().equals(to.group()) && from.spread() == SpreadScope.SITE
                && to.spread() == SpreadScope.SITE;
    }

    private static void over(List<Problem> problems, String file, String where, Site site, String direction,
                             double mbps) {
        if (mbps > site.wanMbps() + 1e-9) {
            problems.add(Problem.warning(file, where, "today's placement sends " + Numbers.text(Math.round(mbps))
                    + " Mbit/s " + direction + " site \"" + site.id() + "\" over its WAN, which carries "
                    + Numbers.text(Math.round(site.wanMbps())) + " Mbit/s each way"));
        }
    }
}
