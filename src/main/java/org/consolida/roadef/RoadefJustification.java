package org.consolida.roadef;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a constraint of the challenge penalises a solution, by machine, service or process. */
public sealed interface RoadefJustification extends ConstraintJustification {
    /** A machine holds more of a resource than its capacity, transient usage included. */
    record Overload(Machine machine, Resource resource, long used, long capacity) implements RoadefJustification {
    }

    /** Two processes of one service share a machine. */
    record Conflict(Service service, Machine machine) implements RoadefJustification {
    }

    /** A service spans fewer locations than its spreadMin. */
    record TooLittleSpread(Service service, long locations) implements RoadefJustification {
    }

    /** A neighborhood runs a service but none of a service it depends on. */
    record MissingDependency(ServiceDependency dependency, int neighborhood) implements RoadefJustification {
    }

    /** A machine uses more of a resource than its safety capacity. */
    record OverSafety(Machine machine, Resource resource, long used, long safetyCapacity)
            implements RoadefJustification {
    }

    /** A machine's free resources are out of the balance objective's ratio. */
    record Imbalance(BalanceObjective objective, Machine machine, long imbalance) implements RoadefJustification {
    }

    /** A process left its original machine. */
    record Moved(ProcessAssignment process, long cost) implements RoadefJustification {
    }

    /** The service move cost: the most processes moved in one service. */
    record MostMovedInOneService(int processes) implements RoadefJustification {
    }
}
