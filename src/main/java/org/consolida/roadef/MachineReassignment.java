package org.consolida.roadef;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The planning solution: the facts of one instance and the processes to place. A clone made by
 * {@link MachineReassignmentCloner} is a snapshot of the machine ids, and builds its processes only when asked: Timefold
 * clones the working solution at every new best, thousands of times a second early in a run, and copying 50,000
 * objects each time would cost more than the search.
 */
@PlanningSolution(solutionCloner = MachineReassignmentCloner.class)
public final class MachineReassignment {
    private RoadefInstance instance;
    private List<Resource> resources;
    private List<Machine> machines;
    private List<Service> services;
    private List<ServiceDependency> dependencies;
    private List<BalanceObjective> balanceObjectives;
    private MoveWeights moveWeights;
    /** Holds every process's fixed data; the working solution's own list, shared read-only by snapshots. */
    private List<ProcessAssignment> template;
    private List<ProcessAssignment> processes;
    private int[] snapshot;
    private HardSoftLongScore score;

    MachineReassignment() {
        // Timefold's reflection needs it.
    }

    /** The instance with each process on the machine that {@code machineOf} gives it. */
    public static MachineReassignment of(RoadefInstance instance, int[] original, int[] machineOf) {
        MachineReassignment solution = new MachineReassignment();
        solution.instance = instance;
        solution.resources = new ArrayList<>(instance.resourceCount);
        for (int r = 0; r < instance.resourceCount; r++) {
            solution.resources.add(new Resource(r, instance.transientResource[r], instance.weightLoadCost[r]));
        }
        solution.machines = new ArrayList<>(instance.machineCount);
        for (int m = 0; m < instance.machineCount; m++) {
            solution.machines.add(Machine.of(instance, m));
        }
        solution.services = new ArrayList<>(instance.serviceCount);
        for (int s = 0; s < instance.serviceCount; s++) {
            solution.services.add(new Service(s, instance.spreadMin[s]));
        }
        solution.dependencies = new ArrayList<>();
        for (int s = 0; s < instance.serviceCount; s++) {
            for (int d : instance.dependsOn[s]) {
                solution.dependencies.add(new ServiceDependency(solution.services.get(s), solution.services.get(d)));
            }
        }
        solution.balanceObjectives = new ArrayList<>(instance.balanceCount);
        for (int b = 0; b < instance.balanceCount; b++) {
            solution.balanceObjectives.add(new BalanceObjective(b,
                    solution.resources.get(instance.balanceResource1[b]),
                    solution.resources.get(instance.balanceResource2[b]),
                    instance.balanceTarget[b], instance.weightBalanceCost[b]));
        }
        solution.moveWeights = new MoveWeights(instance.weightProcessMoveCost, instance.weightServiceMoveCost,
                instance.weightMachineMoveCost);
        solution.processes = new ArrayList<>(instance.processCount);
        int r = instance.resourceCount;
        for (int p = 0; p < instance.processCount; p++) {
            solution.processes.add(new ProcessAssignment(p, solution.services.get(instance.service[p]),
                    solution.machines.get(original[p]),
                    java.util.Arrays.copyOfRange(instance.requirement, p * r, p * r + r),
                    instance.processMoveCost[p], instance, solution.machines.get(machineOf[p])));
        }
        solution.template = solution.processes;
        return solution;
    }

    /** A planning clone: the machine ids now, the facts shared, the processes built on first use. */
    MachineReassignment snapshot() {
        MachineReassignment clone = new MachineReassignment();
        clone.instance = instance;
        clone.resources = resources;
        clone.machines = machines;
        clone.services = services;
        clone.dependencies = dependencies;
        clone.balanceObjectives = balanceObjectives;
        clone.moveWeights = moveWeights;
        clone.template = template;
        // A snapshot never changes, so snapshots of snapshots share it.
        clone.snapshot = processes == null ? snapshot : machineIds();
        clone.score = score;
        return clone;
    }

    /** Each process's machine id, in process order; -1 for a process without a machine. */
    public int[] machineIds() {
        if (processes == null) {
            return snapshot.clone();
        }
        int[] machineOf = new int[processes.size()];
        for (int p = 0; p < machineOf.length; p++) {
            Machine machine = processes.get(p).getMachine();
            machineOf[p] = machine == null ? -1 : machine.index();
        }
        return machineOf;
    }

    public RoadefInstance instance() {
        return instance;
    }

    @ProblemFactCollectionProperty
    public List<Resource> getResources() {
        return resources;
    }

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    public List<Machine> getMachines() {
        return machines;
    }

    @ProblemFactCollectionProperty
    public List<Service> getServices() {
        return services;
    }

    @ProblemFactCollectionProperty
    public List<ServiceDependency> getDependencies() {
        return dependencies;
    }

    @ProblemFactCollectionProperty
    public List<BalanceObjective> getBalanceObjectives() {
        return balanceObjectives;
    }

    @ProblemFactProperty
    public MoveWeights getMoveWeights() {
        return moveWeights;
    }

    @PlanningEntityCollectionProperty
    public List<ProcessAssignment> getProcesses() {
        if (processes == null) {
            List<ProcessAssignment> built = new ArrayList<>(snapshot.length);
            for (int p = 0; p < snapshot.length; p++) {
                built.add(template.get(p).on(snapshot[p] < 0 ? null : machines.get(snapshot[p])));
            }
            processes = built;
            snapshot = null;
        }
        return processes;
    }

    @PlanningScore
    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
