package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Workload;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class PlanFactsTest {

    private static <T> List<T> facts(TestDatacenter t, Class<T> type) {
        return PlanFacts.derive(t.inventory(), t.plan()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void flowPathFollowsThePlacementAndSkipsUnplacedEnds() {
        TestDatacenter t = TestDatacenter.esxi();
        Rack sameSite = t.rack("r2", t.site, 10);
        Rack remote = t.rack("r3", t.site("s2", 1.0, 0.10, 1_000), 10);
        Host h1 = t.host("h1");
        Workload a = t.workload("a", h1);
        t.flow(a, t.workload("b", h1), 1);
        t.flow(a, t.workload("c", t.host("h2")), 1);
        t.flow(a, t.workload("d", t.host("h3", h -> h.rack(sameSite))), 1);
        t.flow(a, t.workload("e", t.host("h4", h -> h.rack(remote))), 1);
        Workload unplaced = t.workload("f", h1);
        t.place(unplaced, null);
        t.flow(a, unplaced, 1);
        assertThat(facts(t, FlowPath.class)).extracting(FlowPath::path).containsExactly(NetworkPath.HOST_ONLY,
                NetworkPath.SAME_RACK, NetworkPath.CROSS_RACK, NetworkPath.CROSS_SITE);
    }

    @Test
    void hostNetworkLoadCountsOnlyTrafficThatLeavesIt() {
        TestDatacenter t = TestDatacenter.esxi();
        Host h1 = t.host("h1");
        Workload a = t.workload("a", h1);
        t.flow(a, t.workload("b", h1), 700);
        t.flow(a, t.workload("c", t.host("h2")), 300);
        assertThat(facts(t, PlannedHost.class)).extracting(PlannedHost::networkMbps).containsExactly(300.0, 300.0);
    }

    @Test
    void hostPeakIsTheBusiestHourNotTheSumOfPeaks() {
        List<Double> morning = new ArrayList<>(Collections.nCopies(DemandProfile.HOURS, 0.0));
        List<Double> evening = new ArrayList<>(Collections.nCopies(DemandProfile.HOURS, 0.0));
        morning.set(9, 1.0);
        evening.set(9, 0.25);
        evening.set(20, 1.0);
        TestDatacenter t = TestDatacenter.esxi();
        Host h1 = t.host("h1");
        t.workload("a", h1, w -> w.cpuGhz(8).profile(new DemandProfile("morning", morning)));
        t.workload("b", h1, w -> w.cpuGhz(8).profile(new DemandProfile("evening", evening)));
        PlannedHost planned = facts(t, PlannedHost.class).get(0);
        // Host CPU, overhead included: ESXi's paravirtualised guests cost 1 / 0.97 of their demand.
        assertThat(planned.cpuGhz()).isCloseTo(16 / 0.97, within(1e-9));
        assertThat(planned.peakCpuGhz()).isCloseTo(10 / 0.97, within(1e-9)); // (8 + 0.25 × 8) / 0.97 at 09:00
        assertThat(planned.watts()).isCloseTo(200 + 200 * (10 / 0.97) / 64.0, within(1e-9));
    }

    @Test
    void moveLinkIsTheSlowerNicAndTheWanAcrossSites() {
        TestDatacenter t = TestDatacenter.esxi();
        Host slow = t.host("slow", h -> h.model(HostModels.dual16("m1g", "Intel", 1)));
        Host remote = t.host("remote", h -> h.rack(t.rack("r2", t.site("s2", 1.0, 0.10, 500), 10)));
        Host fast = t.host("fast");
        t.place(t.workload("a", fast), slow);
        t.place(t.workload("b", fast), remote);
        t.workload("c", fast);
        assertThat(facts(t, Move.class)).extracting(m -> m.workload().id() + ":" + m.linkGbps())
                .containsExactly("a:1.0", "b:0.5");
    }

    @Test
    void clusterMarginIsCapacityLessItsLargestActiveHostLessLoad() {
        TestDatacenter t = TestDatacenter.esxi();
        Host h1 = t.host("h1");
        t.host("idle");
        t.workload("a", h1, w -> w.cpuGhz(30).memoryGib(100));
        t.workload("b", t.host("h2"), w -> w.cpuGhz(20).memoryGib(50));
        PlannedCluster cluster = facts(t, PlannedCluster.class).get(0);
        assertThat(cluster.hosts()).isEqualTo(3);
        assertThat(cluster.activeHosts()).isEqualTo(2);
        assertThat(cluster.cpuMarginGhz()).isCloseTo(2 * 64 - 64 - 50 / 0.97, within(1e-9)); // overhead included
        assertThat(cluster.memoryMarginGib()).isEqualTo(2 * 512 - 512 - 150);
    }

    @Test
    void groupCountsOnlyPlacedMembersAndRacksWithUsableHosts() {
        TestDatacenter t = TestDatacenter.esxi();
        t.host("down", h -> h.rack(t.rack("r2", t.site, 10)).state(HostState.MAINTENANCE));
        Host h1 = t.host("h1");
        t.workload("a", h1, w -> w.group("g"));
        Workload b = t.workload("b", h1, w -> w.group("g"));
        t.place(b, null);
        assertThat(facts(t, PlannedGroup.class)).singleElement().satisfies(g -> {
            assertThat(g.members()).isEqualTo(1);
            assertThat(g.availableRacks()).isEqualTo(1);
        });
    }

    @Test
    void planNamingAHostOutsideTheInventoryIsRejected() {
        TestDatacenter t = TestDatacenter.esxi();
        Workload a = t.workload("a", t.host("h1"));
        Host stranger = TestDatacenter.esxi().host("stranger");
        assertThatThrownBy(() -> PlanFacts.derive(t.inventory(), Map.of(a, stranger)))
                .hasMessageContaining("stranger").hasMessageContaining("workload a");
    }
}
