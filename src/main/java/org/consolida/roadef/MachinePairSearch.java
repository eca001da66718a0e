package org.consolida.roadef;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Exact subproblems over two machines (after teams J12 and J25): every process on machines a and b is taken off and
 * put back on a or b by a depth-first search that tries every split, pruned when capacity or a conflict is broken (those
 * only grow as processes go back on) or when the cost so far, balance costs left out, cannot beat the best split
 * found; the best split is applied. Single changes and swaps see one or two processes at a time; this sees any
 * exchange between the two machines, which is what tight machines with twelve resources (set A's a2) need.
 *
 * <p>It works on a {@link RoadefIncrementalScore} directly (no Timefold move): a round's second search spends part of
 * its time here from the best assignment, and the round keeps the best by the checker's cost.
 */
final class MachinePairSearch {
    /**
     * Groups of at most this many processes prune on the load cost and capacity the processes not yet placed need.
     * There (a2_2's and a2_3's pairs and triples, 20–30 processes) the search is exhaustive and the bound makes it
     * finish sooner; in larger groups (a2_5's pairs, 40) the node limit stops it anyway, and the bound's cost per node
     * left fewer groups solved and a2_5 worse in each of three runs (docs/roadef.md, issue 14, third part).
     */
    static final int FULL_BOUND_MAX_PROCESSES = 30;

    private final RoadefInstance instance;
    private final MachineReassignment solution;
    private final RoadefIncrementalScore scorer;
    private final long nodeLimit;
    private final int[] version;
    private final Map<Long, Long> solvedAt = new HashMap<>();
    // A subproblem on set B (100 processes a pair) can take seconds under load: the search stops here too, for -t.
    private long deadlineNanos = Long.MAX_VALUE;

    private ProcessAssignment[] processes;
    private int[] targets;
    private int[] current;
    private int[] best;
    private long bestCost;
    private long nodes;
    private int[] group;
    // remaining[i * R + r]: resource r required by processes i.. of the search order, which are still off every machine.
    private long[] remaining;
    // Whether the search prunes on what the processes not yet placed must add (see FULL_BOUND_MAX_PROCESSES).
    private boolean fullBound;

    MachinePairSearch(MachineReassignment solution, RoadefIncrementalScore scorer, long nodeLimit) {
        this.instance = solution.instance();
        this.solution = solution;
        this.scorer = scorer;
        this.nodeLimit = nodeLimit;
        this.version = new int[instance.machineCount];
    }

    /** What {@link #run} did: the assignment it reached, its cost, groups solved and groups that gained. */
    record Outcome(int[] machineIds, long cost, int pairs, int improved) {
    }

    /**
     * From {@code from}, solves pairs until {@code deadlineNanos}: each time a costly machine (the costliest of four at
     * random) with the machine that promises it the most (load cost of the two above what their pooled safety
     * capacity must cost), skipping pairs already solved since either machine last changed. A group that gains nothing
     * is tried again with the machine that promises it the most, up to {@code groupSize} machines (2: pairs only).
     */
    static Outcome run(RoadefInstance instance, int[] original, int[] from, long deadlineNanos, long seed,
                       long nodeLimit, int groupSize) {
        MachineReassignment solution = MachineReassignment.of(instance, original, from);
        RoadefIncrementalScore scorer = new RoadefIncrementalScore();
        scorer.resetWorkingSolution(solution);
        MachinePairSearch search = new MachinePairSearch(solution, scorer, nodeLimit);
        search.deadlineNanos = deadlineNanos;
        Random random = new Random(seed);
        int pairs = 0;
        int improved = 0;
        int machines = instance.machineCount;
        while (System.nanoTime() < deadlineNanos && machines > 1) {
            int a = random.nextInt(machines);
            for (int i = 0; i < 3; i++) {
                int other = random.nextInt(machines);
                if (scorer.machineCost(other) > scorer.machineCost(a)) {
                    a = other;
                }
            }
            int b = search.mostPromisingPartner(a);
            if (b < 0) {
                a = search.anyPromisingPair();
                if (a < 0) {
                    break; // every promising pair is solved as things stand: a local optimum over pairs
                }
                b = search.mostPromisingPartner(a);
            }
            pairs++;
            long gain = search.improve(a, b);
            int[] group = {a, b};
            while (gain == 0 && group.length < groupSize) {
                // Nothing among them: with one more machine, a chain of exchanges may fit where no split did.
                int next = search.mostPromisingNext(group);
                if (next < 0) {
                    break;
                }
                group = Arrays.copyOf(group, group.length + 1);
                group[group.length - 1] = next;
                pairs++;
                gain = search.improve(group);
                search.solvedAt.put(search.groupKey(group), search.versionSum(group));
            }
            if (gain > 0) {
                improved++;
            }
        }
        return new Outcome(solution.machineIds(), -scorer.calculateScore().softScore(), pairs, improved);
    }

    /**
     * Among the 100 costliest machines, one with a promising pair not solved since its machines last changed, the
     * costliest first; -1 if none (100 bounds the scan on set B's 5,000 machines).
     */
    int anyPromisingPair() {
        Integer[] byCost = new Integer[instance.machineCount];
        for (int m = 0; m < byCost.length; m++) {
            byCost[m] = m;
        }
        Arrays.sort(byCost, (x, y) -> Long.compare(scorer.machineCost(y), scorer.machineCost(x)));
        for (int i = 0; i < Math.min(100, byCost.length); i++) {
            int a = byCost[i];
            if (mostPromisingPartner(a) >= 0) {
                return a;
            }
        }
        return -1;
    }

    /** The machine b that, with a, has the largest optimistic gain and was not solved with a since both last changed. */
    int mostPromisingPartner(int a) {
        int bestPartner = -1;
        long bestGain = 0;
        for (int b = 0; b < instance.machineCount; b++) {
            if (b == a || solvedAt.get(pairKey(a, b)) != null && solvedAt.get(pairKey(a, b)) == versions(a, b)) {
                continue;
            }
            long gain = scorer.machineCost(a) + scorer.machineCost(b) - pooledLoadCost(a, b);
            if (gain > bestGain) {
                bestGain = gain;
                bestPartner = b;
            }
        }
        return bestPartner;
    }

    /** The machine that, with the group, has the largest optimistic gain and was not solved with it as things are. */
    int mostPromisingNext(int[] group) {
        int bestNext = -1;
        long bestGain = 0;
        int[] with = Arrays.copyOf(group, group.length + 1);
        long groupCost = 0;
        for (int m : group) {
            groupCost += scorer.machineCost(m);
        }
        for (int c = 0; c < instance.machineCount; c++) {
            with[group.length] = c;
            if (contains(group, c)) {
                continue;
            }
            Long solved = solvedAt.get(groupKey(with));
            if (solved != null && solved == versionSum(with)) {
                continue;
            }
            long gain = groupCost + scorer.machineCost(c) - pooledLoadCost(with);
            if (gain > bestGain) {
                bestGain = gain;
                bestNext = c;
            }
        }
        return bestNext;
    }

    private static boolean contains(int[] group, int m) {
        for (int g : group) {
            if (g == m) {
                return true;
            }
        }
        return false;
    }

    /** A key for a group of three or more machines, negative apart from the pairs' keys (a hash beyond 4 machines). */
    private long groupKey(int[] group) {
        int[] sorted = group.clone();
        Arrays.sort(sorted);
        long key = 0;
        for (int m : sorted) {
            key = key * instance.machineCount + m;
        }
        return -1 - (key & Long.MAX_VALUE);
    }

    /** Versions only grow, so their sum changes whenever one of the machines changed. */
    private long versionSum(int[] group) {
        long sum = 0;
        for (int m : group) {
            sum += version[m];
        }
        return sum;
    }

    /** The least load cost machines a and b can have together: their pooled usage over their pooled safety capacity. */
    private long pooledLoadCost(int a, int b) {
        return pooledLoadCost(new int[] {a, b});
    }

    private long pooledLoadCost(int[] machines) {
        int resources = instance.resourceCount;
        long cost = 0;
        for (int r = 0; r < resources; r++) {
            long over = 0;
            for (int m : machines) {
                over += scorer.used(m, r) - instance.safetyCapacity[m * resources + r];
            }
            if (over > 0) {
                cost += instance.weightLoadCost[r] * over;
            }
        }
        return cost;
    }

    /**
     * Re-solves machines a and b: the best split of their processes between them within the node limit. Applies it
     * when it costs less than now and returns the gain (0 when the processes stay where they were).
     */
    long improve(int a, int b) {
        long gain = improve(new int[] {a, b});
        solvedAt.put(pairKey(a, b), versions(a, b));
        return gain;
    }

    /** As {@link #improve(int, int)} over any number of distinct machines (each process to one of them). */
    long improve(int[] machines) {
        group = machines.clone();
        int n = 0;
        int[][] on = new int[machines.length][];
        for (int g = 0; g < machines.length; g++) {
            on[g] = scorer.processesOn(machines[g]);
            n += on[g].length;
        }
        List<ProcessAssignment> all = solution.getProcesses();
        Integer[] order = new Integer[n];
        long[] size = new long[n];
        int[] indexes = new int[n];
        int i = 0;
        for (int[] processesOnOne : on) {
            for (int p : processesOnOne) {
                indexes[i] = p;
                order[i] = i;
                size[i] = relativeSize(p, machines);
                i++;
            }
        }
        // Largest first: they break capacity soonest, so the search prunes near the root.
        Arrays.sort(order, (x, y) -> Long.compare(size[y], size[x]));
        processes = new ProcessAssignment[n];
        current = new int[n];
        for (i = 0; i < n; i++) {
            processes[i] = all.get(indexes[order[i]]);
            current[i] = scorer.machineOf(processes[i].index());
        }
        fullBound = n <= FULL_BOUND_MAX_PROCESSES;
        int resources = instance.resourceCount;
        remaining = new long[(n + 1) * resources];
        for (i = n - 1; i >= 0; i--) {
            for (int r = 0; r < resources; r++) {
                remaining[i * resources + r] = remaining[(i + 1) * resources + r]
                        + instance.requirement[processes[i].index() * resources + r];
            }
        }
        long before = -scorer.calculateScore().softScore();
        bestCost = before;
        best = current.clone();
        targets = new int[n];
        nodes = 0;
        for (ProcessAssignment process : processes) {
            put(process, null);
        }
        search(0);
        for (i = 0; i < n; i++) {
            put(processes[i], solution.getMachines().get(best[i]));
        }
        long gain = before - bestCost;
        if (gain > 0) {
            for (int m : machines) {
                version[m]++;
            }
        }
        return gain;
    }

    private void search(int i) {
        if (nodes++ > nodeLimit || (nodes & 1023) == 0 && System.nanoTime() > deadlineNanos) {
            nodes = nodeLimit + 1; // and every node after it returns at once
            return;
        }
        if (i == processes.length) {
            var score = scorer.calculateScore();
            if (score.hardScore() == 0 && -score.softScore() < bestCost) {
                bestCost = -score.softScore();
                best = targets.clone();
            }
            return;
        }
        // The machine the process is on first: the first leaf is the current split, a good bound from the start.
        ProcessAssignment process = processes[i];
        for (int g = -1; g < group.length; g++) {
            int m = g < 0 ? current[i] : group[g];
            if (g >= 0 && m == current[i] || scorer.conflicts(process.index(), m)) {
                continue;
            }
            put(process, solution.getMachines().get(m));
            if (scorer.capacityAndConflictHard() == 0 && (!fullBound || canStillFit(i + 1))
                    && scorer.softLowerBound(group) + (fullBound ? unplacedLoadCost(i + 1) : 0) < bestCost) {
                targets[i] = m;
                search(i + 1);
            }
            put(process, null);
        }
    }

    /**
     * Whether the processes from {@code i} on can still fit: each resource's remaining requirement within the group's
     * free capacity (transient usage included, which only grows as processes go back on).
     */
    private boolean canStillFit(int i) {
        int resources = instance.resourceCount;
        for (int r = 0; r < resources; r++) {
            long rem = remaining[i * resources + r];
            if (rem == 0) {
                continue;
            }
            long free = 0;
            for (int m : group) {
                free += Math.max(0, scorer.free(m, r));
            }
            if (rem > free) {
                return false;
            }
        }
        return true;
    }

    /**
     * The least load cost that the processes from {@code i} on must add: in each resource, what they require beyond the
     * group's room under safety capacity. Each machine's overage can only grow by what it gets beyond its own room, so
     * the group's overage grows by at least the pooled excess; it makes the bound bite near the root, where the
     * machines are nearly empty.
     */
    private long unplacedLoadCost(int i) {
        int resources = instance.resourceCount;
        long cost = 0;
        for (int r = 0; r < resources; r++) {
            long rem = remaining[i * resources + r];
            if (rem == 0 || instance.weightLoadCost[r] == 0) {
                continue;
            }
            long room = 0;
            for (int m : group) {
                room += Math.max(0, instance.safetyCapacity[m * resources + r] - scorer.used(m, r));
            }
            if (rem > room) {
                cost += instance.weightLoadCost[r] * (rem - room);
            }
        }
        return cost;
    }

    private void put(ProcessAssignment process, Machine machine) {
        scorer.beforeVariableChanged(process, ReassignMove.VARIABLE);
        process.setMachine(machine);
        scorer.afterVariableChanged(process, ReassignMove.VARIABLE);
    }

    /** Process p's requirements over the machines' pooled capacity, summed over resources (parts per million). */
    private long relativeSize(int p, int[] machines) {
        int resources = instance.resourceCount;
        long size = 0;
        for (int r = 0; r < resources; r++) {
            long pooled = 0;
            for (int m : machines) {
                pooled += instance.capacity[m * resources + r];
            }
            size += pooled == 0 ? 0 : instance.requirement[p * resources + r] * 1_000_000L / pooled;
        }
        return size;
    }

    private long pairKey(int a, int b) {
        return (long) Math.min(a, b) * instance.machineCount + Math.max(a, b);
    }

    private long versions(int a, int b) {
        return ((long) version[Math.min(a, b)] << 32) | version[Math.max(a, b)];
    }

    /** How many nodes the last {@link #improve} visited (for tests). */
    long nodes() {
        return nodes;
    }
}
