package org.consolida.planning.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.Workload;

/**
 * Orders a plan's moves into waves so that every state on the way respects capacity (CPU with the hypervisor's
 * overhead and memory after over-commit, storage), the vCPUs' speed on the target (the machine model's answers, as the
 * planner counts them) and redundancy spread.
 *
 * <p>While a move runs, its workload holds room on both hosts (a live migration copies memory into the target before
 * the source lets go), so a move waits until its target has room with the source still occupied, and its group's
 * other members see it in both places. A cycle of moves that waits on itself (A→B while B→A on two full hosts) is
 * broken by parking one workload on a host with spare room (two legs, {@code viaBuffer}); if no host has room, the
 * move becomes a cold migration: shut down first, which frees its source, then started on its target once that has
 * room. Each host takes part in at most {@code maxConcurrentPerHost} moves per wave, as hypervisors limit concurrent
 * live migrations per host (vSphere: 4 on 1 GbE, 8 on 10 GbE).
 */
public final class MigrationWaves {
    public static final int DEFAULT_MAX_CONCURRENT_PER_HOST = 4;
    private static final double EPSILON = 1e-9;

    private final Inventory inventory;
    private final MigrationEstimator estimator;
    private final int maxConcurrentPerHost;
    private final Map<Host, double[]> load = new IdentityHashMap<>();
    private final Map<Workload, Host> position = new IdentityHashMap<>();
    private final Map<Workload, Host> arriving = new IdentityHashMap<>();
    private final Map<Workload, Integer> shutdownWave = new IdentityHashMap<>();
    private final java.util.Set<Workload> parked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int nextWave = 1;
    private final Map<String, List<Workload>> groups = new HashMap<>();

    private MigrationWaves(Inventory inventory, MigrationEstimator estimator, int maxConcurrentPerHost) {
        this.inventory = inventory;
        this.estimator = estimator;
        this.maxConcurrentPerHost = maxConcurrentPerHost;
        inventory.hosts().forEach(host -> load.put(host, new double[3]));
        for (Workload workload : inventory.workloads()) {
            if (workload.currentHost() != null) {
                Host host = inventory.host(workload.currentHost().id());
                position.put(workload, host);
                add(host, workload, 1);
            }
            if (workload.group() != null) {
                groups.computeIfAbsent(workload.group(), g -> new ArrayList<>()).add(workload);
            }
        }
    }

    /** The waves that take today's placement to {@code plan} (workload → planned host; absent means unplaced). */
    public static MigrationPlan plan(Inventory inventory, Map<Workload, Host> plan, MigrationEstimator estimator) {
        return plan(inventory, plan, estimator, DEFAULT_MAX_CONCURRENT_PER_HOST);
    }

    public static MigrationPlan plan(Inventory inventory, Map<Workload, Host> plan, MigrationEstimator estimator,
                                     int maxConcurrentPerHost) {
        if (maxConcurrentPerHost < 1) {
            throw new IllegalArgumentException("maxConcurrentPerHost must be >= 1, was " + maxConcurrentPerHost);
        }
        return new MigrationWaves(inventory, estimator, maxConcurrentPerHost).order(plan);
    }

    private record Pending(Workload workload, Host from, Host to, MigrationMode mode, String reason) {
    }

