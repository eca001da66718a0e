package org.consolida.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 */
final class Relocation {
    private final Layout layout;
    private final boolean[] baseActive;
    private final double cpuOvercommit;
    private final double memoryOvercommit;

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
    }

    boolean active(int host) {
        return baseActive[host];
    }

    /** The workloads on a host, in the order they choose a new one: most critical first, then the largest. */
    List<Integer> workloadsOn(int[] placement, int host) {
        List<Integer> movers = new ArrayList<>();
        for (int w = 0; w < layout.workloadCount; w++) {
            if (placement[w] == host) {
                movers.add(w);
            }
        }
        movers.sort(Comparator.<Integer>comparingInt(w -> -layout.workloads.get(w).criticality().ordinal())
                .thenComparingDouble(w -> -layout.workloadGhz[w]).thenComparingInt(w -> w));
        return movers;
    }

    /**
     * Moves {@code movers} off {@code leaving} in {@code placement}, by live migration or by a restart; returns the
     * moved ones. The others are left UNPLACED. Capacity counts what {@code placement} already holds.
     */
    List<Integer> relocate(int[] placement, List<Integer> movers, int leaving, boolean liveMigration) {
        for (int w : movers) {
            placement[w] = RuntimeModel.UNPLACED; // gone from the leaving host before any of them is placed
        }
        double[] usedGhz = new double[layout.hostCount];
        double[] usedGib = new double[layout.hostCount];
        for (int w = 0; w < layout.workloadCount; w++) {
            if (placement[w] >= 0) {
                usedGhz[placement[w]] += hostGhz(w, placement[w]);
                usedGib[placement[w]] += layout.workloadMemoryGib[w];
            }
        }
        Host source = layout.hosts.get(leaving);
        List<Integer> moved = new ArrayList<>();
        if (liveMigration && !source.hypervisor().liveMigration()) {
            return moved;
        }
        for (int w : movers) {
            for (int h = 0; h < layout.hostCount; h++) {
                if (h == leaving || !baseActive[h] || !eligible(source, layout.hosts.get(h), liveMigration)
                        || !layout.compatible(w, h)
                        || !MachineModel.vcpusKeepUp(layout.workloads.get(w), layout.hosts.get(h))
                        || usedGhz[h] + hostGhz(w, h) > layout.hostGhz[h] * cpuOvercommit + 1e-9
                        || usedGib[h] + layout.workloadMemoryGib[w] > layout.hostMemoryGib[h] * memoryOvercommit + 1e-9
                        || !spreadAllows(placement, w, h)) {
                    continue;
                }
                placement[w] = h;
                usedGhz[h] += hostGhz(w, h);
                usedGib[h] += layout.workloadMemoryGib[w];
                moved.add(w);
                break;
            }
        }
        return moved;
    }

    private static boolean eligible(Host source, Host target, boolean liveMigration) {
        if (!source.cluster().isEmpty() && !source.cluster().equals(target.cluster())) {
            return false;
        }
        return !liveMigration || MachineModel.canMigrateLive(source, target);
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
