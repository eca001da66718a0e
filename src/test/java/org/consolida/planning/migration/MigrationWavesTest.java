package org.consolida.planning.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;
import org.junit.jupiter.api.Test;

class MigrationWavesTest {
    private static final Site SITE = new Site("s1", 1.5, 0.2, 300, 1000);
    private static final Rack RACK_A = new Rack("ra", SITE, 42, 10);
    private static final Rack RACK_B = new Rack("rb", SITE, 42, 10);
    /** 10 GHz, 100 GiB memory, 1,000 GiB storage. */
    private static final HostModel MODEL = HostModel.builder("m").vendor("v").cpuVendor("intel").sockets(1)
            .coresPerSocket(10).coreGhz(1.0).memoryGib(100).storageGib(1000).rackUnits(1)
            .powerCurve(PowerCurve.linear(100, 200)).build();
    private static final HostModel AMD_MODEL = MODEL.toBuilder().id("m-amd").cpuVendor("amd").build();
    private static final Hypervisor ESXI = new Hypervisor("esxi", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware",
            true, true, 5, 2);
    private static final MigrationEstimator TEN_SECONDS = (w, from, to, mode) ->
            new MigrationEstimate(10, mode == MigrationMode.COLD ? 120 : 0.1);

    private final List<Host> hosts = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final Map<String, String> planned = new LinkedHashMap<>();

    private Host host(String id, Rack rack) {
        return host(id, rack, MODEL);
    }

    private Host host(String id, Rack rack, HostModel model) {
        Host host = new Host(id, model, rack, "c1", ESXI, HostState.ON);
        hosts.add(host);
        return host;
    }

    /**
     * A workload of {@code memoryGib} (1 GHz on 2 vCPUs, so its vCPUs keep up with 1 GHz cores after the overhead; no
     * storage) on {@code today}, planned onto {@code plannedHost}.
     */
    private void workload(String id, double memoryGib, Host today, Host plannedHost, String group) {
        workloads.add(vm(id, memoryGib).currentHost(today).group(group).build());
        planned.put(id, plannedHost.id());
    }

    private static Workload.Builder vm(String id, double memoryGib) {
        return Workload.builder(id).vcpus(2).cpuGhz(1).memoryGib(memoryGib).os("linux");
    }

    private Inventory inventory() {
        return Inventory.builder().name("t").sites(List.of(SITE)).racks(List.of(RACK_A, RACK_B))
                .hostModels(List.of(MODEL, AMD_MODEL)).hypervisors(List.of(ESXI)).hosts(hosts).workloads(workloads)
                .build();
    }

    private MigrationPlan order(Inventory inventory) {
        Map<Workload, Host> plan = new HashMap<>();
        planned.forEach((w, h) -> plan.put(inventory.workload(w), inventory.host(h)));
        MigrationPlan result = MigrationWaves.plan(inventory, plan, TEN_SECONDS);
        replayHoldsEveryStep(inventory, result, plan);
        return result;
    }

    /**
     * Replays the waves independently of the planner: while a wave runs, each moving workload occupies both hosts,
     * except a cold one, which is shut down from the start of its shutdown wave; memory must fit and no two members of
     * a group may share a host; at the end every workload is where planned.
     */
    private static void replayHoldsEveryStep(Inventory inventory, MigrationPlan result, Map<Workload, Host> plan) {
        Map<Workload, Host> where = new HashMap<>();
        inventory.workloads().stream().filter(w -> w.currentHost() != null).forEach(w -> where.put(w, w.currentHost()));
        for (Wave wave : result.waves()) {
            result.waves().stream().flatMap(w -> w.moves().stream())
                    .filter(m -> m.mode() == MigrationMode.COLD && m.shutdownWave() == wave.number())
                    .forEach(m -> where.remove(m.workload()));
            Map<Host, Double> memory = new HashMap<>();
            Map<Host, List<String>> groupsOnHost = new HashMap<>();
            Map<Workload, List<Host>> occupied = new HashMap<>();
            where.forEach((w, h) -> occupied.computeIfAbsent(w, k -> new ArrayList<>()).add(h));
            wave.moves().forEach(m -> occupied.computeIfAbsent(m.workload(), k -> new ArrayList<>()).add(m.to()));
            occupied.forEach((w, on) -> on.forEach(h -> {
                memory.merge(h, w.memoryGib(), Double::sum);
                if (w.group() != null) {
                    groupsOnHost.computeIfAbsent(h, k -> new ArrayList<>()).add(w.group());
                }
            }));
            memory.forEach((h, used) -> assertThat(used).as("memory on %s during wave %d", h.id(), wave.number())
                    .isLessThanOrEqualTo(h.model().memoryGib()));
            groupsOnHost.forEach((h, groups) -> assertThat(groups).as("groups on %s during wave %d", h.id(),
                    wave.number()).doesNotHaveDuplicates());
            wave.moves().forEach(m -> where.put(m.workload(), m.to()));
        }
        if (result.stuck().isEmpty()) {
            plan.forEach((w, h) -> assertThat(where.get(w)).as("final host of %s", w.id()).isEqualTo(h));
        }
    }