    private MigrationPlan order(Map<Workload, Host> plan) {
        List<Pending> pending = new ArrayList<>();
        for (Workload workload : inventory.workloads()) {
            Host target = plan.get(workload);
            Host from = position.get(workload);
            if (target == null || target.equals(from)) {
                continue; // unplaced workloads stay where they are
            }
            Host to = Objects.requireNonNull(inventory.host(target.id()), () -> "unknown host " + target.id());
            MigrationMode mode = from == null ? MigrationMode.DEPLOY
                    : canMigrateLive(from, to) ? MigrationMode.LIVE : MigrationMode.COLD;
            pending.add(new Pending(workload, from, to, mode, mode == MigrationMode.COLD ? incompatibility(from, to) : ""));
        }
        List<Wave> waves = new ArrayList<>();
        List<Move> stuck = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<Move> admitted = new ArrayList<>();
            Map<Host, Integer> busy = new IdentityHashMap<>();
            List<Pending> waiting = new ArrayList<>();
            for (Pending move : pending) {
                if (fitsNow(move, busy)) {
                    admit(move, busy, admitted, false);
                } else {
                    waiting.add(move);
                }
            }
            if (admitted.isEmpty()) {
                Pending blocked = waiting.remove(0);
                // A workload is parked at most once: parking it again could go round for ever.
                Host buffer = blocked.from() == null || !parked.add(blocked.workload()) ? null : bufferFor(blocked);
                if (buffer != null) {
                    MigrationMode firstLeg = canMigrateLive(blocked.from(), buffer) ? MigrationMode.LIVE : MigrationMode.COLD;
                    admit(new Pending(blocked.workload(), blocked.from(), buffer, firstLeg,
                            "parked to break a cycle of moves"), busy, admitted, true);
                    MigrationMode secondLeg = canMigrateLive(buffer, blocked.to()) ? MigrationMode.LIVE : MigrationMode.COLD;
                    waiting.add(0, new Pending(blocked.workload(), buffer, blocked.to(), secondLeg, ""));
                } else if (blocked.from() != null && blocked.mode() != MigrationMode.COLD) {
                    // No room anywhere: shut it down, which frees its source, and start it once its target has room.
                    stop(blocked.workload());
                    waiting.add(0, new Pending(blocked.workload(), blocked.from(), blocked.to(), MigrationMode.COLD,
                            "no host has room to break a cycle of moves: shut down, then started on its target"));
                } else if (blocked.from() != null && position.get(blocked.workload()) != null) {
                    stop(blocked.workload());
                    waiting.add(0, blocked);
                } else {
                    stuck.add(toMove(blocked, false));
                }
            }
            finish(admitted);
            if (!admitted.isEmpty()) {
                waves.add(new Wave(nextWave++, admitted));
            }
            pending = waiting;
        }
        return new MigrationPlan(waves, stuck);
    }

    private boolean fitsNow(Pending move, Map<Host, Integer> busy) {
        if (move.from() != null && position.get(move.workload()) != null
                && busy.getOrDefault(move.from(), 0) >= maxConcurrentPerHost) {
            return false;
        }
        return busy.getOrDefault(move.to(), 0) < maxConcurrentPerHost && fits(move.to(), move.workload())
                && spreadHolds(move.workload(), move.to());
    }

    private void admit(Pending move, Map<Host, Integer> busy, List<Move> admitted, boolean viaBuffer) {
        if (move.from() != null && position.get(move.workload()) != null) {
            busy.merge(move.from(), 1, Integer::sum);
        }
        busy.merge(move.to(), 1, Integer::sum);
        add(move.to(), move.workload(), 1);
        arriving.put(move.workload(), move.to());
        admitted.add(toMove(move, viaBuffer));
    }

    private Move toMove(Pending move, boolean viaBuffer) {
        MigrationEstimate estimate = move.mode() == MigrationMode.DEPLOY ? MigrationEstimate.NONE
                : estimator.estimate(move.workload(), move.from(), move.to(), move.mode());
        int shutdown = move.mode() == MigrationMode.COLD ? shutdownWave.getOrDefault(move.workload(), nextWave) : 0;
        return new Move(move.workload(), move.from(), move.to(), move.mode(), estimate, viaBuffer, move.reason(), shutdown);
    }

    /** At the end of a wave every admitted workload has left its source. */
    private void finish(List<Move> admitted) {
        for (Move move : admitted) {
            Host source = position.get(move.workload());
            if (source != null) {
                add(source, move.workload(), -1);
            }
            position.put(move.workload(), move.to());
            arriving.remove(move.workload());
        }
    }

    private void stop(Workload workload) {
        shutdownWave.put(workload, nextWave);
        Host source = position.remove(workload);
        if (source != null) {
            add(source, workload, -1);
        }
    }

    /** A host that can hold the workload for a while: not one of the move's ends, not in maintenance, with room. */
    private Host bufferFor(Pending move) {
        Host best = null;
        for (Host host : inventory.hosts()) {
            if (host.equals(move.from()) || host.equals(move.to()) || host.state() == HostState.MAINTENANCE
                    || !fits(host, move.workload()) || !spreadHolds(move.workload(), host)) {
                continue;
            }
            // Prefer a host that runs anyway over powering one on just to park a workload.
            boolean running = load.get(host)[1] > 0;
            if (best == null || running && load.get(best)[1] == 0) {
                best = host;
                if (running) {
                    break;
                }
            }
        }
        return best;
    }

    private boolean fits(Host host, Workload workload) {
        Policy policy = inventory.policy();
        double[] used = load.get(host);
        return MachineModel.vcpusKeepUp(workload, host)
                && used[0] + MachineModel.hostGhz(workload, host) <= host.model().cpuGhz() * policy.cpuOvercommit() + EPSILON
                && used[1] + workload.memoryGib() <= host.model().memoryGib() * policy.memoryOvercommit() + EPSILON
                && used[2] + workload.storageGib() <= host.model().storageGib() + EPSILON;
    }

    /** No other member of the workload's group, where it is or where it is arriving, shares the host's domain. */
    private boolean spreadHolds(Workload workload, Host host) {
        if (workload.group() == null) {
            return true;
        }
        for (Workload other : groups.get(workload.group())) {
            if (other == workload) {
                continue;
            }
            Host there = position.get(other);
            Host coming = arriving.get(other);
            if (there != null && sameDomain(there, host, workload.spread())
                    || coming != null && sameDomain(coming, host, workload.spread())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameDomain(Host a, Host b, SpreadScope scope) {
        return switch (scope) {
            case HOST -> a.id().equals(b.id());
            case RACK -> a.rack().id().equals(b.rack().id());
            case SITE -> a.site().id().equals(b.site().id());
        };
    }

    private void add(Host host, Workload workload, int sign) {
        double[] used = load.get(host);
        used[0] += sign * MachineModel.hostGhz(workload, host);
        used[1] += sign * workload.memoryGib();
        used[2] += sign * workload.storageGib();
    }

    /** Whether a workload can move live between two hosts: the machine model's one answer. */
    public static boolean canMigrateLive(Host from, Host to) {
        return MachineModel.canMigrateLive(from, to);
    }

    private static String incompatibility(Host from, Host to) {
        return "cold migration: " + String.join(", ", MachineModel.liveMigrationBlockers(from, to));
    }
}
