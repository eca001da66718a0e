package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consolida.planning.Placements.host;
import static org.consolida.planning.Placements.placement;

import java.util.List;

import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

/** What the greedy constructions may not do: overload a WAN link or a NIC with the flows to the peers placed so far. */
class PackingTest {
    /** h1, h2 on site s1 (WAN 1,000 Mbit/s each way); h3 on site s2 (WAN 5,000); VMs a, b, c of 1 GHz and 8 GiB. */
    private static TestDatacenter twoSites() {
        TestDatacenter dc = new TestDatacenter();
        Site s2 = dc.site("s2", 1.0, 0.1, 5_000);
        Rack r2 = dc.rack("r2", s2, 10);
        return dc.withHosts("h1", "h2").withHost("h3", h -> h.rack(r2)).withVm("a", 1, 8).withVm("b", 1, 8)
                .withVm("c", 1, 8);
    }

    private static PlacementSolution problem(TestDatacenter dc) {
        return PlacementProblem.of(dc.inventory(), List.of());
    }

    @Test
    void aWorkloadDoesNotGoWhereItsFlowsToPlacedPeersWouldOverloadAWanLink() {
        // a→b 600 and c→b 500: with a and c on s1, b on s2 would send 1,100 Mbit/s out of s1's 1,000.
        PlacementSolution problem = problem(twoSites().withFlow("a", "b", 600).withFlow("c", "b", 500));
        Packing packing = new Packing(problem);
        packing.place(placement(problem, "a"), host(problem, "h1"));

        assertThat(packing.fits(placement(problem, "b"), host(problem, "h3"))).isTrue(); // 600 of 1,000
        packing.place(placement(problem, "c"), host(problem, "h2"));

        assertThat(packing.fits(placement(problem, "b"), host(problem, "h3"))).isFalse();
        assertThat(packing.fits(placement(problem, "b"), host(problem, "h2"))).isTrue(); // same site: no WAN
        assertThat(packing.wanBlockedSites(placement(problem, "b")))
                .containsExactly(false, true); // s1, s2 in the order of the hosts
    }

    @Test
    void flowsAlreadyOnALinkCountAgainstIt() {
        // b on s2 takes a→b 600 across; then c, whose flow c→b is 500, fits on s2 (beside b) and not on s1.
        PlacementSolution problem = problem(twoSites().withFlow("a", "b", 600).withFlow("c", "b", 500));
        Packing packing = new Packing(problem);
        packing.place(placement(problem, "a"), host(problem, "h1"));
        packing.place(placement(problem, "b"), host(problem, "h3"));

        assertThat(packing.fits(placement(problem, "c"), host(problem, "h1"))).isFalse();
        assertThat(packing.fits(placement(problem, "c"), host(problem, "h3"))).isTrue();
    }

    @Test
    void aWorkloadDoesNotGoWhereItsFlowsWouldOverloadItsOwnOrItsPeersNic() {
        // The hosts' NICs carry 10,000 Mbit/s; a→b 6,000 and c→b 5,000. With a and c on h1, b on h2 would put both
        // flows, 11,000, on h1's NIC and on h2's; beside them on h1, none. With a on h1 and c on h2, b on h1 puts
        // c→b's 5,000 on each NIC: within both.
        PlacementSolution problem = problem(twoSites().withFlow("a", "b", 6_000).withFlow("c", "b", 5_000));
        Packing packing = new Packing(problem);
        packing.place(placement(problem, "a"), host(problem, "h1"));
        packing.place(placement(problem, "c"), host(problem, "h1"));

        assertThat(packing.fits(placement(problem, "b"), host(problem, "h2"))).isFalse();
        assertThat(packing.fits(placement(problem, "b"), host(problem, "h1"))).isTrue();

        Packing apart = new Packing(problem);
        apart.place(placement(problem, "a"), host(problem, "h1"));
        apart.place(placement(problem, "c"), host(problem, "h2"));
        assertThat(apart.fits(placement(problem, "b"), host(problem, "h1"))).isTrue();
    }

    @Test
    void keepingFlowsTogetherLooksAtThePeersSiteFirst() {
        // b's peer a runs on h3 (s2). Plain first fit takes h1, the first host; kept together, b goes beside a's site.
        PlacementSolution problem = problem(twoSites().withFlow("a", "b", 10));
        Packing plain = new Packing(problem);
        plain.place(placement(problem, "a"), host(problem, "h3"));
        HostIndex index = new HostIndex(plain, problem, HostIndex.inventoryOrder(problem), false, false);
        assertThat(index.firstFit(placement(problem, "b")).id()).isEqualTo("h1");

        Packing together = new Packing(problem);
        together.place(placement(problem, "a"), host(problem, "h3"));
        HostIndex kept = new HostIndex(together, problem, HostIndex.inventoryOrder(problem), false, false)
                .keepingFlowsTogether();
        assertThat(kept.firstFit(placement(problem, "b")).id()).isEqualTo("h3");
        assertThat(kept.firstRunningElseEmpty(placement(problem, "b")).id()).isEqualTo("h3");
        // c has no flows: no preferred site, the first host.
        assertThat(kept.firstFit(placement(problem, "c")).id()).isEqualTo("h1");
    }
}
