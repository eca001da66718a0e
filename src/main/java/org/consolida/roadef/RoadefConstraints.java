package org.consolida.roadef;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The challenge's hard constraints and objective as Constraint Streams: the readable statement of the rules, used by
 * the constraint tests and as the reference that {@link RoadefIncrementalScore} (the solver's fast scorer) is asserted
 * against. Hard penalties: units over capacity, conflicting pairs, missing locations, missing (dependency,
 * neighborhood) pairs. Soft: the five weighted costs.
 */
public final class RoadefConstraints implements ConstraintProvider {
    static final String CAPACITY = "Capacity";
    static final String CONFLICT = "Conflict";
    static final String SPREAD = "Spread";
    static final String DEPENDENCY = "Dependency";
    static final String LOAD_COST = "Load cost";
    static final String BALANCE_COST = "Balance cost";
    static final String PROCESS_MOVE_COST = "Process move cost";
    static final String SERVICE_MOVE_COST = "Service move cost";
    static final String MACHINE_MOVE_COST = "Machine move cost";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                capacity(factory), conflict(factory), spread(factory), dependency(factory),
                loadCost(factory), balanceCost(factory),
                processMoveCost(factory), serviceMoveCost(factory), machineMoveCost(factory),
        };
    }

    /** Hard: per machine and resource, usage (plus, for a transient resource, processes moving away) ≤ capacity. */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Resource.class)
                .join(ProcessAssignment.class)
                .flattenLast(ProcessAssignment::occupations)
                .groupBy((resource, occupation) -> occupation.machine(), (resource, occupation) -> resource,
                        sumLong((resource, occupation) -> occupation.requirement(resource)))
                .filter((machine, resource, used) -> used > machine.capacity(resource))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (machine, resource, used) -> used - machine.capacity(resource))
                .justifyWith((machine, resource, used, score) ->
                        new RoadefJustification.Overload(machine, resource, used, machine.capacity(resource)))
                .asConstraint(CAPACITY);
    }

    /** Hard: processes of one service on distinct machines; one point per pair that shares a machine. */
    Constraint conflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(ProcessAssignment.class,
                        equal(ProcessAssignment::getService), equal(ProcessAssignment::getMachine))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> new RoadefJustification.Conflict(a.getService(), a.getMachine()))
                .asConstraint(CONFLICT);
    }

    /** Hard: a service spans at least spreadMin locations; one point per missing location. */
    Constraint spread(ConstraintFactory factory) {
        return factory.forEach(ProcessAssignment.class)
                .groupBy(ProcessAssignment::getService, countDistinct(ProcessAssignment::location))
                .filter((service, locations) -> locations < service.spreadMin())
                .penalize(HardSoftLongScore.ONE_HARD, (service, locations) -> service.spreadMin() - locations)
                .justifyWith((service, locations, score) -> new RoadefJustification.TooLittleSpread(service, locations))
                .asConstraint(SPREAD);
    }

    /** Hard: a neighborhood that runs a service runs a process of each service it depends on; one point per gap. */
    Constraint dependency(ConstraintFactory factory) {
        return factory.forEach(ServiceDependency.class)
                .join(ProcessAssignment.class, equal(ServiceDependency::service, ProcessAssignment::getService))
                .groupBy((dependency, process) -> dependency, (dependency, process) -> process.neighborhood())
                .ifNotExists(ProcessAssignment.class,
                        equal((dependency, neighborhood) -> dependency.dependsOn(), ProcessAssignment::getService),
                        equal((dependency, neighborhood) -> neighborhood, ProcessAssignment::neighborhood))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((dependency, neighborhood, score) ->
                        new RoadefJustification.MissingDependency(dependency, neighborhood))
                .asConstraint(DEPENDENCY);
    }

    /** Soft: weightLoadCost × usage above the safety capacity, per machine and resource. */
    Constraint loadCost(ConstraintFactory factory) {
        return factory.forEach(Resource.class)
                .join(ProcessAssignment.class)
                .groupBy((resource, process) -> process.getMachine(), (resource, process) -> resource,
                        sumLong((resource, process) -> process.requirement(resource)))
                .filter((machine, resource, used) -> used > machine.safetyCapacity(resource))
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (machine, resource, used) ->
                        resource.weightLoadCost() * (used - machine.safetyCapacity(resource)))
                .justifyWith((machine, resource, used, score) ->
                        new RoadefJustification.OverSafety(machine, resource, used, machine.safetyCapacity(resource)))
                .asConstraint(LOAD_COST);
    }

    /** Soft: weightBalanceCost × max(0, target × free r1 − free r2), per machine, empty machines included. */
    Constraint balanceCost(ConstraintFactory factory) {
        return factory.forEach(BalanceObjective.class)
                .join(Machine.class)
                // Empty machines count too: every (objective, machine) enters with zero usage, then processes add.
                .concat(factory.forEach(BalanceObjective.class)
                                .join(ProcessAssignment.class)
                                .map((objective, process) -> objective, (objective, process) -> process.getMachine(),
                                        (objective, process) -> process.requirement(objective.resource1()),
                                        (objective, process) -> process.requirement(objective.resource2())),
                        (objective, machine) -> 0L, (objective, machine) -> 0L)
                .groupBy((objective, machine, used1, used2) -> objective, (objective, machine, used1, used2) -> machine,
                        sumLong((objective, machine, used1, used2) -> used1),
                        sumLong((objective, machine, used1, used2) -> used2))
                .filter((objective, machine, used1, used2) -> objective.imbalance(machine, used1, used2) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (objective, machine, used1, used2) ->
                        objective.weight() * objective.imbalance(machine, used1, used2))
                .justifyWith((objective, machine, used1, used2, score) ->
                        new RoadefJustification.Imbalance(objective, machine, objective.imbalance(machine, used1, used2)))
                .asConstraint(BALANCE_COST);
    }

    /** Soft: weightProcessMoveCost × processMoveCost of each process not on its original machine. */
    Constraint processMoveCost(ConstraintFactory factory) {
        return factory.forEach(ProcessAssignment.class)
                .filter(ProcessAssignment::isMoved)
                .join(MoveWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (process, weights) -> weights.processMove() * process.moveCost())
                .justifyWith((process, weights, score) -> new RoadefJustification.Moved(process, process.moveCost()))
                .asConstraint(PROCESS_MOVE_COST);
    }

    /** Soft: weightServiceMoveCost × the largest number of moved processes in one service. */
    Constraint serviceMoveCost(ConstraintFactory factory) {
        return factory.forEach(ProcessAssignment.class)
                .filter(ProcessAssignment::isMoved)
                .groupBy(ProcessAssignment::getService, count())
                .groupBy(ConstraintCollectors.<Service, Integer, Integer>max((service, moved) -> moved))
                .join(MoveWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (moved, weights) -> weights.serviceMove() * moved)
                .justifyWith((moved, weights, score) -> new RoadefJustification.MostMovedInOneService(moved))
                .asConstraint(SERVICE_MOVE_COST);
    }

    /** Soft: weightMachineMoveCost × the machine move cost from each process's original machine to its own. */
    Constraint machineMoveCost(ConstraintFactory factory) {
        return factory.forEach(ProcessAssignment.class)
                .filter(process -> process.machineMoveCost() > 0)
                .join(MoveWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (process, weights) -> weights.machineMove() * process.machineMoveCost())
                .justifyWith((process, weights, score) ->
                        new RoadefJustification.Moved(process, process.machineMoveCost()))
                .asConstraint(MACHINE_MOVE_COST);
    }
}
