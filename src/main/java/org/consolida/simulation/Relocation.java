package org.consolida.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.SpreadScope;

/**
 * Where the workloads of a host that fails or goes into maintenance go: first fit, over the hosts that run workloads
 * in the plan (powered-off hosts are not woken), within the host's cluster when it names one, respecting CPU and memory
 * capacity after the policy's over-commit and the vCPUs' speed (at planned demand, by the machine model, as the planner
 * does), the redundancy spread, and the hypervisor (kind and paravirtualisation; for live migration also
 * {@link MachineModel#canMigrateLive}).
 * The most critical and then the largest workloads choose first.
 *
 * <p>The plan is indexed once: each host's workloads, what they use of it, and the running hosts of each cluster in
 * index order, so that one host's case costs its own workloads times its cluster's hosts, not the whole estate
 * ({@link #relocate(int[], List, int, List, boolean)}). {@link #relocateByScan} is the plain first fit over the
 * whole placement, kept as the reference the indexed one is tested against.
 */
final class Relocation {
    private final Layout layout;
    private final boolean[] baseActive;
    private final double cpuOvercommit;
    private final double memoryOvercommit;
    // The plan indexed once.
    private final int[] hostStart;
    private final int[] hostMembers;
    private final double[] baseUsedGhz;
    private final double[] baseUsedGib;
    private final int[] activeHosts;
    private final Map<String, int[]> activeHostsOfCluster = new HashMap<>();
    // Scratch of the indexed first fit: equal to the base figures between calls.
    private final double[] usedGhz;
    private final double[] usedGib;
    private final int[] touchedStamp;
    private int stamp;
    // Whether hosts of one (hypervisor, model) class migrate live to another's: asked once per pair of classes,
    // since the machine model normalises CPU vendor names by pattern and a case asks per candidate host.
    private final int[] migrationClass;
    private final List<Host> classExample = new ArrayList<>();
    private final Map<Long, Boolean> liveBetweenClasses = new HashMap<>();

    Relocation(Layout layout, int[] base) {
        this.layout = layout;
        baseActive = new boolean[layout.hostCount];
        for (int w = 0; w < layout.workloadCount; w++) {
            int h = base[w];
            if (h >= 0) {
                baseActive[h] = true;
            }
        }
        Policy policy = layout.inventory.policy();
        cpuOvercommit = policy.cpuOvercommit();
        memoryOvercommit = policy.memoryOvercommit();
        hostStart = new int[layout.hostCount + 1];
        hostMembers = new int[layout.workloadCount];
        Layout.csr(base, layout.hostCount, hostStart, hostMembers);
        baseUsedGhz = new double[layout.hostCount];
        baseUsedGib = new double[layout.hostCount];
        for (int h = 0; h < layout.hostCount; h++) {
            // Summed in workload order, as the scan sums them.
            for (int i = hostStart[h]; i < hostStart[h + 1]; i++) {
                baseUsedGhz[h] += hostGhz(hostMembers[i], h);
                baseUsedGib[h] += layout.workloadMemoryGib[hostMembers[i]];
            }
        }
        usedGhz = baseUsedGhz.clone();
        usedGib = baseUsedGib.clone();
        touchedStamp = new int[layout.hostCount];
        migrationClass = new int[layout.hostCount];
        Map<List<Object>, Integer> classes = new HashMap<>();
        for (int h = 0; h < layout.hostCount; h++) {
            Host host = layout.hosts.get(h);
            migrationClass[h] = classes.computeIfAbsent(List.of(host.hypervisor(), host.model()), key -> {
                classExample.add(host);
                return classes.size();
            });
        }
        Map<String, List<Integer>> byCluster = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (int h = 0; h < layout.hostCount; h++) {
            if (baseActive[h]) {
                all.add(h);
                byCluster.computeIfAbsent(layout.hosts.get(h).cluster(), c -> new ArrayList<>()).add(h);
            }
        }
        activeHosts = all.stream().mapToInt(Integer::intValue).toArray();
        byCluster.forEach((cluster, hosts) -> activeHostsOfCluster.put(cluster,
                hosts.stream().mapToInt(Integer::intValue).toArray()));
    }

