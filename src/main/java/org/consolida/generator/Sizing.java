package org.consolida.generator;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

import org.consolida.generator.WorkloadDraft.Pool;
import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;

/**
 * Scales the drafts' sizes to the hosts that run them, pool by pool, keeping their skew: memory to fill about 45 % of
 * the pool's memory (memory is what binds in most virtualised datacenters), storage about 35 %, and about one vCPU per
 * physical core. So 20 workloads on 4 hosts come out larger than 100,000 on 1,000 hosts. Realistic bounds apply
 * (vCPUs 1-32, memory up to 256 GiB, desktops and containers smaller), and no workload is larger than half the largest
 * host of its pool. When the hosts are too few for the workloads at realistic sizes (1 GiB and more), memory is scaled
 * below 1 GiB, down to 256 MiB; when even that does not fit, generation stops with an error rather than produce an
 * over-full datacenter.
 */
final class Sizing {
    static final double MEMORY_FILL = 0.45;
    static final double STORAGE_FILL = 0.35;
    static final double VCPUS_PER_CORE = 0.6;
    static final double SMALLEST_MEMORY_GIB = 0.25;
    /** The most memory today's workloads may take of a pool; above it placement could not keep within capacity. */
    static final double MOST_MEMORY_FILL = 0.8;
    /** vCPU counts as people size VMs: powers of two. */
    private static final int[] VCPU_STEPS = {1, 2, 4, 8, 16, 32};

    private Sizing() {
    }

    static void apply(List<WorkloadDraft> drafts, List<Host> fleet, double vdiMinNicGbps) {
        for (Pool pool : Pool.values()) {
            List<WorkloadDraft> members = drafts.stream().filter(d -> d.pool == pool).toList();
            List<Host> hosts = fleet.stream()
                    .filter(h -> WorkloadMix.canRun(new WorkloadDraft(-1, "probe", WorkloadRole.GENERAL, pool, "",
                            null, null), h, vdiMinNicGbps)).toList();
            if (!members.isEmpty()) {
                size(pool, members, hosts);
            }
        }
    }

    private static void size(Pool pool, List<WorkloadDraft> members, List<Host> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalStateException("no host switched on can run the " + pool + " workloads");
        }
        double memory = hosts.stream().mapToDouble(h -> h.model().memoryGib()).sum();
        double storage = hosts.stream().mapToDouble(h -> h.model().storageGib()).sum();
        double cores = hosts.stream().mapToDouble(h -> h.model().cores()).sum();
        int maxThreads = 2 * hosts.stream().mapToInt(h -> h.model().cores()).max().orElseThrow();
        double maxMemory = hosts.stream().mapToDouble(h -> h.model().memoryGib()).max().orElseThrow() / 2;
        double maxStorage = hosts.stream().mapToDouble(h -> h.model().storageGib()).max().orElseThrow() / 2;

        double memoryScale = scale(members, MEMORY_FILL * memory, (d, s) -> memoryGib(d, s, maxMemory));
        double storageScale = scale(members, STORAGE_FILL * storage, (d, s) -> storageGib(d, s, maxStorage));
        double vcpuScale = Math.max(0.5, Math.min(2, VCPUS_PER_CORE * cores
                / members.stream().mapToDouble(d -> d.rawVcpus).sum()));
        for (WorkloadDraft draft : members) {
            draft.memoryGib = memoryGib(draft, memoryScale, maxMemory);
            draft.storageGib = storageGib(draft, storageScale, maxStorage);
            draft.vcpus = vcpus(draft, vcpuScale, maxThreads);
        }
        double needed = members.stream().mapToDouble(d -> d.memoryGib).sum();
        if (needed > MOST_MEMORY_FILL * memory) {
            throw new InvalidInputException(Problem.error("generate", "--workloads", String.format(
                    "%d %s workloads need %.0f GiB of memory even at %.2f GiB each, but the %d hosts that can run them "
                            + "offer %.0f GiB (%.0f %% at most may be used today): ask for more --hosts or fewer --workloads",
                    members.size(), pool.name().toLowerCase(Locale.ROOT), needed, SMALLEST_MEMORY_GIB,
                    hosts.size(), memory, 100 * MOST_MEMORY_FILL)));
        }
    }

    /** The factor that brings the drafts' total to a target, found by a few fixed-point steps because of the bounds. */
    private static double scale(List<WorkloadDraft> drafts, double target,
                                ToDoubleBiFunction<WorkloadDraft, Double> sizeAt) {
        double scale = 1;
        for (int step = 0; step < 6; step++) {
            double total = 0;
            for (WorkloadDraft draft : drafts) {
                total += sizeAt.applyAsDouble(draft, scale);
            }
            scale = Math.min(8, scale * target / total);
        }
        return scale;
    }

    /** How far a role's size may grow when workloads are few: desktops, containers and lab VMs keep their size class. */
    private static double capped(WorkloadDraft draft, double scale) {
        return switch (draft.role) {
            case VDI, CONTAINER, LAB -> Math.min(scale, 1.5);
            default -> scale;
        };
    }

    static double memoryGib(WorkloadDraft draft, double scale, double maxMemoryGib) {
        double gib = draft.rawMemoryGib * capped(draft, scale);
        double max = Math.min(maxMemoryGib, switch (draft.role) {
            case VDI, CONTAINER -> 32;
            case LAB -> 16;
            default -> 256;
        });
        double floor = scale >= 1 && draft.role != WorkloadRole.CONTAINER ? 1 : SMALLEST_MEMORY_GIB;
        double rounded = gib >= 4 ? Math.round(gib) : Math.round(gib * 4) / 4.0;
        return Math.max(floor, Math.min(max, rounded));
    }

    static double storageGib(WorkloadDraft draft, double scale, double maxStorageGib) {
        double gib = draft.rawStorageGib * capped(draft, scale);
        return Math.max(1, Math.min(maxStorageGib, Math.round(gib)));
    }

    static int vcpus(WorkloadDraft draft, double scale, int maxThreads) {
        int max = maxVcpus(draft, maxThreads);
        double wanted = draft.rawVcpus * capped(draft, scale);
        // Nearest on a log scale: 3 vCPUs wanted round to 4, 1.4 to 1.
        int best = 1;
        for (int step : VCPU_STEPS) {
            if (step <= max && Math.abs(StrictMath.log(step / wanted)) < Math.abs(StrictMath.log(best / wanted))) {
                best = step;
            }
        }
        return best;
    }

    /** The most vCPUs a workload of its role may have on a host with that many hardware threads. */
    static int maxVcpus(WorkloadDraft draft, int threads) {
        return Math.min(threads, switch (draft.role) {
            case VDI -> 8;
            case CONTAINER -> 16;
            case LAB -> 4;
            default -> 32;
        });
    }

    /** The next common vCPU count above this one, or the same if none is allowed. */
    static int nextVcpus(int vcpus, int max) {
        for (int step : VCPU_STEPS) {
            if (step > vcpus && step <= max) {
                return step;
            }
        }
        return vcpus;
    }
}
