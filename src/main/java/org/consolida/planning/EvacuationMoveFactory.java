package org.consolida.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;


import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.BasicVariableChangeEvent;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.domain.variable.listener.SourcedBasicVariableListener;
import ai.timefold.solver.core.impl.domain.variable.supply.AbstractVariableDescriptorBasedDemand;
import ai.timefold.solver.core.impl.domain.variable.supply.SupplyManager;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * Proposes {@link EvacuationMove}s: picks an active host, leaning towards the ones that draw the most energy for the
 * load they carry (lightly loaded or inefficient machines, and any host in maintenance), and best-fits its workloads,
 * largest first, into the other active hosts (each onto the host it leaves with the least free share of its tightest
 * resource). All or nothing: if one workload fits nowhere, another host is tried, and after a few failures the move is
 * one that is not doable. The fit honours what is cheap to check here (capacity of the per-workload resources with the
 * host's overhead, vCPU speed, maintenance, restrictions, redundancy spread, rack power); network capacity and the
 * failover reserve are left to the score, which judges every move.
 *
 * <p>What each host carries is kept in a ledger that follows the working solution change by change: Timefold tells it
 * of every change of a placement's host (of every move kind, and of the undos), as it tells its own shadow variables
 * ({@link #ledgerOf}), at O(1) per changed placement. It used to compare every placement's host with the one it saw
 * last at the start of each step: O(workloads) per step, 50,000 reads a step in a part of the 100,000-workload run.
 */
public class EvacuationMoveFactory implements MoveIteratorFactory<PlacementSolution, EvacuationMove> {
    /** How many hosts one proposal may try before it gives up (returns a move that is not doable). */
    private static final int TRIES = 3;
    /** Hosts drawn for the tournament that picks which one to empty. */
    private static final int TOURNAMENT = 3;
    /**
     * At most this many active hosts are candidates to receive a random evacuation (all of them on demo, medium and
     * large, whose plans keep 6 to 300 hosts on): see {@link Ledger#evacuation(PlannedHost, Random)}.
     */
    static final int CANDIDATES = 400;

    private final boolean replace;
    private LedgerSupply supply;

    public EvacuationMoveFactory() {
        this(false); // instantiated by Timefold from the move selector's configuration
    }

    EvacuationMoveFactory(boolean replace) {
        this.replace = replace;
    }

    /**
     * The same host picked, but all its workloads moved to one host that is off: the one that would draw the least
     * energy for that load, if it draws less than the host it replaces. A change move cannot swap an inefficient
     * machine for an efficient one that is off (the first workload to arrive switches it on at its idle power); a
     * start from a greedy construction keeps whichever machines it opened first.
     */
    public static final class Replacement extends EvacuationMoveFactory {
        public Replacement() {
            super(true);
        }
    }

    @Override
    public void phaseStarted(ScoreDirector<PlacementSolution> scoreDirector) {
        supply = LedgerSupply.of(scoreDirector);
    }

    @Override
    public void phaseEnded(ScoreDirector<PlacementSolution> scoreDirector) {
        // The supply stays registered with the score director (Timefold's SupplyManager.cancel does not unregister
        // its listener), so a later phase on the same score director gets the same one back.
        supply = null;
    }

    @Override
    public long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getHosts().size();
    }

    @Override
    public Iterator<EvacuationMove> createOriginalMoveIterator(ScoreDirector<PlacementSolution> scoreDirector) {
        Ledger current = ledger(scoreDirector);
        List<EvacuationMove> moves = new ArrayList<>();
        for (PlannedHost host : current.hosts) {
            EvacuationMove move = replace ? current.replacement(host) : current.evacuation(host);
            if (move != null) {
                moves.add(move);
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<EvacuationMove> createRandomMoveIterator(ScoreDirector<PlacementSolution> scoreDirector,
                                                            Random random) {
        Ledger current = ledger(scoreDirector);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public EvacuationMove next() {
                for (int attempt = 0; attempt < TRIES; attempt++) {
                    PlannedHost source = current.pickSource(random);
                    if (source == null) {
                        break;
                    }
                    EvacuationMove move;
                    if (!replace) {
                        move = current.evacuation(source, random);
                    } else {
                        // Half the time two hosts onto one: a big efficient machine for two small old ones.
                        PlannedHost second = random.nextBoolean() ? current.pickSource(random) : null;
                        move = second == null || second == source ? current.replacement(source)
                                : current.replacement(List.of(source, second));
                    }
                    if (move != null) {
                        return move;
                    }
                }
                return EvacuationMove.none();
            }
        };
    }

    private Ledger ledger(ScoreDirector<PlacementSolution> scoreDirector) {
        if (supply == null) {
            supply = LedgerSupply.of(scoreDirector);
        }
        return supply.ledger();
    }

    /**
     * Asks Timefold for this score director's ledger: a listener on the {@code host} variable that the score director
     * tells of every change (of every move kind, and of their undos), so the ledger follows the working solution at
     * O(1) per changed placement; it is rebuilt only when the whole working solution is replaced. Equal demands share
     * one ledger, so the evacuation and the replacement factories of one solver keep one between them.
     */
    static Ledger ledgerOf(ScoreDirector<PlacementSolution> scoreDirector) {
        return LedgerSupply.of(scoreDirector).ledger();
    }

    /** The demand for a {@link LedgerSupply}: one per score director and planning variable. */
    private static final class LedgerDemand
            extends AbstractVariableDescriptorBasedDemand<PlacementSolution, LedgerSupply> {
        LedgerDemand(VariableDescriptor<PlacementSolution> variable) {
            super(variable);
        }

        @Override
        public LedgerSupply createExternalizedSupply(SupplyManager supplyManager) {
            return new LedgerSupply(variableDescriptor);
        }
    }

    /**
     * Keeps a {@link Ledger} in step with the working solution. Timefold calls {@code beforeChange} at once and
     * {@code afterChange} when it triggers the listeners (after a move, after its undo), possibly several times for
     * one placement; the ledger applies, on each {@code afterChange}, the difference between where it last saw the
     * placement and where it is now, which holds whatever the number and order of the calls.
     */
    private static final class LedgerSupply implements SourcedBasicVariableListener<PlacementSolution, Object> {
        private final VariableDescriptor<PlacementSolution> variable;
        private Ledger ledger;

        LedgerSupply(VariableDescriptor<PlacementSolution> variable) {
            this.variable = variable;
        }

        static LedgerSupply of(ScoreDirector<PlacementSolution> scoreDirector) {
            InnerScoreDirector<PlacementSolution, ?> inner = (InnerScoreDirector<PlacementSolution, ?>) scoreDirector;
            VariableDescriptor<PlacementSolution> variable = inner.getSolutionDescriptor()
                    .findEntityDescriptorOrFail(Placement.class).getGenuineVariableDescriptor(EvacuationMove.VARIABLE);
            return inner.getSupplyManager().demand(new LedgerDemand(variable));
        }

        Ledger ledger() {
            return ledger;
        }

        @Override
        public VariableDescriptor<PlacementSolution> getSourceVariableDescriptor() {
            return variable;
        }

        @Override
        public void resetWorkingSolution(InnerScoreDirector<PlacementSolution, ?> scoreDirector) {
            ledger = Ledger.of(scoreDirector.getWorkingSolution());
        }

        @Override
        public void beforeChange(InnerScoreDirector<PlacementSolution, ?> scoreDirector,
                                 BasicVariableChangeEvent<Object> event) {
            // Nothing: afterChange compares the placement's host with the one the ledger last saw.
        }

        @Override
        public void afterChange(InnerScoreDirector<PlacementSolution, ?> scoreDirector,
                                BasicVariableChangeEvent<Object> event) {
            ledger.moved((Placement) event.entity());
        }

        @Override
        public void close() {
            ledger = null;
        }
    }

    /** What every host carries in a solution, kept up to date placement by placement, and a best-fit packer on it. */
    static final class Ledger {
        private final PlacementSolution solution;
        private final List<PlannedHost> hosts;
        private final PlannedHost[] seen;
        private final int[] placementSlotOf;
        private final long[][] used;
        /** Each host's limit per resource (Long.MAX_VALUE: not counted here), by slot. */
        private final long[][] limit;
        private final int[] count;
        private final int[] pinned;
        private final List<List<Placement>> on;
        private final int[] rackOf;
        private final long[] rackWatts;
        private final long[] rackBudget;
        private final long[] hostWatts;
        private final Map<String, List<Placement>> groups = new HashMap<>();
        /** The active hosts (slots), in no particular order, and each slot's position there (-1: off). */
        private final int[] active;
        private final int[] activeAt;
        private int activeCount;
        // Scratch space of one proposal, cleared after it.
        private final long[][] extra;
        private final int[] extraCount;
        private final boolean[] leaving;
        private final long[] rackExtra;
        private final Map<Placement, PlannedHost> tentative = new HashMap<>();

        private final int[] slotOf;
        private final int machineCount;

        /** A ledger of the solution as it is now: every placement's host read once. */
        static Ledger of(PlacementSolution solution) {
            Ledger ledger = new Ledger(solution);
            solution.getPlacements().forEach(ledger::moved);
            return ledger;
        }

        private Ledger(PlacementSolution solution) {
            this.solution = solution;
            List<Placement> placements = solution.getPlacements();
            this.hosts = solution.getHosts();
            int hostCount = hosts.size();
            this.seen = new PlannedHost[placements.size()];
            this.placementSlotOf = new int[solution.placementSlots()];
            for (int i = 0; i < placements.size(); i++) {
                placementSlotOf[placements.get(i).getIndex()] = i;
            }
            this.used = new long[hostCount][Resource.COUNT];
            this.limit = new long[hostCount][Resource.COUNT];
            for (int h = 0; h < hostCount; h++) {
                for (Resource resource : Resource.ALL) {
                    HostCapacity capacity = hosts.get(h).capacity(resource);
                    limit[h][resource.ordinal()] = resource.perWorkload() && capacity != null ? capacity.limit()
                            : Long.MAX_VALUE;
                }
            }
            this.extra = new long[hostCount][Resource.COUNT];
            this.extraCount = new int[hostCount];
            this.leaving = new boolean[hostCount];
            this.count = new int[hostCount];
            this.pinned = new int[hostCount];
            this.hostWatts = new long[hostCount];
            this.active = new int[hostCount];
            this.activeAt = new int[hostCount];
            Arrays.fill(activeAt, -1);
            this.on = new ArrayList<>(hostCount);
            this.rackOf = new int[hostCount];
            this.machineCount = hosts.stream().mapToInt(PlannedHost::machineIndex).max().orElse(-1) + 1;
            // A decomposed part holds some of the hosts, each keeping its index in the whole problem: the ledger's
            // arrays are by position in this solution's host list.
            int maxIndex = hosts.stream().mapToInt(PlannedHost::index).max().orElse(-1);
            this.slotOf = new int[maxIndex + 1];
            Arrays.fill(slotOf, -1);
            for (int h = 0; h < hostCount; h++) {
                slotOf[hosts.get(h).index()] = h;
            }
            Map<String, Integer> racks = new HashMap<>();
            List<Long> budgets = new ArrayList<>();
            for (int h = 0; h < hostCount; h++) {
                on.add(new ArrayList<>());
                PlannedHost host = hosts.get(h);
                Integer rack = racks.get(host.rack().id());
                if (rack == null) {
                    rack = racks.size();
                    racks.put(host.rack().id(), rack);
                    budgets.add(Math.round(host.rack().powerWatts()));
                }
                rackOf[h] = rack;
            }
            this.rackWatts = new long[racks.size()];
            this.rackExtra = new long[racks.size()];
            this.rackBudget = budgets.stream().mapToLong(Long::longValue).toArray();
            for (Placement placement : placements) {
                if (placement.getGroup() != null) {
                    groups.computeIfAbsent(placement.getGroup(), g -> new ArrayList<>()).add(placement);
                }
            }
        }

        /** The host's position in this solution's host list. */
        private int slot(PlannedHost host) {
            return slotOf[host.index()];
        }

        /** Brings one placement up to date: where the ledger last saw it against where it is now. */
        void moved(Placement placement) {
            int i = placementSlotOf[placement.getIndex()];
            PlannedHost now = placement.getHost();
            PlannedHost before = seen[i];
            if (now == before) {
                return;
            }
            seen[i] = now;
            if (before != null) {
                add(placement, before, -1);
            }
            if (now != null) {
                add(placement, now, 1);
            }
        }

        private void add(Placement placement, PlannedHost host, int sign) {
            int h = slot(host);
            long[] load = used[h];
            for (Resource resource : Resource.ALL) {
                if (resource.perWorkload()) {
                    load[resource.ordinal()] += sign * placement.demandOn(resource, host);
                }
            }
            count[h] += sign;
            if (placement.isPinned()) {
                pinned[h] += sign;
            }
            if (sign > 0) {
                on.get(h).add(placement);
            } else {
                on.get(h).remove(placement);
            }
            long watts = count[h] == 0 ? 0 : Math.round(host.watts(load[Resource.CPU.ordinal()]));
            rackWatts[rackOf[h]] += watts - hostWatts[h];
            hostWatts[h] = watts;
            if (count[h] > 0 && activeAt[h] < 0) {
                activeAt[h] = activeCount;
                active[activeCount++] = h;
            } else if (count[h] == 0 && activeAt[h] >= 0) {
                int last = active[--activeCount];
                active[activeAt[h]] = last;
                activeAt[last] = activeAt[h];
                activeAt[h] = -1;
            }
        }

        /**
         * The first difference between this ledger and another of the same solution (what each host carries, its
         * watts, the racks' watts, which hosts are active), or null if they agree: a test compares the ledger kept
         * up to date with one rebuilt from scratch.
         */
        String differenceFrom(Ledger other) {
            for (int h = 0; h < hosts.size(); h++) {
                String host = hosts.get(h).id();
                if (!Arrays.equals(used[h], other.used[h])) {
                    return host + " uses " + Arrays.toString(used[h]) + ", rebuilt " + Arrays.toString(other.used[h]);
                }
                if (count[h] != other.count[h] || pinned[h] != other.pinned[h]) {
                    return host + " carries " + count[h] + " (" + pinned[h] + " pinned), rebuilt " + other.count[h]
                            + " (" + other.pinned[h] + ")";
                }
                if (!new java.util.HashSet<>(on.get(h)).equals(new java.util.HashSet<>(other.on.get(h)))) {
                    return host + " carries " + on.get(h) + ", rebuilt " + other.on.get(h);
                }
                if (hostWatts[h] != other.hostWatts[h]) {
                    return host + " draws " + hostWatts[h] + " W, rebuilt " + other.hostWatts[h];
                }
                if ((activeAt[h] >= 0) != (other.activeAt[h] >= 0) || (activeAt[h] >= 0) != (count[h] > 0)
                        || (activeAt[h] >= 0 && active[activeAt[h]] != h)) {
                    return host + " active " + (activeAt[h] >= 0) + ", rebuilt " + (other.activeAt[h] >= 0);
                }
            }
            if (activeCount != other.activeCount) {
                return activeCount + " active hosts, rebuilt " + other.activeCount;
            }
            if (!Arrays.equals(rackWatts, other.rackWatts)) {
                return "rack watts " + Arrays.toString(rackWatts) + ", rebuilt " + Arrays.toString(other.rackWatts);
            }
            return null;
        }

        PlacementSolution solution() {
            return solution;
        }

        /**
         * An active host to empty: the worst of a few drawn at random by yearly energy per share of the host used
         * (a host in maintenance first); one time in four the first one drawn, so that every host gets its turn.
         * Null when no active host can be emptied (none, or all carry pinned workloads).
         */
        PlannedHost pickSource(Random random) {
            if (activeCount < 2) {
                return null;
            }
            PlannedHost best = null;
            double bestWaste = -1;
            int draws = random.nextInt(4) == 0 ? 1 : TOURNAMENT;
            for (int i = 0; i < draws; i++) {
                int h = active[random.nextInt(activeCount)];
                if (pinned[h] > 0) {
                    continue;
                }
                PlannedHost host = hosts.get(h);
                double waste = host.inMaintenance() ? Double.MAX_VALUE
                        : host.energyCents(used[h][Resource.CPU.ordinal()]) / Math.max(0.01, fill(host));
                if (waste > bestWaste) {
                    bestWaste = waste;
                    best = host;
                }
            }
            return best;
        }

        /** The largest share of its limit that a host uses of any per-workload resource. */
        private double fill(PlannedHost host) {
            double fill = 0;
            for (Resource resource : Resource.ALL) {
                HostCapacity capacity = host.capacity(resource);
                if (resource.perWorkload() && capacity != null && capacity.limit() > 0) {
                    fill = Math.max(fill, (double) used[slot(host)][resource.ordinal()] / capacity.limit());
                }
            }
            return fill;
        }

        /** The move that empties a host by best fit into the other active hosts, or null if one workload fits nowhere. */
        EvacuationMove evacuation(PlannedHost source) {
            return evacuation(source, null);
        }

        /**
         * As {@link #evacuation(PlannedHost)}, but with a random source, among at most {@link #CANDIDATES} active
         * hosts: a window of the active list from a random position (the list's order is the order hosts came on and
         * off, so a window is a sample). Best fit over every active host costs movers × active hosts fit checks, about
         * 50,000 per move with 2,500 active hosts in a part of the 100,000-workload run, where it outweighed the score
         * calculation of the moves; a sample keeps the cost flat and, at that size, still holds many near-full hosts.
         */
        EvacuationMove evacuation(PlannedHost source, Random random) {
            int s = slot(source);
            if (count[s] == 0 || pinned[s] > 0) {
                return null;
            }
            int candidates = random == null || activeCount <= CANDIDATES ? activeCount : CANDIDATES;
            int offset = candidates == activeCount ? 0 : random.nextInt(activeCount);
            List<Placement> movers = new ArrayList<>(on.get(s));
            movers.sort(Comparator.comparingLong(Placement::getSize).reversed()
                    .thenComparingInt(Placement::getIndex));
            List<PlannedHost> targets = new ArrayList<>(movers.size());
            List<Integer> touched = new ArrayList<>();
            rackExtra[rackOf[s]] -= hostWatts[s];
            leaving[s] = true;
            try {
                for (Placement placement : movers) {
                    PlannedHost best = null;
                    int bestSlot = -1;
                    double bestSlack = Double.MAX_VALUE;
                    for (int k = 0; k < candidates; k++) {
                        int h = active[(offset + k) % activeCount];
                        PlannedHost host = hosts.get(h);
                        if (host != source && fits(placement, host)) {
                            double slack = slackAfter(placement, host);
                            // Ties go to the host first in the host list: the active list's order depends on history.
                            if (slack < bestSlack || slack == bestSlack && h < bestSlot) {
                                bestSlack = slack;
                                best = host;
                                bestSlot = h;
                            }
                        }
                    }
                    if (best == null) {
                        return null;
                    }
                    int b = slot(best);
                    long wattsBefore = watts(best);
                    for (Resource resource : Resource.ALL) {
                        if (resource.perWorkload()) {
                            extra[b][resource.ordinal()] += placement.demandOn(resource, best);
                        }
                    }
                    rackExtra[rackOf[b]] += watts(best) - wattsBefore;
                    extraCount[b]++;
                    touched.add(b);
                    tentative.put(placement, best);
                    targets.add(best);
                }
                return new EvacuationMove(source, movers, targets);
            } finally {
                for (int b : touched) {
                    java.util.Arrays.fill(extra[b], 0);
                    extraCount[b] = 0;
                    rackExtra[rackOf[b]] = 0;
                }
                rackExtra[rackOf[s]] = 0;
                leaving[s] = false;
                tentative.clear();
            }
        }

        /**
         * The move that puts all of a host's workloads on the one host that is off and would draw the least energy for
         * them, or null if none draws less than the source or takes them all.
         */
        EvacuationMove replacement(PlannedHost source) {
            return replacement(List.of(source));
        }

        /** As {@link #replacement(PlannedHost)} for several hosts at once: all their workloads onto one host. */
        EvacuationMove replacement(List<PlannedHost> sources) {
            List<Placement> movers = new ArrayList<>();
            long bestEnergy = 0;
            long[] carried = new long[Resource.COUNT];
            for (PlannedHost source : sources) {
                int s = slot(source);
                if (count[s] == 0 || pinned[s] > 0) {
                    return null;
                }
                movers.addAll(on.get(s));
                bestEnergy += source.energyCents(used[s][Resource.CPU.ordinal()]);
                for (int r = 0; r < Resource.COUNT; r++) {
                    carried[r] += used[s][r];
                }
            }
            movers.sort(Comparator.comparingLong(Placement::getSize).reversed()
                    .thenComparingInt(Placement::getIndex));
            PlannedHost best = null;
            // What the movers cost a host's CPU depends only on its machine: summed once per machine, not per host.
            long[] cpuMhzOn = new long[machineCount];
            Arrays.fill(cpuMhzOn, -1);
            for (int h = 0; h < hosts.size(); h++) {
                PlannedHost host = hosts.get(h);
                if (count[h] > 0 || host.inMaintenance() || !roomFor(carried, host)) {
                    continue;
                }
                long cpuMhz = cpuMhzOn[host.machineIndex()];
                if (cpuMhz < 0) {
                    cpuMhz = 0;
                    for (Placement placement : movers) {
                        cpuMhz += placement.cpuMhzOn(host);
                    }
                    cpuMhzOn[host.machineIndex()] = cpuMhz;
                }
                if (host.energyCents(cpuMhz) < bestEnergy && takesAll(sources, movers, host)) {
                    bestEnergy = host.energyCents(cpuMhz);
                    best = host;
                }
            }
            return best == null ? null
                    : new EvacuationMove(sources, movers, java.util.Collections.nCopies(movers.size(), best));
        }

        /** Whether an empty host has room for this load of every resource but CPU (which depends on the host). */
        private boolean roomFor(long[] carried, PlannedHost host) {
            for (Resource resource : Resource.ALL) {
                HostCapacity capacity = host.capacity(resource);
                if (resource.perWorkload() && resource != Resource.CPU && capacity != null
                        && carried[resource.ordinal()] > capacity.limit()) {
                    return false;
                }
            }
            return true;
        }

        /** Whether one empty host takes all these workloads, checked one by one as {@link #evacuation} would. */
        private boolean takesAll(List<PlannedHost> sources, List<Placement> movers, PlannedHost host) {
            int h = slot(host);
            for (PlannedHost source : sources) {
                leaving[slot(source)] = true;
                rackExtra[rackOf[slot(source)]] -= hostWatts[slot(source)];
            }
            try {
                for (Placement placement : movers) {
                    if (!fits(placement, host)) {
                        return false;
                    }
                    long wattsBefore = wattsOn(host);
                    for (Resource resource : Resource.ALL) {
                        if (resource.perWorkload()) {
                            extra[h][resource.ordinal()] += placement.demandOn(resource, host);
                        }
                    }
                    extraCount[h]++;
                    rackExtra[rackOf[h]] += watts(host) - wattsBefore;
                    tentative.put(placement, host);
                }
                return true;
            } finally {
                java.util.Arrays.fill(extra[h], 0);
                extraCount[h] = 0;
                rackExtra[rackOf[h]] = 0;
                for (PlannedHost source : sources) {
                    leaving[slot(source)] = false;
                    rackExtra[rackOf[slot(source)]] = 0;
                }
                tentative.clear();
            }
        }

        /** Rounded watts of an active host with this proposal's additions, as the rack power constraint counts them. */
        private long watts(PlannedHost host) {
            int h = slot(host);
            return Math.round(host.watts(used[h][Resource.CPU.ordinal()] + extra[h][Resource.CPU.ordinal()]));
        }

        /** As {@link #watts}, but 0 for a host that is off and gets nothing in this proposal. */
        private long wattsOn(PlannedHost host) {
            return count[slot(host)] == 0 && extraCount[slot(host)] == 0 ? 0 : watts(host);
        }

        private boolean fits(Placement placement, PlannedHost host) {
            // Capacity first, from the ledger's own arrays: most active hosts are nearly full, so this check refuses
            // most candidates before any look-up in the placement's or the host's objects.
            int h = slot(host);
            long[] load = used[h];
            long[] more = extra[h];
            long[] max = limit[h];
            for (int r = 0; r < Resource.COUNT; r++) {
                if (max[r] != Long.MAX_VALUE
                        && load[r] + more[r] + placement.demandOn(Resource.ALL[r], host) > max[r]) {
                    return false;
                }
            }
            if (host.inMaintenance() || placement.forbiddenOn(host) || !placement.vcpusKeepUpOn(host)) {
                return false;
            }
            if (placement.getGroup() != null) {
                for (Placement member : groups.get(placement.getGroup())) {
                    if (member == placement) {
                        continue;
                    }
                    PlannedHost where = member.getHost() != null && leaving[slot(member.getHost())]
                            ? tentative.get(member) : member.getHost();
                    if (where != null && Packing.sameDomain(host, where, Packing.stricter(placement, member))) {
                        return false;
                    }
                }
            }
            if (!host.rackCanOverload()) {
                return true;
            }
            long before = wattsOn(host);
            long after = Math.round(host.watts(used[h][Resource.CPU.ordinal()] + extra[h][Resource.CPU.ordinal()]
                    + placement.cpuMhzOn(host)));
            int rack = rackOf[h];
            return rackWatts[rack] + rackExtra[rack] - before + after <= rackBudget[rack];
        }

        /** The smallest free share, over the per-workload resources, that the host would have left. */
        private double slackAfter(Placement placement, PlannedHost host) {
            int h = slot(host);
            double slack = Double.MAX_VALUE;
            for (Resource resource : Resource.ALL) {
                HostCapacity capacity = host.capacity(resource);
                if (resource.perWorkload() && capacity != null && capacity.limit() > 0) {
                    double free = capacity.limit() - used[h][resource.ordinal()] - extra[h][resource.ordinal()]
                            - placement.demandOn(resource, host);
                    slack = Math.min(slack, free / capacity.limit());
                }
            }
            return slack;
        }

    }
}
