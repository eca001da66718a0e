package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Workload;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SimulatorTest {
    private static final PowerCurve CURVE = PowerCurve.linear(100, 300);
    private static final HostModel MODEL = HostModels.TEN_CORES.toBuilder().id("m").coresPerSocket(8).coreGhz(2.5)
            .memoryGib(128).powerCurve(CURVE).build(); // 20 GHz, 128 GiB

    @Test
    void reportsBeforeAndAfterWithTheirEnergy() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        Host h2 = dc.host("h2");
        Workload a = dc.vm("a", 4, 5.0, 16, h1);
        Workload b = dc.vm("b", 4, 5.0, 16, h2);

        SimulationResult result = Simulator.simulate(dc.inventory(), Map.of(a, h1, b, h1));

        // Before: two hosts at 25 % (150 W each); after: one host at 50 % (200 W). 24 h, PUE 1.
        assertThat(result.scenario("before").energyKwh()).isCloseTo(2 * 0.150 * 24, within(1e-9));
        assertThat(result.scenario("after").energyKwh()).isCloseTo(0.200 * 24, within(1e-9));
        assertThat(result.scenario("after").activeHosts()).isEqualTo(1);
        assertThat(result.horizonHours()).isEqualTo(24.0);
        assertThat(result.stepMinutes()).isEqualTo(5);
    }

    @Test
    void anEmptyHostThatIsOnTodayDrawsIdlePowerBeforeButIsOffAfter() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        dc.host("idle"); // state ON, runs nothing
        Workload a = dc.vm("a", 4, 5.0, 16, h1);

        SimulationResult result = Simulator.simulate(dc.inventory(), Map.of(a, h1));

        // h1 at 25 %: 150 W; the idle host: 100 W before, off after.
        assertThat(result.scenario("before").itEnergyKwh()).isCloseTo((0.150 + 0.100) * 24, within(1e-9));
        assertThat(result.scenario("after").itEnergyKwh()).isCloseTo(0.150 * 24, within(1e-9));
        assertThat(result.scenario("before").activeHosts()).isEqualTo(2);
    }

    @Test
    void simulatedEnergyAtPlannedDemandAgreesWithThePlannersYearlyFigure() {
        TestDatacenter dc = datacenter();
        var site = dc.site("s-pue", 1.4, 0.10, 1_000);
        Host h1 = dc.host("h1", dc.rack("r-pue", site), MODEL, Hypervisors.NATIVE);
        Host h2 = dc.host("h2", dc.rack("r-pue", site), MODEL, Hypervisors.NATIVE);
        Workload a = dc.vm("a", 4, 7.0, 16, h1);
        Workload b = dc.vm("b", 4, 6.0, 16, h1);
        Workload c = dc.vm("c", 2, 3.0, 16, h2);
        Inventory inventory = dc.inventory();
        SimulationSettings settings = SimulationSettings.defaults();
        Simulator simulator = new Simulator(inventory, DemandShares.planned(inventory, settings), settings);

        CaseResult after = simulator.scenario("after", Map.of(a, h1, b, h1, c, h2));

        // The planner's figure: power at planned utilisation × 8,760 h × PUE, per active host.
        double planner = (CURVE.wattsAt(13.0 / 20) + CURVE.wattsAt(3.0 / 20)) / 1000 * Policy.HOURS_PER_YEAR * 1.4;
        assertThat(after.energyKwh() * Policy.HOURS_PER_YEAR / 24).isCloseTo(planner, within(1e-6));
    }

    @Test
    void simulatedEnergyAtPlannedDemandCountsTheHypervisorOverheadAsThePlannerDoes() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1", dc.rack("r1"), MODEL, Hypervisors.kvm("kvm", true, 8, 4));
        Workload a = dc.vm("a", 4, 9.6, 16, h1); // ANY runs paravirtualised here: 4 % overhead
        Inventory inventory = dc.inventory();
        SimulationSettings settings = SimulationSettings.defaults();
        Simulator simulator = new Simulator(inventory, DemandShares.planned(inventory, settings), settings);

        CaseResult after = simulator.scenario("after", Map.of(a, h1));

        // The host's cores are busy with 9.6 / 0.96 = 10 GHz of 20: 200 W, not the 196 W of 9.6 / 20.
        assertThat(after.itEnergyKwh()).isCloseTo(0.200 * 24, within(1e-9));
        // The planner asks the same machine model: 10,000 MHz of host CPU, 200 W.
        org.consolida.planning.PlacementSolution problem = org.consolida.planning.PlacementProblem.of(inventory,
                List.of());
        org.consolida.planning.PlannedHost[] assignment = {problem.getHosts().get(0)};
        assertThat(org.consolida.planning.PlanMetrics.of(problem, assignment).powerWatts()).isCloseTo(200,
                within(1e-9));
    }

    @Test
    void unplacedWorkloadsLoseTheirThroughputAndNewcomersAreLeftOutOfBefore() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        Workload a = dc.vm("a", 4, 5.0, 16, h1);
        Workload newcomer = dc.vm("new", 4, 5.0, 16, null);

        SimulationResult result = Simulator.simulate(dc.inventory(), Map.of(a, h1));

        assertThat(result.scenario("before").deliveredRatio()).isEqualTo(1.0);
        assertThat(result.scenario("before").note()).contains("1 workloads have no current host");
        CaseResult after = result.scenario("after");
        assertThat(after.deliveredRatio()).isCloseTo(0.5, within(1e-9)); // equal ops and profile: half is lost
        assertThat(after.withoutHost()).containsExactly("new");
        assertThat(after.limitedBy()).containsEntry("NO_HOST", 1);
        assertThat(newcomer.currentHost()).isNull();
    }

    @Test
    void failedHostsWorkloadsRestartByFirstFitRespectingSpread() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        Host h2 = dc.host("h2");
        Host h3 = dc.host("h3");
        Workload web1 = dc.workload("web1", h1, w -> w.vcpus(2).cpuGhz(2.0).memoryGib(8).group("web"));
        dc.workload("web2", h2, w -> w.vcpus(2).cpuGhz(2.0).memoryGib(8).group("web"));
        dc.vm("filler3", 2, 3.0, 8, h3);
        Workload huge = dc.vm("huge", 8, 18.0, 8, h1); // h1 is full: 2 + 18 = 20 GHz
        dc.vm("filler2", 2, 2.0, 8, h2);

        SimulationResult result = Simulator.simulate(dc.inventory(), dc.today());
        CaseResult failure = result.scenario("failure:h1");

        // huge goes first (largest) and fits nowhere: 4 + 18 > 20 on h2, 3 + 18 > 20 on h3. web1 may not join web2 on h2
        // (spread by host), so first fit puts it on h3.
        assertThat(failure.withoutHost()).containsExactly("huge");
        assertThat(failure.limitedBy()).containsEntry("NO_HOST", 1);
        assertThat(failure.evaluatedOver()).isEqualTo("peak step");
        assertThat(failure.note()).contains("peak step").contains("1 workloads restarted")
                .contains("1 could not restart");
        assertThat(failure.energyKwh()).isNull();
        assertThat(result.scenarios()).extracting(CaseResult::name)
                .contains("failure:h1", "failure:h2", "failure:h3", "evacuate:h1");
        assertThat(web1.group()).isEqualTo("web");
        assertThat(huge.cpuGhz()).isEqualTo(18.0);
    }

    @Test
    void evacuationMovesLiveWithinTheHypervisorFamilyAndTimesThePreCopy() {
        Hypervisor other = new Hypervisor("hv", org.consolida.inventory.HypervisorType.TYPE_1,
                org.consolida.inventory.Kernel.MICROKERNEL, "hyperv", true, true, 0, 0);
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        dc.host("h2", dc.rack("r1"), MODEL, other);
        Host h3 = dc.host("h3");
        dc.vm("a", 2, 2.0, 4, h1);
        dc.vm("b", 2, 2.0, 4, dc.hosts().get(1));
        dc.vm("c", 2, 2.0, 4, h3);

        CaseResult evacuation = Simulator.simulate(dc.inventory(), dc.today()).scenario("evacuate:h1");

        // "a" skips h2 (another family) and lands on h3 over 10 Gbit/s NICs while dirtying 20 MiB/s per GHz × 2 GHz.
        LiveMigration expected = LiveMigration.preCopy(4, 10_000, 40 * 8.388608, SimulationSettings.defaults());
        assertThat(evacuation.evacuation().migrated()).isEqualTo(1);
        assertThat(evacuation.evacuation().durationSeconds()).isCloseTo(expected.durationSeconds(), within(1e-9));
        assertThat(evacuation.evacuation().maxDowntimeSeconds()).isCloseTo(expected.downtimeSeconds(), within(1e-12));
        assertThat(evacuation.withoutHost()).isEmpty();
        assertThat(evacuation.deliveredRatio()).isEqualTo(1.0);
    }

    @Test
    void evacuationReschedulesContainersAndShutsDownVmsThatCannotMoveLive() {
        Hypervisor containerd = new Hypervisor("containerd", org.consolida.inventory.HypervisorType.CONTAINER,
                org.consolida.inventory.Kernel.MONOLITHIC, "containers", false, false, 1, 1);
        Hypervisor hosted = new Hypervisor("vbox", org.consolida.inventory.HypervisorType.TYPE_2,
                org.consolida.inventory.Kernel.MONOLITHIC, "virtualbox", false, false, 12, 12);
        TestDatacenter dc = datacenter();
        Host c1 = dc.host("c1", dc.rack("r1"), MODEL, containerd);
        Host c2 = dc.host("c2", dc.rack("r1"), MODEL, containerd);
        Host v1 = dc.host("v1", dc.rack("r1"), MODEL, hosted);
        Host v2 = dc.host("v2", dc.rack("r1"), MODEL, hosted);
        dc.container("api", 1.0, c1);
        dc.container("worker", 1.0, c2);
        dc.vm("desk1", 2, 1.0, 4, v1);
        dc.vm("desk2", 2, 1.0, 4, v2);

        SimulationResult result = Simulator.simulate(dc.inventory(), dc.today()); // default policy: no cold migration

        CaseResult containers = result.scenario("evacuate:c1");
        assertThat(containers.evacuation().migrated()).isZero();
        assertThat(containers.evacuation().restarted()).isEqualTo(1);
        assertThat(containers.withoutHost()).isEmpty();
        CaseResult vms = result.scenario("evacuate:v1");
        assertThat(vms.evacuation().restarted()).isZero();
        assertThat(vms.withoutHost()).containsExactly("desk1");
    }

    @Test
    void evacuationToAnotherRackMigratesOverTheNarrowerUplink() {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        dc.host("h2", dc.rack("r2"), MODEL, Hypervisors.NATIVE);
        dc.vm("a", 2, 2.0, 8, h1);
        dc.vm("b", 2, 2.0, 8, dc.hosts().get(1));
        SimulationSettings settings = SimulationSettings.defaults().withUplinkMbps(1_000);
        Inventory inventory = dc.inventory();

        CaseResult evacuation = new Simulator(inventory, DemandShares.profiles(inventory, settings), settings)
                .run(dc.today()).scenario("evacuate:h1");

        // 10 Gbit/s NICs, but r1's uplink carries 1 Gbit/s: the pre-copy runs at 1 Gbit/s.
        LiveMigration expected = LiveMigration.preCopy(8, 1_000, 40 * 8.388608, settings);
        assertThat(evacuation.evacuation().durationSeconds()).isCloseTo(expected.durationSeconds(), within(1e-9));
        assertThat(expected.durationSeconds()).isGreaterThan(8 * 8.589934592); // at least 8 GiB at 1 Gbit/s
    }

    @Test
    void failureOnlyRestartsWithinTheFailedHostsCluster() {
        TestDatacenter dc = datacenter();
        Host a1 = dc.host("a1", h -> h.rack(dc.rack("r1")).model(MODEL).hypervisor(Hypervisors.NATIVE).cluster("A"));
        dc.host("b1", h -> h.rack(dc.rack("r1")).model(MODEL).hypervisor(Hypervisors.NATIVE).cluster("B"));
        dc.vm("x", 2, 2.0, 4, a1);
        dc.vm("y", 2, 2.0, 4, dc.hosts().get(1));

        CaseResult failure = Simulator.simulate(dc.inventory(), dc.today()).scenario("failure:a1");

        assertThat(failure.withoutHost()).containsExactly("x");
    }

    @Test
    void resultSerialisesWithTheKeysPlanJsonExpects() throws Exception {
        TestDatacenter dc = datacenter();
        Host h1 = dc.host("h1");
        dc.vm("a", 4, 5.0, 16, h1);
        Map<Workload, Host> plan = new LinkedHashMap<>(dc.today());

        JsonNode json = new ObjectMapper().valueToTree(Simulator.simulate(dc.inventory(), plan));

        assertThat(json.get("horizonHours").asDouble()).isEqualTo(24.0);
        assertThat(json.get("stepMinutes").asInt()).isEqualTo(5);
        assertThat(json.get("assumptions").toString()).contains("off and draw 0 W").contains("PUE");
        JsonNode after = json.get("scenarios").get(1);
        assertThat(after.get("name").asText()).isEqualTo("after");
        assertThat(after.has("deliveredRatio")).isTrue();
        assertThat(after.has("workloadsBelowTarget")).isTrue();
        assertThat(after.has("energyKwh")).isTrue();
        assertThat(after.has("peakHostUtilization")).isTrue();
        assertThat(after.has("limitedBy")).isTrue();
        assertThat(json.get("scenarios").get(2).has("energyKwh")).isFalse(); // failure:h1, peak step only
    }

    /** Hosts of {@link #MODEL} on the overhead-free {@link Hypervisors#NATIVE} unless a test says otherwise. */
    private static TestDatacenter datacenter() {
        return new TestDatacenter().hostDefaults(h -> h.model(MODEL).hypervisor(Hypervisors.NATIVE));
    }
}
