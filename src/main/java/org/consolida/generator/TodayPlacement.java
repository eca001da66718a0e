package org.consolida.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;

/**
 * Where the workloads run today. Largest first, each goes to the host of its pool, at its home site, whose memory is
 * least full relative to the fill that host runs at today, among those with room (at most 85 % of memory and storage)
 * and that keep its redundancy group spread as the group's scope says. What does not fit so relaxes step by step:
 * any site, then up to the full capacity, and only then it leaves its group. Nothing is ever placed over capacity.
 */
final class TodayPlacement {
    static final double ROOMY_FILL = 0.85;

    private record Level(boolean homeSiteOnly, double fillLimit, boolean keepSpread) {
    }

    private static final List<Level> LEVELS = List.of(
            new Level(true, ROOMY_FILL, true),
            new Level(false, ROOMY_FILL, true),
            new Level(false, 1.0, true),
            new Level(false, 1.0, false));

    private final List<Host> hosts;
    private final double[] memoryTarget;
    private final double[] usedMemory;
    private final double[] usedStorage;
    // Host figures in arrays: the inner loop runs workloads × hosts times (10^8 for 100,000 workloads).
    private final double[] memoryGib;
    private final double[] storageGib;
    private final int[] threads;
    private final Site[] site;
    private final boolean[] carriesDesktops;
    /** Per spread scope (by ordinal) and host, the number of its failure domain: host, rack or site. */
    private final int[][] domainOf;
    /** Per redundancy group, the failure domains its placed members use (a group has a handful of members). */
    private final Map<String, int[]> usedDomains = new HashMap<>();

    private TodayPlacement(Fleet fleet, double vdiMinNicGbps) {
        this.hosts = fleet.hosts();
        this.memoryTarget = fleet.memoryTarget();
        int count = hosts.size();
        this.usedMemory = new double[count];
        this.usedStorage = new double[count];
        this.memoryGib = new double[count];
        this.storageGib = new double[count];
        this.threads = new int[count];
        this.site = new Site[count];
        this.carriesDesktops = new boolean[count];
        this.domainOf = new int[SpreadScope.values().length][count];
        Map<String, Integer> numbers = new HashMap<>();
        for (int h = 0; h < count; h++) {
            for (SpreadScope scope : SpreadScope.values()) {
                String domain = scope + ":" + domain(hosts.get(h), scope);
                domainOf[scope.ordinal()][h] = numbers.computeIfAbsent(domain, d -> numbers.size());
            }
            HostModel model = hosts.get(h).model();
            memoryGib[h] = model.memoryGib();
            storageGib[h] = model.storageGib();
            threads[h] = 2 * model.cores();
            site[h] = hosts.get(h).site();
            carriesDesktops[h] = model.nicGbps() >= vdiMinNicGbps;
        }
    }

    static void place(List<WorkloadDraft> drafts, Fleet fleet, double vdiMinNicGbps) {
        TodayPlacement placement = new TodayPlacement(fleet, vdiMinNicGbps);
        Map<WorkloadDraft.Pool, int[]> candidates = new EnumMap<>(WorkloadDraft.Pool.class);
        for (WorkloadDraft.Pool pool : WorkloadDraft.Pool.values()) {
            candidates.put(pool, IntStream.range(0, fleet.hosts().size())
                    .filter(h -> fleet.hosts().get(h).state() == HostState.ON
                            && WorkloadMix.poolOf(fleet.hosts().get(h)) == pool).toArray());
        }
        List<WorkloadDraft> largestFirst = new ArrayList<>(drafts);
        largestFirst.sort(Comparator.comparingDouble((WorkloadDraft d) -> d.memoryGib).reversed()
                .thenComparingInt(d -> d.index));
        for (WorkloadDraft draft : largestFirst) {
            placement.place(draft, candidates.get(draft.pool));
        }
    }

    private void place(WorkloadDraft draft, int[] candidates) {
        boolean desktop = draft.role == WorkloadRole.VDI;
        for (Level level : LEVELS) {
            int[] taken = level.keepSpread() && draft.group != null ? usedDomains.get(draft.group) : null;
            int[] domains = draft.spread == null ? null : domainOf[draft.spread.ordinal()];
            Site only = level.homeSiteOnly() ? draft.homeSite : null;
            int best = -1;
            double bestScore = Double.MAX_VALUE;
            for (int h : candidates) {
                if ((only != null && site[h] != only) || (desktop && !carriesDesktops[h]) || draft.vcpus > threads[h]
                        || usedMemory[h] + draft.memoryGib > level.fillLimit() * memoryGib[h]
                        || usedStorage[h] + draft.storageGib > level.fillLimit() * storageGib[h]
                        || (taken != null && contains(taken, domains[h]))) {
                    continue;
                }
                double score = (usedMemory[h] + draft.memoryGib) / (memoryTarget[h] * memoryGib[h]);
                if (score < bestScore) {
                    best = h;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                if (!level.keepSpread()) {
                    draft.group = null;
                    draft.spread = null;
                }
                assign(draft, best);
                return;
            }
        }
        throw new InvalidInputException(Problem.error("generate", draft.id, String.format(
                "no host has room today for %.2f GiB of memory and %.0f GiB of storage: ask for more --hosts or fewer "
                        + "--workloads", draft.memoryGib, draft.storageGib)));
    }

    private void assign(WorkloadDraft draft, int h) {
        draft.host = h;
        usedMemory[h] += draft.memoryGib;
        usedStorage[h] += draft.storageGib;
        if (draft.group != null) {
            int[] taken = usedDomains.getOrDefault(draft.group, new int[0]);
            int[] more = Arrays.copyOf(taken, taken.length + 1);
            more[taken.length] = domainOf[draft.spread.ordinal()][h];
            usedDomains.put(draft.group, more);
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The failure domain a host belongs to at a spread scope. */
    static String domain(Host host, SpreadScope scope) {
        return switch (scope) {
            case HOST -> host.id();
            case RACK -> host.rack().id();
            case SITE -> host.site().id();
        };
    }
}
