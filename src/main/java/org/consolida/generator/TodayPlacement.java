package org.consolida.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
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
    private final Map<String, Set<String>> usedDomains = new HashMap<>();

    private TodayPlacement(Fleet fleet) {
        this.hosts = fleet.hosts();
        this.memoryTarget = fleet.memoryTarget();
        this.usedMemory = new double[hosts.size()];
        this.usedStorage = new double[hosts.size()];
    }

    static void place(List<WorkloadDraft> drafts, Fleet fleet, double vdiMinNicGbps) {
        TodayPlacement placement = new TodayPlacement(fleet);
        Map<WorkloadDraft.Pool, List<Integer>> candidates = new HashMap<>();
        for (WorkloadDraft.Pool pool : WorkloadDraft.Pool.values()) {
            candidates.put(pool, new ArrayList<>());
        }
        for (int h = 0; h < fleet.hosts().size(); h++) {
            Host host = fleet.hosts().get(h);
            if (host.state() == HostState.ON) {
                candidates.get(WorkloadMix.poolOf(host)).add(h);
            }
        }
        List<WorkloadDraft> largestFirst = new ArrayList<>(drafts);
        largestFirst.sort(Comparator.comparingDouble((WorkloadDraft d) -> d.memoryGib).reversed()
                .thenComparingInt(d -> d.index));
        for (WorkloadDraft draft : largestFirst) {
            placement.place(draft, candidates.get(draft.pool), vdiMinNicGbps);
        }
    }

    private void place(WorkloadDraft draft, List<Integer> candidates, double vdiMinNicGbps) {
        for (Level level : LEVELS) {
            int best = -1;
            double bestScore = Double.MAX_VALUE;
            for (int h : candidates) {
                Host host = hosts.get(h);
                if (fits(draft, h, level) && WorkloadMix.canRun(draft, host, vdiMinNicGbps)) {
                    double score = (usedMemory[h] + draft.memoryGib) / (memoryTarget[h] * host.model().memoryGib());
                    if (score < bestScore) {
                        best = h;
                        bestScore = score;
                    }
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

    private boolean fits(WorkloadDraft draft, int h, Level level) {
        Host host = hosts.get(h);
        if (level.homeSiteOnly() && draft.homeSite != null && !host.site().equals(draft.homeSite)) {
            return false;
        }
        if (draft.vcpus > 2 * host.model().cores()
                || usedMemory[h] + draft.memoryGib > level.fillLimit() * host.model().memoryGib()
                || usedStorage[h] + draft.storageGib > level.fillLimit() * host.model().storageGib()) {
            return false;
        }
        if (level.keepSpread() && draft.group != null) {
            Set<String> taken = usedDomains.get(draft.group);
            return taken == null || !taken.contains(domain(host, draft.spread));
        }
        return true;
    }

    private void assign(WorkloadDraft draft, int h) {
        draft.host = h;
        usedMemory[h] += draft.memoryGib;
        usedStorage[h] += draft.storageGib;
        if (draft.group != null) {
            usedDomains.computeIfAbsent(draft.group, g -> new HashSet<>()).add(domain(hosts.get(h), draft.spread));
        }
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
