package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Site;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lower bound against the true optimum, found by trying every assignment of small random inventories: hosts of
 * three models at two sites (different PUE), two hypervisors (different overheads), concave and convex power curves,
 * workloads whose vCPUs keep up only on some cores, policy restrictions, a host-spread pair and a pinned workload.
 * Every assignment that {@link Packing#fits} (the hard constraints apart from network and failover, which these
 * inventories do not use) is a plan; the least energy and the fewest hosts among them must not be below the bound.
 */
class LowerBoundOptimumTest {
    private static final int HOSTS = 4;
    private static final int WORKLOADS = 7;

    static IntStream seeds() {
        return IntStream.range(0, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBoundIsNeverAboveTheOptimum(int seed) {
        Random random = new Random(seed);
        Inventory inventory = inventory(random);
        List<Restriction> restrictions = new ArrayList<>();
        for (Workload workload : inventory.workloads()) {
            if (random.nextInt(3) == 0) {
                restrictions.add(new Restriction("POL-T", workload, inventory.hosts().get(random.nextInt(HOSTS)), "test"));
            }
        }
        PlacementSolution problem = PlacementProblem.of(inventory, ForbiddenPlacements.of(inventory, restrictions));
        LowerBound bound = LowerBound.of(problem);

        double leastEnergy = Double.POSITIVE_INFINITY;
        int fewestHosts = Integer.MAX_VALUE;
        int[] choice = new int[WORKLOADS];
        int assignments = (int) Math.pow(HOSTS, WORKLOADS);
        for (int code = 0; code < assignments; code++) {
            for (int w = 0, rest = code; w < WORKLOADS; w++, rest /= HOSTS) {
                choice[w] = rest % HOSTS;
            }
            PlannedHost[] assignment = feasible(problem, choice);
            if (assignment != null) {
                PlanMetrics metrics = PlanMetrics.of(problem, assignment);
                leastEnergy = Math.min(leastEnergy, metrics.energyKwhPerYear());
                fewestHosts = Math.min(fewestHosts, metrics.activeHosts());
            }
        }
        if (leastEnergy == Double.POSITIVE_INFINITY) {
            return; // no plan places every workload: the bound claims nothing
        }
        assertThat(bound.energyKwhPerYear()).isLessThanOrEqualTo(leastEnergy);
        assertThat(bound.activeHosts()).isLessThanOrEqualTo(fewestHosts);
        assertThat(bound.relaxation()).isNotNull();
        // Not trivially low either: the LP keeps at least half of the optimum on these inventories.
        assertThat(bound.energyKwhPerYear()).isGreaterThan(0.5 * leastEnergy);
    }

    /** The assignment if every workload fits where {@code choice} puts it (pinned ones where they run), else null. */
    private static PlannedHost[] feasible(PlacementSolution problem, int[] choice) {
        Packing packing = new Packing(problem);
        for (Placement placement : problem.getPlacements()) {
            PlannedHost host = placement.isPinned() ? placement.getCurrentHost()
                    : problem.getHosts().get(choice[placement.getIndex()]);
            if (placement.isPinned() && choice[placement.getIndex()] != 0) {
                return null; // count each plan of the pinned workload once
            }
            if (!packing.fits(placement, host)) {
                return null;
            }
            packing.place(placement, host);
        }
        return packing.assignment();
    }

    private static Inventory inventory(Random random) {
        Site cheap = new Site("cheap", 1.2, 0.1, 100, 10_000);
        Site dear = new Site("dear", 1.8, 0.3, 400, 10_000);
        Rack rack1 = new Rack("r1", cheap, 42, 50);
        Rack rack2 = new Rack("r2", dear, 42, 50);
        Hypervisor light = new Hypervisor("light", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", true, true, 4, 2);
        Hypervisor heavy = new Hypervisor("heavy", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", false, true, 12, 12);
        List<HostModel> models = List.of(
                model("slow", 1, 2.0, 64, 2_000, 1, PowerCurve.linear(90, 180)),
                model("fast", 1, 3.2, 96, 2_000, 1, new PowerCurve(List.of(
                        60.0, 95.0, 120.0, 140.0, 155.0, 168.0, 180.0, 191.0, 201.0, 210.0, 218.0))),
                model("big", 2, 2.4, 192, 4_000, 2, new PowerCurve(List.of(
                        150.0, 155.0, 162.0, 172.0, 185.0, 200.0, 220.0, 245.0, 275.0, 310.0, 350.0))));
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            hosts.add(new Host("h" + h, models.get(random.nextInt(models.size())), h % 2 == 0 ? rack1 : rack2, "",
                    random.nextBoolean() ? light : heavy, HostState.ON));
        }
        List<Workload> workloads = new ArrayList<>();
        for (int w = 0; w < WORKLOADS; w++) {
            int vcpus = 1 + random.nextInt(4);
            double cpuGhz = Math.round((0.5 + random.nextDouble() * 2.6 * vcpus) * 10) / 10.0;
            VirtualizationMode mode = VirtualizationMode.values()[random.nextInt(3)];
            String group = w < 2 ? "pair" : null;
            Host today = w == WORKLOADS - 1 ? hosts.get(random.nextInt(HOSTS)) : null;
            workloads.add(Workload.builder("w" + w).vcpus(vcpus).cpuGhz(cpuGhz).memoryGib(4 + random.nextInt(40))
                    .storageGib(random.nextInt(600)).os("linux").virtualization(mode).currentHost(today)
                    .pinned(today != null).group(group).opsPerSec(100).build());
        }
        return Inventory.builder().name("tiny").sites(List.of(cheap, dear)).racks(List.of(rack1, rack2))
                .hostModels(models).hypervisors(List.of(light, heavy)).hosts(hosts).workloads(workloads).build();
    }

    /** An 8-core-per-socket model of vendor "v" with Intel CPUs and 10 Gbit/s NICs. */
    private static HostModel model(String id, int sockets, double coreGhz, double memoryGib, double storageGib,
                                   int rackUnits, PowerCurve curve) {
        return HostModel.builder(id).vendor("v").cpuVendor("Intel").sockets(sockets).coresPerSocket(8).coreGhz(coreGhz)
                .memoryGib(memoryGib).storageGib(storageGib).nicGbps(10).rackUnits(rackUnits).powerCurve(curve).build();
    }
}
