package org.consolida.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Rack;
import org.consolida.inventory.RemoteAccess;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryGeneratorTest {
    private static final Inventory DEMO = InventoryGenerator.generate(24, 200, 7);
    private static final Inventory MEDIUM = InventoryGenerator.generate(200, 2000, 11);

    @Test
    void sameSeedGivesAnEqualInventoryInTheSameOrder() {
        Inventory again = InventoryGenerator.generate(24, 200, 7);

        assertThat(again).isEqualTo(DEMO);
        assertThat(again.toString()).isEqualTo(DEMO.toString());
        assertThat(again.workloads().toString()).isEqualTo(DEMO.workloads().toString());
        assertThat(again.flows()).containsExactlyElementsOf(DEMO.flows());
        assertThat(again.hosts().toString()).isEqualTo(DEMO.hosts().toString());
    }

    @Test
    void differentSeedsGiveDifferentInventories() {
        Inventory other = InventoryGenerator.generate(24, 200, 8);

        assertThat(other).isNotEqualTo(DEMO);
        assertThat(other.workloads().stream().map(Workload::memoryGib).toList())
                .isNotEqualTo(DEMO.workloads().stream().map(Workload::memoryGib).toList());
    }

    @ParameterizedTest(name = "{0} hosts, {1} workloads, seed {2}")
    @CsvSource({"4, 20, 1", "4, 20, 2", "10, 30, 5", "24, 200, 7", "24, 200, 8", "60, 400, 3", "200, 2000, 11"})
    void activeHostsRunAtFifteenToThirtyPercentCpuOnAverageWithinCapacity(int hosts, int workloads, long seed) {
        Inventory inventory = InventoryGenerator.generate(hosts, workloads, seed);

        assertThat(averageCpuUtilization(inventory)).isBetween(0.15, 0.30);
        assertThat(averageMemoryUtilization(inventory)).isBetween(0.20, 0.60);
        assertConsistent(inventory);
    }

    @Test
    void noHostIsOverCapacityTodayInCpuMemoryOrStorage() {
        for (Inventory inventory : List.of(DEMO, MEDIUM)) {
            for (Host host : inventory.hosts()) {
                List<Workload> on = inventory.workloadsOn(host);
                assertThat(on.stream().mapToDouble(Workload::cpuGhz).sum()).as(host.id() + " CPU")
                        .isLessThanOrEqualTo(host.model().cpuGhz());
                assertThat(on.stream().mapToDouble(Workload::memoryGib).sum()).as(host.id() + " memory")
                        .isLessThanOrEqualTo(host.model().memoryGib());
                assertThat(on.stream().mapToDouble(Workload::storageGib).sum()).as(host.id() + " storage")
                        .isLessThanOrEqualTo(host.model().storageGib());
            }
        }
    }

    @Test
    void everyReferenceResolvesWithinTheInventory() {
        assertConsistent(DEMO);
        assertConsistent(MEDIUM);
    }

    @Test
    void flowsJoinWebToAppAndAppToDatabaseTiers() {
        Set<String> tierPairs = MEDIUM.flows().stream()
                .filter(f -> f.from().id().startsWith("app"))
                .map(f -> tier(f.from()) + "->" + tier(f.to())).collect(Collectors.toSet());

        assertThat(tierPairs).contains("web->app", "app->db", "db->db");
        assertThat(MEDIUM.flows()).allSatisfy(f -> assertThat(f.mbps()).isPositive());
        assertThat(MEDIUM.flows()).anySatisfy(f -> assertThat(f.from().kind()).isEqualTo(WorkloadKind.CONTAINER));
        Workload web = MEDIUM.workloads().stream().filter(w -> w.id().matches("app\\d+-web-01")).findFirst()
                .orElseThrow();
        assertThat(MEDIUM.flows()).anySatisfy(f -> assertThat(f.from()).isEqualTo(web));
    }

    @Test
    void redundancyGroupsAreSpreadAsTheirScopeSays() {
        Map<String, List<Workload>> groups = MEDIUM.workloads().stream().filter(w -> w.group() != null)
                .collect(Collectors.groupingBy(Workload::group));

        assertThat(groups).isNotEmpty();
        groups.forEach((group, members) -> {
            SpreadScope scope = members.get(0).spread();
            assertThat(members).as(group).allSatisfy(w -> assertThat(w.spread()).isEqualTo(scope));
            assertThat(members.stream().map(w -> TodayPlacement.domain(w.currentHost(), scope)).distinct().count())
                    .as(group + " spread over " + scope).isEqualTo(members.size());
        });
        assertThat(groups.values().stream().map(m -> m.get(0).spread()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SpreadScope.HOST, SpreadScope.RACK, SpreadScope.SITE);
    }

    @Test
    void hostsAreMostlyBareMetalWithAFewHostedOnesAndOneContainerRuntime() {
        Map<HypervisorType, Long> byType = MEDIUM.hosts().stream()
                .collect(Collectors.groupingBy(h -> h.hypervisor().type(), Collectors.counting()));

        assertThat(byType.get(HypervisorType.TYPE_1)).isGreaterThan(MEDIUM.hosts().size() * 8L / 10);
        assertThat(byType.get(HypervisorType.TYPE_2)).isBetween(1L, 10L);
        assertThat(MEDIUM.hypervisors().stream().filter(v -> v.type() == HypervisorType.CONTAINER)).hasSize(1);
        assertThat(MEDIUM.hypervisors().stream().map(v -> v.family()).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(MEDIUM.hosts().stream().map(Host::model).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void clustersHoldHostsOfOneSiteAndOneHypervisorFamily() {
        Map<String, List<Host>> clusters = MEDIUM.hosts().stream().filter(h -> !h.cluster().isEmpty())
                .collect(Collectors.groupingBy(Host::cluster));

        assertThat(clusters.size()).isGreaterThan(4);
        clusters.forEach((cluster, members) -> {
            assertThat(members.stream().map(Host::site).distinct()).as(cluster).hasSize(1);
            assertThat(members.stream().map(h -> h.hypervisor().family()).distinct()).as(cluster).hasSize(1);
            assertThat(members).as(cluster).hasSizeLessThanOrEqualTo(Fleet.MAX_CLUSTER_HOSTS);
        });
    }

    @Test
    void racksAre42UnitsAndStayWithinUnitsAndPowerBudget() {
        Map<Rack, List<Host>> byRack = MEDIUM.hosts().stream().collect(Collectors.groupingBy(Host::rack));

        assertThat(MEDIUM.racks()).allSatisfy(r -> {
            assertThat(r.units()).isEqualTo(42);
            assertThat(r.powerKw()).isBetween(8.0, 15.0);
        });
        byRack.forEach((rack, hosts) -> {
            assertThat(hosts.stream().mapToInt(h -> h.model().rackUnits()).sum()).isLessThanOrEqualTo(rack.units());
            assertThat(hosts.stream().mapToDouble(h -> h.model().powerCurve().maxWatts()).sum())
                    .isLessThanOrEqualTo(rack.powerWatts());
        });
        assertThat(MEDIUM.racks().stream().map(Rack::site).distinct()).hasSize(2);
    }

    @Test
    void theTwoSitesDifferInPuePriceAndCarbon() {
        assertThat(DEMO.sites()).hasSize(2);
        assertThat(DEMO.sites().get(0).pue()).isNotEqualTo(DEMO.sites().get(1).pue());
        assertThat(DEMO.sites().get(0).kwhPrice()).isNotEqualTo(DEMO.sites().get(1).kwhPrice());
        assertThat(DEMO.sites().get(0).co2GramsPerKwh()).isNotEqualTo(DEMO.sites().get(1).co2GramsPerKwh());
        assertThat(DEMO.sites()).allSatisfy(s -> assertThat(s.wanMbps()).isPositive());
    }

    @Test
    void aFewHostsAreOffOrInMaintenanceAndCarryNothing() {
        List<Host> notOn = MEDIUM.hosts().stream().filter(h -> h.state() != HostState.ON).toList();

        assertThat(notOn).extracting(Host::state).contains(HostState.OFF, HostState.MAINTENANCE);
        assertThat(notOn.size()).isLessThan(MEDIUM.hosts().size() / 10);
        assertThat(notOn).allSatisfy(h -> assertThat(MEDIUM.workloadsOn(h)).isEmpty());
    }

    @Test
    void workloadSizesAreSkewedManySmallFewLarge() {
        List<Workload> vms = MEDIUM.workloads().stream().filter(w -> w.kind() == WorkloadKind.VM).toList();
        double[] memory = vms.stream().mapToDouble(Workload::memoryGib).sorted().toArray();
        double mean = vms.stream().mapToDouble(Workload::memoryGib).average().orElseThrow();

        assertThat(memory[memory.length / 2]).isLessThan(mean);
        assertThat(vms.stream().filter(w -> w.vcpus() <= 4).count())
                .isGreaterThan(3 * vms.stream().filter(w -> w.vcpus() >= 16).count());
        assertThat(MEDIUM.workloads()).allSatisfy(w -> {
            assertThat(w.vcpus()).isBetween(1, 32);
            assertThat(w.memoryGib()).isBetween(0.25, 256.0);
            assertThat(w.cpuGhz()).isPositive().isLessThanOrEqualTo(w.vcpus() * w.currentHost().model().coreGhz());
            assertThat(w.opsPerSec()).isPositive();
            assertThat(w.os()).isNotBlank();
        });
    }

    @Test
    void includesVdiPoolsWithRemoteAccessContainersPinnedWorkloadsAndDemandProfiles() {
        List<Workload> desktops = MEDIUM.workloads().stream().filter(w -> w.kind() == WorkloadKind.VDI).toList();

        assertThat(desktops).isNotEmpty();
        assertThat(desktops).extracting(Workload::remoteAccess).contains(RemoteAccess.RDP, RemoteAccess.VNC);
        assertThat(MEDIUM.workloads()).filteredOn(w -> w.kind() != WorkloadKind.VDI)
                .allSatisfy(w -> assertThat(w.remoteAccess()).isEqualTo(RemoteAccess.NONE));
        assertThat(MEDIUM.workloads()).anySatisfy(w -> assertThat(w.kind()).isEqualTo(WorkloadKind.CONTAINER));
        assertThat(MEDIUM.workloads().stream().filter(Workload::pinned).count()).isBetween(1L, 100L);
        assertThat(MEDIUM.workloads()).extracting(Workload::criticality).containsAll(
                List.of(org.consolida.inventory.Criticality.values()));
        assertThat(MEDIUM.profiles()).hasSizeBetween(3, 5);
        assertThat(MEDIUM.workloads().stream().map(w -> w.profile().id()).distinct().count())
                .isEqualTo(MEDIUM.profiles().size());
        assertThat(MEDIUM.workloads()).extracting(Workload::virtualization)
                .contains(VirtualizationMode.PARA, VirtualizationMode.FULL, VirtualizationMode.ANY);
    }

    @Test
    void generatesTheSmallestInventories() {
        Inventory one = InventoryGenerator.generate(1, 1, 1);
        Inventory tiny = InventoryGenerator.generate(4, 20, 1);

        assertThat(one.hosts()).hasSize(1);
        assertThat(one.workloads()).hasSize(1);
        assertThat(tiny.hosts()).hasSize(4);
        assertThat(tiny.workloads()).hasSize(20);
        assertConsistent(one);
        assertConsistent(tiny);
    }

    @Test
    void generatesAThousandHostsAndTenThousandWorkloads() {
        Inventory large = InventoryGenerator.generate(1_000, 10_000, 3);

        assertThat(large.hosts()).hasSize(1_000);
        assertThat(large.workloads()).hasSize(10_000);
        assertThat(averageCpuUtilization(large)).isBetween(0.15, 0.30);
        assertConsistent(large);
    }

    @Test
    void scalesWorkloadsDownWhenTheyAreManyForTheHosts() {
        Inventory crowded = InventoryGenerator.generate(10, 3_000, 4);

        assertThat(crowded.workloads()).hasSize(3_000);
        assertThat(crowded.workloads().stream().mapToDouble(Workload::memoryGib).min().orElseThrow()).isLessThan(1);
        assertConsistent(crowded);
    }

    @Test
    void refusesMoreWorkloadsThanTheHostsCanHoldAtTheSmallestSize() {
        assertThatThrownBy(() -> InventoryGenerator.generate(1, 10_000, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--workloads").hasMessageContaining("--hosts");
    }

    private static String tier(Workload workload) {
        return workload.id().replaceAll("^app\\d+-(\\w+)-\\d+$", "$1");
    }

    static double averageCpuUtilization(Inventory inventory) {
        return activeHosts(inventory).stream().mapToDouble(h -> inventory.workloadsOn(h).stream()
                .mapToDouble(Workload::cpuGhz).sum() / h.model().cpuGhz()).average().orElseThrow();
    }

    private static double averageMemoryUtilization(Inventory inventory) {
        return activeHosts(inventory).stream().mapToDouble(h -> inventory.workloadsOn(h).stream()
                .mapToDouble(Workload::memoryGib).sum() / h.model().memoryGib()).average().orElseThrow();
    }

    private static List<Host> activeHosts(Inventory inventory) {
        return inventory.hosts().stream()
                .filter(h -> h.state() == HostState.ON && !inventory.workloadsOn(h).isEmpty()).toList();
    }

    /** What any generated inventory must satisfy: references, capacity, compatibility and spread today. */
    static void assertConsistent(Inventory inventory) {
        Set<Object> sites = new HashSet<>(inventory.sites());
        assertThat(inventory.racks()).allSatisfy(r -> assertThat(sites).contains(r.site()));
        assertThat(inventory.hosts()).allSatisfy(h -> {
            assertThat(inventory.racks()).contains(h.rack());
            assertThat(inventory.hostModels()).contains(h.model());
            assertThat(inventory.hypervisors()).contains(h.hypervisor());
        });
        Map<String, Set<String>> domains = new HashMap<>();
        for (Workload w : inventory.workloads()) {
            Host host = w.currentHost();
            assertThat(host).as(w.id()).isNotNull();
            assertThat(inventory.host(host.id())).isEqualTo(host);
            assertThat(host.state()).as(w.id() + " on " + host.id()).isEqualTo(HostState.ON);
            assertThat(inventory.profiles()).contains(w.profile());
            assertThat(w.kind() == WorkloadKind.CONTAINER).as(w.id() + " on " + host.hypervisor().id())
                    .isEqualTo(host.hypervisor().type() == HypervisorType.CONTAINER);
            if (w.virtualization() == VirtualizationMode.PARA) {
                assertThat(host.hypervisor().paravirtualization()).as(w.id() + " is paravirtualised").isTrue();
            }
            if (w.kind() == WorkloadKind.VDI) {
                assertThat(host.model().nicGbps()).isGreaterThanOrEqualTo(inventory.policy().vdiMinNicGbps());
            }
            if (w.group() != null) {
                assertThat(domains.computeIfAbsent(w.group(), g -> new HashSet<>())
                        .add(TodayPlacement.domain(host, w.spread()))).as(w.id() + " spread in " + w.group()).isTrue();
            }
        }
        for (Host host : inventory.hosts()) {
            List<Workload> on = inventory.workloadsOn(host);
            assertThat(on.stream().mapToDouble(Workload::cpuGhz).sum()).isLessThanOrEqualTo(host.model().cpuGhz());
            assertThat(on.stream().mapToDouble(Workload::memoryGib).sum())
                    .isLessThanOrEqualTo(host.model().memoryGib());
            assertThat(on.stream().mapToDouble(Workload::storageGib).sum())
                    .isLessThanOrEqualTo(host.model().storageGib());
        }
        for (Flow flow : inventory.flows()) {
            assertThat(inventory.workload(flow.from().id())).isEqualTo(flow.from());
            assertThat(inventory.workload(flow.to().id())).isEqualTo(flow.to());
        }
    }
}
