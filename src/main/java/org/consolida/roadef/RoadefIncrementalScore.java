package org.consolida.roadef;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * The score of {@link RoadefConstraints}, kept up to date by deltas: a move of one process touches at most three
 * machines (old, new, original), so the scorer recomputes those machines' capacity, load and balance terms and adjusts
 * counters for conflicts, spread, dependencies and moves. It exists because the solver's speed is moves per second;
 * docs/roadef.md gives the figures against Constraint Streams.
 */
public final class RoadefIncrementalScore implements IncrementalScoreCalculator<MachineReassignment, HardSoftLongScore> {
    private RoadefInstance instance;
    private int resources;
    private int[] original;
    private int[] machineOf;
    private long[] usage;
    private long[] transientUsage;
    private boolean hasTransientResource;
    private long[] machineHard;
    private long[] machineSoft;
    private long capacityAndLoadHard;
    private long loadAndBalanceSoft;

    private Counts perServiceMachine;
    private long conflictPairs;
    private Counts perServiceLocation;
    private int[] locationsOfService;
    private boolean[] serviceHasProcesses;
    private long spreadShortfall;
    private Counts perServiceNeighborhood;
    private int[][] dependents;
    private long missingDependencies;
    private int pendingService = -1;
    private int pendingNeighborhood;

    // The processes on each machine, for moves that start from a costly machine; swap-remove keeps it O(1).
    private int[][] processesOn;
    private int[] processCountOn;
    private int[] positionOnMachine;

    private int[] movedInService;
    private int[] servicesWithMoved;
    private int mostMovedInOneService;
    private long processMoveCost;
    private long machineMoveCost;
    // Not part of the score: when the moves of ReassignmentMoves stop coming (the solver's listener sets it).
    private long deadlineNanos = Long.MAX_VALUE;

