package org.consolida.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Site;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WanSizingTest {
    @ParameterizedTest
    @CsvSource({"0, 10000", "5000, 10000", "5000.1, 40000", "20000, 40000", "20001, 100000", "49600, 100000",
            "50001, 400000", "900000, 400000"})
    void theSmallestStandardLinkThatTodaysBusierDirectionFillsToHalf(double busierMbps, double linkMbps) {
        assertThat(WanSizing.linkMbps(busierMbps)).isEqualTo(linkMbps);
    }

    @Test
    void eachSiteIsSizedByItsOwnBusierDirection() {
        TestDatacenter dc = new TestDatacenter();
        Site fra = dc.site("fra", 1.5, 0.2, 10_000);
        Site par = dc.site("par", 1.3, 0.1, 10_000);
        Host atFra = dc.host("f1", h -> h.rack(dc.rack("fr1", fra)));
        Host atPar = dc.host("p1", h -> h.rack(dc.rack("pr1", par)));
        List<WorkloadDraft> drafts = List.of(draft(0, 0), draft(1, 1), draft(2, 0), draft(3, 0));
        // fra → par 30 Gbit/s, par → fra 4 Gbit/s; 50 Gbit/s inside fra crosses nothing.
        List<WorkloadMix.FlowDraft> flows = List.of(new WorkloadMix.FlowDraft(0, 1, 30_000),
                new WorkloadMix.FlowDraft(1, 2, 4_000), new WorkloadMix.FlowDraft(2, 3, 50_000));

        List<Site> sized = WanSizing.sized(List.of(fra, par), List.of(atFra, atPar), drafts, flows);

        // Both ends see 30 Gbit/s one way: fra out, par in.
        assertThat(sized).extracting(Site::id).containsExactly("fra", "par");
        assertThat(sized).extracting(Site::wanMbps).containsExactly(100_000.0, 100_000.0);
        assertThat(sized.get(0).pue()).isEqualTo(fra.pue());
    }

    @Test
    void aGeneratedSitesTodaysCrossSiteTrafficFillsAtMostHalfItsLink() {
        Inventory inventory = InventoryGenerator.generate(200, 2000, 11);
        double[][] mbps = new double[2][2];
        for (Flow flow : inventory.flows()) {
            int from = inventory.sites().indexOf(flow.from().currentHost().site());
            int to = inventory.sites().indexOf(flow.to().currentHost().site());
            if (from != to) {
                mbps[from][0] += flow.mbps();
                mbps[to][1] += flow.mbps();
            }
        }
        for (int s = 0; s < 2; s++) {
            Site site = inventory.sites().get(s);
            assertThat(Math.max(mbps[s][0], mbps[s][1])).isPositive().isLessThanOrEqualTo(site.wanMbps() / 2);
            assertThat(site.wanMbps()).isEqualTo(WanSizing.linkMbps(Math.max(mbps[s][0], mbps[s][1])));
        }
        assertThat(inventory.racks()).allSatisfy(rack -> assertThat(inventory.sites()).contains(rack.site()));
    }

    private static WorkloadDraft draft(int index, int host) {
        WorkloadDraft draft = new WorkloadDraft(index, "w" + index, WorkloadRole.APP, WorkloadDraft.Pool.VM, "RHEL 9",
                Criticality.NORMAL, null);
        draft.host = host;
        return draft;
    }
}
