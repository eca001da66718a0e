package org.consolida.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;
import org.consolida.planning.Placement;
import org.consolida.planning.PlanResult;
import org.consolida.planning.Planner;
import org.consolida.planning.SolveListener;
import org.consolida.planning.SolveSettings;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The single-host cases evaluated incrementally (only what a host's failure or evacuation changes) give the same
 * figures as the full replay of each case, on estates chosen to reach every path: plans with contended CPU, memory
 * and links, redundancy groups, containers and hosted hypervisors, cold migration allowed and not, an N+1 plan from the
 * planner, and a site whose WAN carries nothing.
 */
class HostCasesTest {
    /** The incremental delivered total is the plan's plus the changes: equal to a full sum up to rounding. */
    private static final BiPredicate<Double, Double> ROUNDING = (a, b) -> Math.abs(a - b) <= 1e-12;

    static Stream<Arguments> estates() {
        Inventory generated = InventoryGenerator.generate(80, 900, 5);
        Inventory coldAllowed = withColdMigration(generated, true);
        Inventory coldForbidden = withColdMigration(generated, false);
        Inventory nPlusOne = InventoryGenerator.generate(30, 240, 11)
                .withPolicy(Policy.builder().failover(FailoverPolicy.N_PLUS_1).build());
        TestDatacenter random = TestDatacenter.random(3, 48, 420);
        Inventory noWan = noWanEstate(false);
        Inventory noWanCold = noWanEstate(true);
        SimulationSettings defaults = SimulationSettings.defaults();
        // Narrow rack uplinks: links whose fair share changes when a host's flows leave or join them.
        SimulationSettings narrowUplinks = defaults.withUplinkMbps(400);
        return Stream.of(
                Arguments.of("generated 80 hosts, today's placement", generated, today(generated), defaults),
                Arguments.of("generated 80 hosts, packed 3:1, cold migration allowed", coldAllowed,
                        packed(coldAllowed, 3), defaults),
                Arguments.of("generated 80 hosts, packed 3:1, no cold migration, narrow uplinks", coldForbidden,
                        packed(coldForbidden, 3), narrowUplinks),
                Arguments.of("generated 200 hosts, today's placement", InventoryGenerator.generate(200, 2_000, 8),
                        null, defaults),
                Arguments.of("N+1 plan of the planner", nPlusOne, planned(nPlusOne), defaults),
                Arguments.of("random test datacenter, packed 2:1, narrow uplinks", random.inventory(),
                        packed(random.inventory(), 2), defaults.withUplinkMbps(150)),
                Arguments.of("a site without WAN bandwidth, no cold migration", noWan, packed(noWan, 2), defaults),
                Arguments.of("a site without WAN bandwidth, cold migration allowed", noWanCold, packed(noWanCold, 2),
                        narrowUplinks));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyHostCaseEvaluatedIncrementallyEqualsItsFullReplay(String name, Inventory inventory,
                                                                 Map<Workload, Host> plan,
                                                                 SimulationSettings settings) {
        Map<Workload, Host> placement = plan == null ? today(inventory) : plan;
        Simulator simulator = new Simulator(inventory, DemandShares.profiles(inventory, settings), settings);

        List<CaseResult> incremental = simulator.hostCases(placement, true);
        List<CaseResult> replayed = simulator.hostCases(placement, false);

        assertThat(incremental).extracting(CaseResult::name)
                .containsExactlyElementsOf(replayed.stream().map(CaseResult::name).toList());
        for (int i = 0; i < replayed.size(); i++) {
            assertThat(incremental.get(i)).as(replayed.get(i).name()).usingRecursiveComparison()
                    .withEqualsForFields(ROUNDING, "deliveredRatio").isEqualTo(replayed.get(i));
        }
        // Not a vacuous comparison: the cases change the step (workloads lost, hosts reloaded).
        assertThat(replayed).isNotEmpty().anySatisfy(c -> assertThat(c.deliveredRatio()).isLessThan(1));
    }

    /** The estates together reach every cause and every way a workload leaves its host. */
    @Test
    void theEstatesReachEveryCauseAndEveryWayOfLeaving() {
        Set<String> causes = new TreeSet<>();
        boolean migrated = false;
        boolean restarted = false;
        boolean stranded = false;
        for (Arguments arguments : estates().toList()) {
            Inventory inventory = (Inventory) arguments.get()[1];
            @SuppressWarnings("unchecked")
            Map<Workload, Host> plan = (Map<Workload, Host>) arguments.get()[2];
            SimulationSettings settings = (SimulationSettings) arguments.get()[3];
            List<CaseResult> cases = new Simulator(inventory, DemandShares.profiles(inventory, settings), settings)
                    .hostCases(plan == null ? today(inventory) : plan, true);
            for (CaseResult c : cases) {
                causes.addAll(c.limitedBy().keySet());
                if (c.evacuation() != null) {
                    migrated |= c.evacuation().migrated() > 0;
                    restarted |= c.evacuation().restarted() > 0;
                    stranded |= !c.note().endsWith(" 0 shut down for the maintenance");
                }
            }
        }
        assertThat(causes).contains(Limit.NO_HOST.name(), Limit.NETWORK.name(), Limit.MEMORY.name(), Limit.CPU.name());
        assertThat(migrated).isTrue();
        assertThat(restarted).isTrue();
        assertThat(stranded).isTrue();
    }

    private static Map<Workload, Host> today(Inventory inventory) {
        Map<Workload, Host> today = new HashMap<>();
        inventory.workloads().forEach(w -> {
            if (w.currentHost() != null) {
                today.put(w, w.currentHost());
            }
        });
        return today;
    }

    /**
     * Today's placement with each cluster's hosts (in inventory order) taken {@code k} at a time onto the first of
     * them: hosts k times as loaded, so that CPU, memory and links are contended and relocations fail.
     */
    private static Map<Workload, Host> packed(Inventory inventory, int k) {
        Map<String, List<Host>> clusters = new LinkedHashMap<>();
        for (Host host : inventory.hosts()) {
            String cluster = host.cluster().isEmpty() ? "alone:" + host.id() : host.cluster();
            clusters.computeIfAbsent(cluster, c -> new ArrayList<>()).add(host);
        }
        Map<Host, Host> onto = new HashMap<>();
        clusters.values().forEach(hosts -> {
            for (int i = 0; i < hosts.size(); i++) {
                onto.put(hosts.get(i), hosts.get(i / k * k));
            }
        });
        Map<Workload, Host> plan = new HashMap<>();
        today(inventory).forEach((w, h) -> plan.put(w, onto.get(h)));
        return plan;
    }

    private static Map<Workload, Host> planned(Inventory inventory) {
        PlanResult result = new Planner().plan(inventory, List.of(),
                new SolveSettings(Duration.ofSeconds(2), null, 7L, 2_000L), SolveListener.NONE);
        Map<Workload, Host> plan = new HashMap<>();
        for (Placement placement : result.plan().getPlacements()) {
            if (placement.getHost() != null) {
                plan.put(placement.getWorkload(), placement.getHost().host());
            }
        }
        return plan;
    }

    private static Inventory withColdMigration(Inventory inventory, boolean allowed) {
        return inventory.withPolicy(inventory.policy().toBuilder().allowColdMigration(allowed).build());
    }

    /**
     * Two sites without clusters: "near" (first in host order) and "far", whose WAN carries nothing, so that an
     * evacuation from "far" finds its first fit across a WAN of 0 Mbit/s and cannot move live, and flows across the
     * WAN deliver nothing. Container runtimes and a hosted hypervisor beside them.
     */
    private static Inventory noWanEstate(boolean coldMigration) {
        TestDatacenter dc = new TestDatacenter()
                .policy(Policy.builder().allowColdMigration(coldMigration).build());
        Site near = dc.site("near", 1.2, 0.1, 1_000);
        Site far = dc.site("far", 1.4, 0.1, 0);
        HostModel model = HostModels.TEN_CORES.toBuilder().id("m16").coresPerSocket(8).memoryGib(96).build();
        List<Host> vmHosts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Rack rack = dc.rack((i < 6 ? "near-" : "far-") + i / 3, i < 6 ? near : far);
            vmHosts.add(dc.host("vm" + i, h -> h.rack(rack).model(model).cluster("").hypervisor(Hypervisors.KVM)));
        }
        List<Host> containerHosts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Rack rack = dc.rack(i < 2 ? "near-c" : "far-c", i < 2 ? near : far);
            containerHosts.add(dc.host("ct" + i,
                    h -> h.rack(rack).model(model).cluster("").hypervisor(Hypervisors.CONTAINERD)));
        }
        Host hosted = dc.host("vbox", h -> h.rack(dc.rack("far-c", far)).model(model).cluster("")
                .hypervisor(Hypervisors.VIRTUALBOX));
        List<Workload> vms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            vms.add(dc.workload("vm-w" + i, vmHosts.get(i % vmHosts.size()),
                    w -> w.vcpus(2 + n % 3).cpuGhz(1.0 + n % 5 * 0.6).memoryGib(4 + n % 4 * 4)
                            .group(n % 7 == 0 ? "pair" + n / 14 : null)));
        }
        for (int i = 0; i < 16; i++) {
            dc.container("ct-w" + i, 0.5 + i % 3 * 0.5, containerHosts.get(i % containerHosts.size()));
        }
        dc.vm("lab-1", 2, 1.0, 4, hosted);
        dc.vm("lab-2", 2, 1.5, 4, hosted);
        for (int i = 0; i + 7 < vms.size(); i += 3) {
            dc.flow(vms.get(i), vms.get(i + 7), 200 + 50 * (i % 5));
        }
        return dc.inventory();
    }
}