    @Override
    public void resetWorkingSolution(MachineReassignment solution) {
        instance = solution.instance();
        resources = instance.resourceCount;
        original = new int[instance.processCount];
        for (ProcessAssignment process : solution.getProcesses()) {
            original[process.index()] = process.getOriginal().index();
        }
        machineOf = new int[instance.processCount];
        java.util.Arrays.fill(machineOf, -1);
        usage = new long[instance.machineCount * resources];
        transientUsage = new long[instance.machineCount * resources];
        processesOn = new int[instance.machineCount][4];
        processCountOn = new int[instance.machineCount];
        positionOnMachine = new int[instance.processCount];
        hasTransientResource = false;
        for (boolean isTransient : instance.transientResource) {
            hasTransientResource |= isTransient;
        }
        machineHard = new long[instance.machineCount];
        machineSoft = new long[instance.machineCount];
        capacityAndLoadHard = 0;
        loadAndBalanceSoft = 0;
        for (int m = 0; m < instance.machineCount; m++) {
            refreshMachine(m);
        }
        perServiceMachine = Counts.forKeys((long) instance.serviceCount * instance.machineCount, instance.processCount);
        conflictPairs = 0;
        perServiceLocation = Counts.forKeys((long) instance.serviceCount * instance.locationCount,
                instance.processCount);
        locationsOfService = new int[instance.serviceCount];
        serviceHasProcesses = new boolean[instance.serviceCount];
        for (int p = 0; p < instance.processCount; p++) {
            serviceHasProcesses[instance.service[p]] = true;
        }
        spreadShortfall = 0;
        for (int s = 0; s < instance.serviceCount; s++) {
            spreadShortfall += spreadShortfall(s);
        }
        perServiceNeighborhood = Counts.forKeys((long) instance.serviceCount * instance.neighborhoodCount,
                instance.processCount);
        List<List<Integer>> reverse = new ArrayList<>(instance.serviceCount);
        for (int s = 0; s < instance.serviceCount; s++) {
            reverse.add(new ArrayList<>(0));
        }
        for (int s = 0; s < instance.serviceCount; s++) {
            for (int d : instance.dependsOn[s]) {
                reverse.get(d).add(s);
            }
        }
        dependents = new int[instance.serviceCount][];
        for (int s = 0; s < instance.serviceCount; s++) {
            dependents[s] = reverse.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        missingDependencies = 0;
        pendingService = -1;
        movedInService = new int[instance.serviceCount];
        servicesWithMoved = new int[instance.processCount + 1];
        servicesWithMoved[0] = instance.serviceCount;
        mostMovedInOneService = 0;
        processMoveCost = 0;
        machineMoveCost = 0;
        for (ProcessAssignment process : solution.getProcesses()) {
            insert(process);
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        throw new UnsupportedOperationException("processes are fixed in this problem");
    }

    @Override
    public void afterEntityAdded(Object entity) {
        throw new UnsupportedOperationException("processes are fixed in this problem");
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract((ProcessAssignment) entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert((ProcessAssignment) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("processes are fixed in this problem");
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("processes are fixed in this problem");
    }

    @Override
    public HardSoftLongScore calculateScore() {
        resolvePendingAbsence();
        long hard = capacityAndLoadHard + conflictPairs + spreadShortfall + missingDependencies;
        long soft = loadAndBalanceSoft
                + instance.weightProcessMoveCost * processMoveCost
                + instance.weightServiceMoveCost * mostMovedInOneService
                + instance.weightMachineMoveCost * machineMoveCost;
        return HardSoftLongScore.of(-hard, -soft);
    }

    private void insert(ProcessAssignment process) {
        if (process.getMachine() != null) {
            place(process.index(), process.getMachine().index(), +1);
        }
    }

    private void retract(ProcessAssignment process) {
        int p = process.index();
        if (machineOf[p] >= 0) {
            place(p, machineOf[p], -1);
        }
    }

    /** Adds ({@code sign} +1) or removes (-1) process p on machine m, with every counter it touches. */
    private void place(int p, int m, int sign) {
        int o = original[p];
        boolean moved = m != o;
        int base = m * resources;
        int originalBase = o * resources;
        int requirementBase = p * resources;
        for (int r = 0; r < resources; r++) {
            long requirement = sign * instance.requirement[requirementBase + r];
            usage[base + r] += requirement;
            if (moved && instance.transientResource[r]) {
                transientUsage[originalBase + r] += requirement;
            }
        }
        refreshMachine(m);
        if (moved && hasTransientResource) {
            refreshCapacity(o); // only its transient usage changed
        }
        machineOf[p] = sign > 0 ? m : -1;
        if (sign > 0) {
            if (processCountOn[m] == processesOn[m].length) {
                processesOn[m] = java.util.Arrays.copyOf(processesOn[m], processesOn[m].length * 2);
            }
            positionOnMachine[p] = processCountOn[m];
            processesOn[m][processCountOn[m]++] = p;
        } else {
            int last = processesOn[m][--processCountOn[m]];
            processesOn[m][positionOnMachine[p]] = last;
            positionOnMachine[last] = positionOnMachine[p];
        }

        int s = instance.service[p];
        int onMachine = perServiceMachine.add((long) s * instance.machineCount + m, sign);
        conflictPairs += sign > 0 ? onMachine - 1 : -onMachine;

        int inLocation = perServiceLocation.add((long) s * instance.locationCount + instance.location[m], sign);
        if ((sign > 0 && inLocation == 1) || (sign < 0 && inLocation == 0)) {
            spreadShortfall -= spreadShortfall(s);
            locationsOfService[s] += sign;
            spreadShortfall += spreadShortfall(s);
        }

        int n = instance.neighborhood[m];
        boolean undoesPending = sign > 0 && pendingService == s && pendingNeighborhood == n;
        if (!undoesPending) {
            // Resolve before any other count changes, so the deferred delta reads the counts of its own moment.
            resolvePendingAbsence();
        }
        int inNeighborhood = perServiceNeighborhood.add((long) s * instance.neighborhoodCount + n, sign);
        if (undoesPending) {
            pendingService = -1; // the process came back to the neighborhood it left: nothing changed
        } else if (sign < 0 && inNeighborhood == 0) {
            // Defer: a move within the neighborhood puts the service back at once, and then nothing changed.
            pendingService = s;
            pendingNeighborhood = n;
        } else if (sign > 0 && inNeighborhood == 1) {
            missingDependencies += missingDependencies(s, n, true) - missingDependencies(s, n, false);
        }
        if (moved) {
            processMoveCost += sign * instance.processMoveCost[p];
            int before = movedInService[s];
            int after = before + sign;
            movedInService[s] = after;
            servicesWithMoved[before]--;
            servicesWithMoved[after]++;
            if (after > mostMovedInOneService) {
                mostMovedInOneService = after;
            } else if (before == mostMovedInOneService && servicesWithMoved[before] == 0) {
                mostMovedInOneService = after;
            }
        }
        machineMoveCost += sign * (long) instance.machineMoveCost(o, m);
    }

    /** Machine m's share of the soft score (load and balance cost), for choosing where moves start. */
    long machineCost(int m) {
        return machineSoft[m];
    }

    /** A random process on machine m, or -1 when it runs none. */
    int randomProcessOn(int m, java.util.Random random) {
        return processCountOn[m] == 0 ? -1 : processesOn[m][random.nextInt(processCountOn[m])];
    }

    void setDeadlineNanos(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    /** The machine process p is on now. */
    int machineOf(int p) {
        return machineOf[p];
    }

    /** The processes on machine m now, in process order (a copy: moves change the scorer's lists). */
    int[] processesOn(int m) {
        int[] on = java.util.Arrays.copyOf(processesOn[m], processCountOn[m]);
        java.util.Arrays.sort(on);
        return on;
    }

    /**
     * Whether process p, put on machine m, keeps m within capacity (transient usage included) and adds no conflict
     * there: the cheap test that the big-process move runs before asking for a score.
     */
    boolean fits(int p, int m) {
        if (machineOf[p] == m
                || perServiceMachine.get((long) instance.service[p] * instance.machineCount + m) > 0) {
            return false;
        }
        int base = m * resources;
        int requirementBase = p * resources;
        boolean home = original[p] == m;
        for (int r = 0; r < resources; r++) {
            // Back on its original machine, a process's transient usage there is already counted.
            long added = home && instance.transientResource[r] ? 0 : instance.requirement[requirementBase + r];
            if (usage[base + r] + transientUsage[base + r] + added > instance.capacity[base + r]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What moving process p to machine m would change in load, balance, process move and machine move cost, without
     * making the move: the big-process move's estimate for ranking machines (it leaves out the service move cost and
     * the hard terms, which the move's real score then settles).
     */
    long estimatedSoftDelta(int p, int m) {
        int from = machineOf[p];
        int o = original[p];
        long delta = softWith(m, p, +1) - machineSoft[m] + softWith(from, p, -1) - machineSoft[from];
        int movedNow = from != o ? 1 : 0;
        int movedThen = m != o ? 1 : 0;
        delta += instance.weightProcessMoveCost * instance.processMoveCost[p] * (movedThen - movedNow);
        delta += instance.weightMachineMoveCost * ((long) instance.machineMoveCost(o, m) - instance.machineMoveCost(o, from));
        return delta;
    }

    /** Machine m's load and balance cost were process p added ({@code sign} +1) or removed (-1). */
    private long softWith(int m, int p, int sign) {
        int base = m * resources;
        int requirementBase = p * resources;
        long soft = 0;
        for (int r = 0; r < resources; r++) {
            long overSafety = usage[base + r] + sign * instance.requirement[requirementBase + r]
                    - instance.safetyCapacity[base + r];
            if (overSafety > 0) {
                soft += instance.weightLoadCost[r] * overSafety;
            }
        }
        for (int b = 0; b < instance.balanceCount; b++) {
            int r1 = instance.balanceResource1[b];
            int r2 = instance.balanceResource2[b];
            long free1 = instance.capacity[base + r1] - usage[base + r1] - sign * instance.requirement[requirementBase + r1];
            long free2 = instance.capacity[base + r2] - usage[base + r2] - sign * instance.requirement[requirementBase + r2];
            long imbalance = instance.balanceTarget[b] * free1 - free2;
            if (imbalance > 0) {
                soft += instance.weightBalanceCost[b] * imbalance;
            }
        }
        return soft;
    }

    /** Whether a process of p's service other than p sits on machine m (then p on m would conflict). */
    boolean conflicts(int p, int m) {
        int same = perServiceMachine.get((long) instance.service[p] * instance.machineCount + m);
        return same - (machineOf[p] == m ? 1 : 0) > 0;
    }

    /**
     * The hard terms that can only grow as processes are put on machines (capacity, transient usage included, and
     * conflicts): what {@link MachinePairSearch} prunes on while it places a pair's processes one at a time.
     */
    long capacityAndConflictHard() {
        return capacityAndLoadHard + conflictPairs;
    }

    /**
     * The soft score (cost) now, less the given (distinct) machines' balance costs: a lower bound on the cost of any
     * completion while some processes are off every machine and will go on those machines (load and move costs only grow as they do;
     * balance costs can fall).
     */
    long softLowerBound(int[] machines) {
        long bound = -calculateScore().softScore();
        for (int m : machines) {
            bound -= balanceCost(m);
        }
        return bound;
    }

    private long balanceCost(int m) {
        int base = m * resources;
        long soft = 0;
        for (int b = 0; b < instance.balanceCount; b++) {
            int r1 = base + instance.balanceResource1[b];
            int r2 = base + instance.balanceResource2[b];
            long imbalance = instance.balanceTarget[b] * (instance.capacity[r1] - usage[r1])
                    - (instance.capacity[r2] - usage[r2]);
            if (imbalance > 0) {
                soft += instance.weightBalanceCost[b] * imbalance;
            }
        }
        return soft;
    }

    /** Resource r's usage on machine m now (transient usage left out). */
    long used(int m, int r) {
        return usage[m * resources + r];
    }

    /** Resource r's capacity left on machine m now, transient usage included (negative when over capacity). */
    long free(int m, int r) {
        int i = m * resources + r;
        return instance.capacity[i] - usage[i] - transientUsage[i];
    }

    /** Machine m's units over capacity now, transient usage included. */
    long overCapacity(int m) {
        return machineHard[m];
    }

    /** Applies a service's absence from a neighborhood that was not undone by the same move. */
    private void resolvePendingAbsence() {
        if (pendingService >= 0) {
            missingDependencies += missingDependencies(pendingService, pendingNeighborhood, false)
                    - missingDependencies(pendingService, pendingNeighborhood, true);
            pendingService = -1;
        }
    }

    /**
     * Missing (dependency, neighborhood n) pairs that involve service s on either side, were s present in n or not;
     * every other service's presence is read from the counts.
     */
    private long missingDependencies(int s, int n, boolean present) {
        long missing = 0;
        if (present) {
            for (int d : instance.dependsOn[s]) {
                if (d != s && perServiceNeighborhood.get((long) d * instance.neighborhoodCount + n) == 0) {
                    missing++;
                }
            }
        } else {
            for (int dependent : dependents[s]) {
                if (dependent != s && perServiceNeighborhood.get((long) dependent * instance.neighborhoodCount + n) > 0) {
                    missing++;
                }
            }
        }
        return missing;
    }

    private long spreadShortfall(int s) {
        return serviceHasProcesses[s] ? Math.max(0, instance.spreadMin[s] - locationsOfService[s]) : 0;
    }

    /** Recomputes machine m's capacity overage (hard) alone. */
    private void refreshCapacity(int m) {
        int base = m * resources;
        long hard = 0;
        for (int r = 0; r < resources; r++) {
            long over = usage[base + r] + transientUsage[base + r] - instance.capacity[base + r];
            if (over > 0) {
                hard += over;
            }
        }
        capacityAndLoadHard += hard - machineHard[m];
        machineHard[m] = hard;
    }

    /** Recomputes machine m's capacity overage (hard) and its load and balance costs (soft). */
    private void refreshMachine(int m) {
        int base = m * resources;
        long hard = 0;
        long soft = 0;
        for (int r = 0; r < resources; r++) {
            long used = usage[base + r];
            long over = used + transientUsage[base + r] - instance.capacity[base + r];
            if (over > 0) {
                hard += over;
            }
            long overSafety = used - instance.safetyCapacity[base + r];
            if (overSafety > 0) {
                soft += instance.weightLoadCost[r] * overSafety;
            }
        }
        soft += balanceCost(m);
        capacityAndLoadHard += hard - machineHard[m];
        loadAndBalanceSoft += soft - machineSoft[m];
        machineHard[m] = hard;
        machineSoft[m] = soft;
    }
}
