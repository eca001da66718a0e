package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

/** Closed-form cases of the engine: each expected figure is worked out by hand in the comment beside it. */
class RuntimeModelTest {
    private static final PowerCurve LINEAR_100_200 = PowerCurve.linear(100, 200);
    private static final HostModel EIGHT_CORES = HostModels.TEN_CORES.toBuilder().id("m8").coresPerSocket(8)
            .coreGhz(2.5).memoryGib(256).powerCurve(LINEAR_100_200).build();
    private static final HostModel TWO_CORES = HostModels.TEN_CORES.toBuilder().id("m2").coresPerSocket(2).coreGhz(2.0)
            .memoryGib(256).powerCurve(LINEAR_100_200).build();

    @Test
    void loneVmUnderCapacityDeliversAllItsDemand() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1");
        Workload vm = dc.vm("vm", 4, 5.0, 16, host);

        CaseResult after = day(dc, dc.today());

        assertThat(after.deliveredRatio()).isEqualTo(1.0);
        assertThat(after.workload("vm").minRatio()).isEqualTo(1.0);
        assertThat(after.workload("vm").limitedBy()).isNull();
        assertThat(after.workloadsBelowTarget()).isZero();
        // 5 GHz of 20 GHz: utilisation 0.25.
        assertThat(after.peakHostUtilization()).isCloseTo(0.25, within(1e-12));
        assertThat(vm.currentHost()).isEqualTo(host);
    }

    @Test
    void twoVmsOnASaturatedHostShareMaxMinFairlyByVcpus() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), TWO_CORES, Hypervisors.NATIVE); // 4 GHz
        dc.vm("big", 2, 3.5, 8, host);
        dc.vm("small", 2, 1.0, 8, host);

        CaseResult after = day(dc, dc.today());

        // Equal weights (2 vCPUs each): fair level 2 GHz each; "small" needs 1, so "big" gets the other 3 of its 3.5.
        // A proportional rule would have given "big" 3.5 × 4 / 4.5 = 3.11 GHz and "small" 0.89.
        assertThat(after.workload("small").deliveredRatio()).isEqualTo(1.0);
        assertThat(after.workload("big").deliveredRatio()).isCloseTo(3.0 / 3.5, within(1e-9));
        assertThat(after.workload("big").limitedBy()).isEqualTo("CPU");
        assertThat(after.peakHostUtilization()).isCloseTo(1.0, within(1e-12));
        assertThat(after.peakHostDemand()).isCloseTo(4.5 / 4, within(1e-12));
    }

    @Test
    void saturatedHostWeighsItsGuestsByTheirVcpus() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), TWO_CORES, Hypervisors.NATIVE); // 4 GHz
        dc.vm("one", 1, 2.0, 8, host);
        dc.vm("three", 3, 6.0, 8, host);

        CaseResult after = day(dc, dc.today());

        // Four vCPUs share 4 GHz, both want more than their share: 1 GHz per vCPU, so "one" gets 1 of 2 and "three"
        // gets 3 of 6 (proportional to demand would be the same here; see the test above for where the rules differ).
        assertThat(after.workload("one").deliveredRatio()).isCloseTo(0.5, within(1e-9));
        assertThat(after.workload("three").deliveredRatio()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void vmDemandingMoreThanItsVcpusIsCappedAndBlamesCpu() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1");
        dc.vm("narrow", 1, 5.0, 8, host); // one vCPU runs at most one 2.5 GHz core

        CaseResult after = day(dc, dc.today());

        assertThat(after.workload("narrow").deliveredRatio()).isCloseTo(0.5, within(1e-9));
        assertThat(after.workload("narrow").limitedBy()).isEqualTo("CPU");
    }

    @Test
    void paravirtualisedGuestsLoseLessToOverheadThanFullyVirtualisedOnesOnTheSameHost() {
        Hypervisor xen = Hypervisors.kvm("xen", true, 10, 3);
        TestDatacenter dc = datacenter();
        HostModel fourCores = HostModels.TEN_CORES.toBuilder().id("m4").coresPerSocket(4).coreGhz(2.5).memoryGib(256)
                .powerCurve(LINEAR_100_200).build(); // 10 GHz
        Host host = dc.host("h1", dc.rack("r1"), fourCores, xen);
        Workload para = dc.workload("para", host, w -> w.vcpus(4).cpuGhz(10.0).memoryGib(8)
                .virtualization(VirtualizationMode.PARA));
        Workload full = dc.workload("full", host, w -> w.vcpus(4).cpuGhz(10.0).memoryGib(8)
                .virtualization(VirtualizationMode.FULL));

        // Each alone on the host, demanding all 10 GHz that its 4 vCPUs can run: the overhead is what it cannot get.
        CaseResult paraAlone = day(dc, Map.of(para, host));
        CaseResult fullAlone = day(dc, Map.of(full, host));

        assertThat(paraAlone.workload("para").deliveredRatio()).isCloseTo(0.97, within(1e-9));
        assertThat(fullAlone.workload("full").deliveredRatio()).isCloseTo(0.90, within(1e-9));
        assertThat(paraAlone.workload("para").limitedBy()).isEqualTo("HYPERVISOR_OVERHEAD");
        assertThat(fullAlone.workload("full").limitedBy()).isEqualTo("HYPERVISOR_OVERHEAD");
    }

    @Test
    void paravirtualisedGuestUsesLessHostCpuForTheSameWork() {
        Hypervisor xen = Hypervisors.kvm("xen", true, 10, 3);
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), EIGHT_CORES, xen); // 20 GHz
        Workload para = dc.workload("para", host, w -> w.vcpus(4).cpuGhz(4.85).memoryGib(8)
                .virtualization(VirtualizationMode.PARA));
        Workload full = dc.workload("full", host, w -> w.vcpus(4).cpuGhz(4.5).memoryGib(8)
                .virtualization(VirtualizationMode.FULL));

        // 4.85 / 0.97 = 5 GHz and 4.5 / 0.9 = 5 GHz of host CPU: a quarter of the host each.
        assertThat(day(dc, Map.of(para, host)).peakHostUtilization()).isCloseTo(0.25, within(1e-9));
        assertThat(day(dc, Map.of(full, host)).peakHostUtilization()).isCloseTo(0.25, within(1e-9));
        assertThat(day(dc, Map.of(para, host)).workload("para").deliveredRatio()).isEqualTo(1.0);
    }

    @Test
    void saturationThatOnlyTheOverheadCausesBlamesTheHypervisor() {
        Hypervisor hosted = Hypervisors.kvm("hosted", false, 20, 20);
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), TWO_CORES, hosted); // 4 GHz
        dc.vm("a", 2, 1.8, 8, host);
        dc.vm("b", 2, 1.8, 8, host);

        CaseResult after = day(dc, dc.today());

        // 3.6 GHz of demand fits in 4; with 20 % overhead it asks 4.5: each gets 2 GHz raw, 1.6 useful of 1.8.
        assertThat(after.workload("a").deliveredRatio()).isCloseTo(1.6 / 1.8, within(1e-9));
        assertThat(after.workload("a").limitedBy()).isEqualTo("HYPERVISOR_OVERHEAD");
    }

    @Test
    void memoryBeyondThePhysicalCostsThroughputByTheBalloonAndSwapModel() {
        TestDatacenter dc = datacenter();
        HostModel small = HostModels.TEN_CORES.toBuilder().id("m64").coresPerSocket(8).coreGhz(2.5)
                .powerCurve(LINEAR_100_200).build();
        Host host = dc.host("h1", dc.rack("r1"), small, Hypervisors.NATIVE);
        dc.vm("a", 2, 1.0, 40, host);
        dc.vm("b", 2, 1.0, 40, host);

        CaseResult after = day(dc, dc.today());

        // 80 GiB on 64: ρ = 1.25, x = 0.2 missing; 0.1 ballooned at cost 0.5, 0.1 swapped at cost 4: 1 − 0.05 − 0.4.
        assertThat(after.workload("a").deliveredRatio()).isCloseTo(0.55, within(1e-9));
        assertThat(after.workload("a").limitedBy()).isEqualTo("MEMORY");
        assertThat(after.limitedBy()).containsEntry("MEMORY", 2);
    }

    @Test
    void flowBetweenTwoGuestsOfOneHostUsesNoNic() {
        TestDatacenter dc = datacenter();
        HostModel tinyNic = HostModels.TEN_CORES.toBuilder().id("tiny-nic").coresPerSocket(8).coreGhz(2.5)
                .memoryGib(256).nicGbps(0.001).powerCurve(LINEAR_100_200).build(); // 1 Mbit/s NIC
        Rack rack = dc.rack("r1");
        Host h1 = dc.host("h1", rack, tinyNic, Hypervisors.NATIVE);
        Host h2 = dc.host("h2", rack, tinyNic, Hypervisors.NATIVE);
        Workload a = dc.vm("a", 1, 1.0, 4, h1);
        Workload b = dc.vm("b", 1, 1.0, 4, h1);
        dc.flow(a, b, 500);

        CaseResult together = day(dc, Map.of(a, h1, b, h1));
        CaseResult apart = day(dc, Map.of(a, h1, b, h2));

        assertThat(together.deliveredRatio()).isEqualTo(1.0);
        // Apart, 500 Mbit/s must cross two 1 Mbit/s NICs.
        assertThat(apart.workload("a").deliveredRatio()).isCloseTo(1.0 / 500, within(1e-9));
        assertThat(apart.workload("b").limitedBy()).isEqualTo("NETWORK");
    }

    @Test
    void flowAcrossRacksUsesTheUplinkAndWithinARackDoesNot() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        Host h2 = dc.host("h2");
        Host h3 = dc.host("h3", dc.rack("r2"), EIGHT_CORES, Hypervisors.NATIVE);
        Workload a = dc.vm("a", 1, 1.0, 4, h1);
        Workload b = dc.vm("b", 1, 1.0, 4, h2);
        dc.flow(a, b, 400);
        SimulationSettings narrowUplink = SimulationSettings.defaults().withUplinkMbps(100);
        var inventory = dc.inventory();
        Simulator simulator = new Simulator(inventory, DemandShares.profiles(inventory, narrowUplink), narrowUplink);

        CaseResult sameRack = simulator.scenario("same rack", Map.of(a, h1, b, h2));
        CaseResult acrossRacks = simulator.scenario("across racks", Map.of(a, h1, b, h3));

        assertThat(sameRack.deliveredRatio()).isEqualTo(1.0);
        // 400 Mbit/s through a 100 Mbit/s uplink: a quarter.
        assertThat(acrossRacks.workload("a").deliveredRatio()).isCloseTo(0.25, within(1e-9));
        assertThat(acrossRacks.workload("a").limitedBy()).isEqualTo("NETWORK");
    }

    @Test
    void flowAcrossSitesIsHeldToTheWanBandwidth() {
        TestDatacenter dc = datacenter();
        var remote = dc.site("s2", 1.2, 0.10, 50); // 50 Mbit/s WAN
        Host h1 = dc.host("h1");
        Host h2 = dc.host("h2", dc.rack("r9", remote), EIGHT_CORES, Hypervisors.NATIVE);
        Workload a = dc.vm("a", 1, 1.0, 4, h1);
        Workload b = dc.vm("b", 1, 1.0, 4, h2);
        dc.flow(a, b, 200);

        CaseResult after = day(dc, dc.today());

        // Site s2's WAN in is 50 Mbit/s (s1's WAN out is 1,000): a quarter of 200.
        assertThat(after.workload("b").deliveredRatio()).isCloseTo(0.25, within(1e-9));
        assertThat(after.workload("b").limitedBy()).isEqualTo("NETWORK");
    }

    @Test
    void routesNameTheLinksOfWhereTheEndsSit() {
        TestDatacenter dc = datacenter();
        var remote = dc.site("s2", 1.2, 0.10, 200);
        dc.host("h1");
        dc.host("h2");
        dc.host("h3", dc.rack("r2"), EIGHT_CORES, Hypervisors.NATIVE);
        dc.host("h4", dc.rack("r3", remote), EIGHT_CORES, Hypervisors.NATIVE);
        Layout layout = new Layout(dc.inventory(), SimulationSettings.defaults());
        int[] path = new int[Layout.MAX_PATH];

        assertThat(Arrays.copyOf(path, layout.route(0, 0, path, 0))).containsExactly(layout.vswitch(0));
        assertThat(Arrays.copyOf(path, layout.route(0, 1, path, 0)))
                .containsExactly(layout.nicOut(0), layout.nicIn(1));
        assertThat(Arrays.copyOf(path, layout.route(0, 2, path, 0)))
                .containsExactly(layout.nicOut(0), layout.uplinkOut(0), layout.uplinkIn(1), layout.nicIn(2));
        assertThat(Arrays.copyOf(path, layout.route(0, 3, path, 0)))
                .containsExactly(layout.nicOut(0), layout.uplinkOut(0), layout.wanOut(0), layout.wanIn(1),
                        layout.uplinkIn(2), layout.nicIn(3));
        assertThat(layout.linkMbps[layout.wanIn(1)]).isEqualTo(200);
    }

    @Test
    void flowsSharingALinkGetMaxMinFairShares() {
        TestDatacenter dc = datacenter();
        HostModel hundredMbit = HostModels.TEN_CORES.toBuilder().id("nic100").coresPerSocket(8).coreGhz(2.5)
                .memoryGib(256).nicGbps(0.1).powerCurve(LINEAR_100_200).build();
        Rack rack = dc.rack("r1");
        Host h1 = dc.host("h1", rack, hundredMbit, Hypervisors.NATIVE);
        Host h2 = dc.host("h2", rack, hundredMbit, Hypervisors.NATIVE);
        Workload a = dc.vm("a", 1, 1.0, 4, h1);
        Workload b = dc.vm("b", 1, 1.0, 4, h1);
        Workload c = dc.vm("c", 1, 1.0, 4, h2);
        dc.flow(a, c, 20);
        dc.flow(b, c, 200);

        CaseResult after = day(dc, dc.today());

        // h1's 100 Mbit/s NIC: the 20 Mbit/s flow is served in full, the other gets the remaining 80 of 200.
        assertThat(after.workload("a").deliveredRatio()).isEqualTo(1.0);
        assertThat(after.workload("b").deliveredRatio()).isCloseTo(0.4, within(1e-9));
        assertThat(after.workload("c").deliveredRatio()).isCloseTo(0.4, within(1e-9)); // its tightest flow
    }

    @Test
    void energyIntegratesThePowerCurveAndEmptyHostsDrawNothing() {
        TestDatacenter dc = datacenter();
        var site = dc.site("s-pue", 1.5, 0.10, 1_000);
        Host busy = dc.host("busy", dc.rack("r-pue", site), EIGHT_CORES, Hypervisors.NATIVE);
        dc.host("empty", dc.rack("r-pue", site), EIGHT_CORES, Hypervisors.NATIVE);
        dc.vm("vm", 8, 10.0, 16, busy); // 10 of 20 GHz all day: 150 W on a 100–200 W line

        CaseResult after = day(dc, dc.today());

        assertThat(after.itEnergyKwh()).isCloseTo(0.150 * 24, within(1e-9));
        assertThat(after.energyKwh()).isCloseTo(0.150 * 24 * 1.5, within(1e-9));
        assertThat(after.activeHosts()).isEqualTo(1);
    }

    @Test
    void demandFollowsTheHourlyProfile() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), TWO_CORES, Hypervisors.NATIVE); // 4 GHz
        Double[] shares = new Double[24];
        Arrays.fill(shares, 0.5);
        shares[12] = 1.0;
        var noonPeak = new org.consolida.inventory.DemandProfile("noon", List.of(shares));
        dc.workload("a", host, w -> w.vcpus(2).cpuGhz(3.0).memoryGib(8).profile(noonPeak));
        dc.workload("b", host, w -> w.vcpus(2).cpuGhz(3.0).memoryGib(8).profile(noonPeak));

        CaseResult after = day(dc, dc.today());

        // 23 hours at 1.5 + 1.5 = 3 GHz (fits), one hour at 6 GHz on 4: each gets 2 of 3 during the noon hour.
        assertThat(after.workload("a").minRatio()).isCloseTo(2.0 / 3, within(1e-6));
        double dayRatio = (23 * 1.5 + 2.0) / (23 * 1.5 + 3.0);
        assertThat(after.workload("a").deliveredRatio()).isCloseTo(dayRatio, within(1e-9));
        // 12 of 288 steps fall short: the 5th percentile (15th smallest) is already a full step.
        assertThat(after.workload("a").p5Ratio()).isEqualTo(1.0);
    }

    private static double[] halfDay(double morning, double afternoon) {
        double[] day = new double[288];
        Arrays.fill(day, 0, 144, morning);
        Arrays.fill(day, 144, 288, afternoon);
        return day;
    }

    @Test
    void countsTheWorkloadTimeShortOfDemandAndTheHostTimeOverloaded() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), TWO_CORES, Hypervisors.NATIVE); // 4 GHz
        dc.vm("a", 2, 3.0, 8, host);
        dc.vm("b", 2, 3.0, 8, host);
        Inventory inventory = dc.inventory();
        SimulationSettings settings = SimulationSettings.defaults();
        // Morning: both at 3 GHz, 6 of 4 GHz asked, both short. Afternoon: 0.6 + 3 GHz fit.
        DemandShares shares = DemandShares.traces(inventory, List.of(halfDay(1.0, 0.2), halfDay(1.0, 1.0)), "test",
                settings);

        CaseResult after = new Simulator(inventory, shares, settings).scenario("after", dc.today());

        assertThat(after.shortOfDemandShare()).isCloseTo(0.5, within(1e-12)); // 2 × 144 of 2 × 288 steps
        assertThat(after.overloadedHostShare()).isCloseTo(0.5, within(1e-12)); // 144 of 288 host steps
    }

    @Test
    void withCloudSimsAssumptionAnIdleHostDrawsNothingEvenWithGuests() {
        TestDatacenter dc = datacenter();
        Host host = dc.host("h1", dc.rack("r1"), TWO_CORES, Hypervisors.NATIVE);
        dc.vm("a", 2, 2.0, 8, host);
        Inventory inventory = dc.inventory();
        SimulationSettings ours = SimulationSettings.defaults();
        SimulationSettings cloudSim = ours.withZeroLoadDrawsNothing(true);
        List<double[]> trace = List.of(halfDay(0.0, 1.0)); // idle all morning, 2 of 4 GHz all afternoon

        double idleToo = new Simulator(inventory, DemandShares.traces(inventory, trace, "t", ours), ours)
                .scenario("after", dc.today()).itEnergyKwh();
        double zeroWhenIdle = new Simulator(inventory, DemandShares.traces(inventory, trace, "t", cloudSim), cloudSim)
                .scenario("after", dc.today()).itEnergyKwh();

        // 12 h at 100 W idle plus 12 h at 150 W (half load on 100–200 W); CloudSim's view drops the idle morning.
        assertThat(idleToo).isCloseTo((12 * 100 + 12 * 150) / 1000.0, within(1e-9));
        assertThat(zeroWhenIdle).isCloseTo(12 * 150 / 1000.0, within(1e-9));
    }

    /** The plan over one day, scenario "after" alone. */
    private static CaseResult day(TestDatacenter dc, Map<Workload, Host> plan) {
        SimulationSettings settings = SimulationSettings.defaults();
        Inventory inventory = dc.inventory();
        return new Simulator(inventory, DemandShares.profiles(inventory, settings), settings).scenario("after", plan);
    }

    /** Hosts of {@link #EIGHT_CORES} on the overhead-free {@link Hypervisors#NATIVE} unless a test says otherwise. */
    private static TestDatacenter datacenter() {
        return new TestDatacenter().hostDefaults(h -> h.model(EIGHT_CORES).hypervisor(Hypervisors.NATIVE));
    }
}