    boolean active(int host) {
        return baseActive[host];
    }

    /** The workloads on a host in the plan, in the order they choose a new one: most critical first, then the largest. */
    List<Integer> workloadsOn(int host) {
        List<Integer> movers = new ArrayList<>();
        for (int i = hostStart[host]; i < hostStart[host + 1]; i++) {
            movers.add(hostMembers[i]);
        }
        movers.sort(choosingOrder());
        return movers;
    }

    /** As {@link #workloadsOn(int)}, by a scan of a whole placement: the reference. */
    List<Integer> workloadsOnByScan(int[] placement, int host) {
        List<Integer> movers = new ArrayList<>();
        for (int w = 0; w < layout.workloadCount; w++) {
            if (placement[w] == host) {
                movers.add(w);
            }
        }
        movers.sort(choosingOrder());
        return movers;
    }

    private Comparator<Integer> choosingOrder() {
        return Comparator.<Integer>comparingInt(w -> -layout.workloads.get(w).criticality().ordinal())
                .thenComparingDouble(w -> -layout.workloadGhz[w]).thenComparingInt(w -> w);
    }

    /**
     * Moves {@code movers} off {@code leaving} in {@code placement}, by live migration or by a restart; returns the
     * moved ones. The others are left UNPLACED. {@code placement} must be the plan except for {@code leavers}, the
     * workloads of {@code leaving} in the plan (of which {@code movers} are some or all): the hosts that already
     * received some of them in this case are the only ones whose use differs from the plan's. Decides as
     * {@link #relocateByScan} does, to the last bit: the same hosts in the same order, the same sums.
     */
    List<Integer> relocate(int[] placement, List<Integer> movers, int leaving, List<Integer> leavers,
                           boolean liveMigration) {
        for (int w : movers) {
            placement[w] = RuntimeModel.UNPLACED; // gone from the leaving host before any of them is placed
        }
        stamp++;
        List<Integer> touched = new ArrayList<>();
        for (int w : leavers) {
            int h = placement[w];
            if (h >= 0 && touchedStamp[h] != stamp) {
                touchedStamp[h] = stamp;
                touched.add(h);
                resum(placement, h, leavers);
            }
        }
        List<Integer> moved = new ArrayList<>();
        Host source = layout.hosts.get(leaving);
        if (!liveMigration || source.hypervisor().liveMigration()) {
            int[] candidates = source.cluster().isEmpty() ? activeHosts
                    : activeHostsOfCluster.getOrDefault(source.cluster(), new int[0]);
            for (int w : movers) {
                for (int h : candidates) {
                    if (h == leaving || !fits(placement, w, h, leaving, liveMigration, usedGhz, usedGib)) {
                        continue;
                    }
                    placement[w] = h;
                    usedGhz[h] += hostGhz(w, h);
                    usedGib[h] += layout.workloadMemoryGib[w];
                    if (touchedStamp[h] != stamp) {
                        touchedStamp[h] = stamp;
                        touched.add(h);
                    }
                    moved.add(w);
                    break;
                }
            }
        }
        for (int h : touched) {
            usedGhz[h] = baseUsedGhz[h];
            usedGib[h] = baseUsedGib[h];
        }
        return moved;
    }

    /** What a host that received some of the leavers uses, summed in workload order as the scan sums it. */
    private void resum(int[] placement, int host, List<Integer> leavers) {
        int count = hostStart[host + 1] - hostStart[host];
        int[] members = Arrays.copyOfRange(hostMembers, hostStart[host], hostStart[host + 1] + leavers.size());
        for (int w : leavers) {
            if (placement[w] == host) {
                members[count++] = w;
            }
        }
        Arrays.sort(members, 0, count);
        double ghz = 0;
        double gib = 0;
        for (int i = 0; i < count; i++) {
            ghz += hostGhz(members[i], host);
            gib += layout.workloadMemoryGib[members[i]];
        }
        usedGhz[host] = ghz;
        usedGib[host] = gib;
    }