    @Test
    void aMoveWithRoomAtItsTargetRunsLiveInTheFirstWave() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        workload("a", 10, h1, h2, null);

        MigrationPlan result = order(inventory());

        assertThat(result.waves()).hasSize(1);
        Move move = result.waves().get(0).moves().get(0);
        assertThat(move.mode()).isEqualTo(MigrationMode.LIVE);
        assertThat(move.estimate().durationSeconds()).isEqualTo(10);
    }

    @Test
    void aMoveWaitsUntilItsTargetHasBeenEmptied() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        Host h3 = host("h3", RACK_A);
        workload("a", 60, h1, h2, null);
        workload("b", 60, h2, h3, null);

        MigrationPlan result = order(inventory());

        assertThat(result.waves()).hasSize(2);
        assertThat(result.waves().get(0).moves()).extracting(m -> m.workload().id()).containsExactly("b");
        assertThat(result.waves().get(1).moves()).extracting(m -> m.workload().id()).containsExactly("a");
    }

    @Test
    void aSwapOfTwoFullHostsParksOneWorkloadOnAHostWithRoom() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        host("spare", RACK_B);
        workload("a", 60, h1, h2, null);
        workload("b", 60, h2, h1, null);

        MigrationPlan result = order(inventory());

        assertThat(result.stuck()).isEmpty();
        assertThat(result.waves().get(0).moves()).singleElement()
                .satisfies(m -> assertThat(m.viaBuffer()).isTrue())
                .satisfies(m -> assertThat(m.to().id()).isEqualTo("spare"));
        assertThat(result.moveCount()).isEqualTo(3);
    }

    @Test
    void aSwapWithNoRoomAnywhereBecomesAColdMigration() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        workload("a", 60, h1, h2, null);
        workload("b", 60, h2, h1, null);

        MigrationPlan result = order(inventory());

        assertThat(result.stuck()).isEmpty();
        List<Move> moves = result.waves().stream().flatMap(w -> w.moves().stream()).toList();
        assertThat(moves).filteredOn(m -> m.mode() == MigrationMode.COLD).hasSize(1)
                .allSatisfy(m -> assertThat(m.reason()).contains("shut down"))
                .allSatisfy(m -> assertThat(m.shutdownWave()).isEqualTo(1));
        assertThat(moves).hasSize(2);
    }

    @Test
    void aGroupMemberWaitsUntilItsPartnerHasLeftTheTargetHost() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        Host h3 = host("h3", RACK_B);
        workload("web-1", 10, h1, h2, "web");
        workload("web-2", 10, h2, h3, "web");

        MigrationPlan result = order(inventory());

        assertThat(result.waves()).hasSize(2);
        assertThat(result.waves().get(0).moves()).extracting(m -> m.workload().id()).containsExactly("web-2");
    }

    @Test
    void aMoveAcrossCpuVendorsIsColdAndSaysWhy() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A, AMD_MODEL);
        workload("a", 10, h1, h2, null);

        Move move = order(inventory()).waves().get(0).moves().get(0);

        assertThat(move.mode()).isEqualTo(MigrationMode.COLD);
        assertThat(move.reason()).contains("CPU vendor Intel → AMD"); // as HostModel spells them, normalised
        assertThat(move.estimate().downtimeSeconds()).isEqualTo(120);
    }

    @Test
    void noHostTakesPartInMoreMovesPerWaveThanAllowed() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        for (int i = 0; i < 10; i++) {
            workload("w" + i, 5, h1, h2, null);
        }

        MigrationPlan result = order(inventory());

        assertThat(result.waves()).hasSize(3);
        assertThat(result.waves()).allSatisfy(w -> assertThat(w.moves().size())
                .isLessThanOrEqualTo(MigrationWaves.DEFAULT_MAX_CONCURRENT_PER_HOST));
    }

    @Test
    void workloadsNotRunningTodayAreDeployedWithoutAMigration() {
        Host h1 = host("h1", RACK_A);
        workloads.add(vm("new", 10).build());
        planned.put("new", h1.id());

        Move move = order(inventory()).waves().get(0).moves().get(0);

        assertThat(move.mode()).isEqualTo(MigrationMode.DEPLOY);
        assertThat(move.from()).isNull();
        assertThat(move.estimate()).isEqualTo(MigrationEstimate.NONE);
    }

    @Test
    void aMoveWhoseTargetNeverHasRoomEndsStuckInsteadOfGoingRoundForEver() {
        Host h1 = host("h1", RACK_A);
        Host h2 = host("h2", RACK_A);
        host("spare", RACK_B);
        workload("stays", 60, h1, h1, null);
        workload("b", 60, h2, h1, null);

        MigrationPlan result = order(inventory());

        assertThat(result.stuck()).extracting(m -> m.workload().id()).containsExactly("b");
        assertThat(result.moveCount()).as("parked once, then no more").isLessThanOrEqualTo(1);
    }
}
