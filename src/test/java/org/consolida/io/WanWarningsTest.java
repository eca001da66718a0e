package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.consolida.inventory.Problem;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class WanWarningsTest {
    private static final Map<String, String> ROWS = Map.of("s1", "Sites!A2", "s2", "Sites!A3");

    /** h1 at s1 and h2 at s2, each site's WAN 1,000 Mbit/s each way; a on h1 and b on h2, one group spread by site. */
    private static TestDatacenter pairAcrossSites() {
        TestDatacenter dc = new TestDatacenter();
        Site s2 = dc.site("s2", 1.0, 0.1, 1_000);
        Rack r2 = dc.rack("r2", s2, 10);
        return dc.withHosts("h1").withHost("h2", h -> h.rack(r2))
                .withWorkload("a", "h1", w -> w.group("g").spread(SpreadScope.SITE))
                .withWorkload("b", "h2", w -> w.group("g").spread(SpreadScope.SITE))
                .withWorkload("c", "h1", w -> w);
    }

    @Test
    void noWarningWhileTodaysTrafficAndTheForcedFlowsFit() {
        TestDatacenter dc = pairAcrossSites().withFlow("a", "b", 900).withFlow("b", "a", 900);

        assertThat(WanWarnings.warnings("dc.xlsx", dc.inventory(), ROWS)).isEmpty();
    }

    @Test
    void warnsWhereTodaysPlacementSendsMoreAcrossThanASiteCarries() {
        // a→b 1,500: out of s1 and into s2, each over its 1,000; the pair's 1,500 fits the 2,000 of both links.
        TestDatacenter dc = pairAcrossSites().withFlow("a", "b", 1_500).withFlow("c", "a", 5_000);

        List<Problem> warnings = WanWarnings.warnings("dc.xlsx", dc.inventory(), ROWS);

        assertThat(warnings).extracting(Problem::where).containsExactly("Sites!A2", "Sites!A3");
        assertThat(warnings).extracting(Problem::message).containsExactly(
                "today's placement sends 1500 Mbit/s out of site \"s1\" over its WAN, which carries 1000 Mbit/s each way",
                "today's placement sends 1500 Mbit/s into site \"s2\" over its WAN, which carries 1000 Mbit/s each way");
    }

    @Test
    void warnsWhenTheFlowsASiteSpreadForcesAcrossExceedEveryLinkTogether() {
        // a→b 1,100 and b→a 1,000 must cross wherever a and b go: 2,100 against 1,000 + 1,000 out of the two sites.
        TestDatacenter dc = pairAcrossSites().withFlow("a", "b", 1_100).withFlow("b", "a", 1_000);

        List<Problem> warnings = WanWarnings.warnings("dc.xlsx", dc.inventory(), ROWS);

        assertThat(warnings).last().extracting(Problem::where).isEqualTo("Sites!A2");
        assertThat(warnings).last().extracting(Problem::message).isEqualTo(
                "no plan can keep both the redundancy spread and the WAN: 2 flows between members of groups spread by "
                        + "site (first: g) must cross between sites, 2100 Mbit/s, and the sites' WAN links carry 2000 "
                        + "Mbit/s each way in all; raise wan_mbps or spread those groups by rack");
        assertThat(warnings).allSatisfy(w -> assertThat(w.isError()).isFalse());
    }
}