    /**
     * The reference first fit: moves {@code movers} off {@code leaving} in {@code placement}, scanning every host and
     * summing what every workload of {@code placement} uses; returns the moved ones, the others are left UNPLACED.
     */
    List<Integer> relocateByScan(int[] placement, List<Integer> movers, int leaving, boolean liveMigration) {
        for (int w : movers) {
            placement[w] = RuntimeModel.UNPLACED; // gone from the leaving host before any of them is placed
        }
        double[] scanGhz = new double[layout.hostCount];
        double[] scanGib = new double[layout.hostCount];
        for (int w = 0; w < layout.workloadCount; w++) {
            if (placement[w] >= 0) {
                scanGhz[placement[w]] += hostGhz(w, placement[w]);
                scanGib[placement[w]] += layout.workloadMemoryGib[w];
            }
        }
        Host source = layout.hosts.get(leaving);
        List<Integer> moved = new ArrayList<>();
        if (liveMigration && !source.hypervisor().liveMigration()) {
            return moved;
        }
        for (int w : movers) {
            for (int h = 0; h < layout.hostCount; h++) {
                if (h == leaving || !baseActive[h]
                        || !fits(placement, w, h, leaving, liveMigration, scanGhz, scanGib)) {
                    continue;
                }
                placement[w] = h;
                scanGhz[h] += hostGhz(w, h);
                scanGib[h] += layout.workloadMemoryGib[w];
                moved.add(w);
                break;
            }
        }
        return moved;
    }

    /** Whether workload w, leaving host {@code from}, may go to running host h given what h already uses. */
    private boolean fits(int[] placement, int w, int h, int from, boolean liveMigration, double[] ghz,
                         double[] gib) {
        return eligible(from, h, liveMigration) && layout.compatible(w, h)
                && MachineModel.vcpusKeepUp(layout.workloads.get(w), layout.hosts.get(h))
                && ghz[h] + hostGhz(w, h) <= layout.hostGhz[h] * cpuOvercommit + 1e-9
                && gib[h] + layout.workloadMemoryGib[w] <= layout.hostMemoryGib[h] * memoryOvercommit + 1e-9
                && spreadAllows(placement, w, h);
    }

    private boolean eligible(int from, int to, boolean liveMigration) {
        String cluster = layout.hosts.get(from).cluster();
        if (!cluster.isEmpty() && !cluster.equals(layout.hosts.get(to).cluster())) {
            return false;
        }
        return !liveMigration || canMigrateLive(from, to);
    }

    private boolean canMigrateLive(int from, int to) {
        int a = migrationClass[from];
        int b = migrationClass[to];
        return liveBetweenClasses.computeIfAbsent((long) a * layout.hostCount + b,
                key -> MachineModel.canMigrateLive(classExample.get(a), classExample.get(b)));
    }

    /** Host GHz a workload costs on a host at planned demand, overhead included. */
    private double hostGhz(int workload, int host) {
        return layout.workloadGhz[workload] * layout.hostGhzPerGhz(workload, host);
    }

    private boolean spreadAllows(int[] placement, int workload, int host) {
        int group = layout.workloadGroup[workload];
        if (group < 0) {
            return true;
        }
        SpreadScope scope = layout.workloads.get(workload).spread();
        for (int i = layout.groupStart[group]; i < layout.groupStart[group + 1]; i++) {
            int other = layout.groupMembers[i];
            int at = placement[other];
            if (other == workload || at < 0) {
                continue;
            }
            boolean same = switch (scope) {
                case HOST -> at == host;
                case RACK -> layout.hostRack[at] == layout.hostRack[host];
                case SITE -> layout.hostSite[at] == layout.hostSite[host];
            };
            if (same) {
                return false;
            }
        }
        return true;
    }

    /** Bandwidth of the path between two hosts for a migration: the narrowest link on it, times the migration's share. */
    double migrationMbps(int from, int to, double share) {
        double mbps = Math.min(layout.hostNicMbps[from], layout.hostNicMbps[to]);
        if (layout.hostRack[from] != layout.hostRack[to]) {
            mbps = Math.min(mbps, layout.linkMbps[layout.uplinkOut(layout.hostRack[from])]);
        }
        if (layout.hostSite[from] != layout.hostSite[to]) {
            mbps = Math.min(mbps, layout.linkMbps[layout.wanOut(layout.hostSite[from])]);
        }
        return mbps * share;
    }
}
