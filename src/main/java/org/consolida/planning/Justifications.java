package org.consolida.planning;

import java.util.List;

import org.consolida.inventory.SpreadScope;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why each constraint penalises: which host, rack, cluster or workload, and by how much. Plain ids and figures, so
 * that an explanation reads (and serialises) without the model behind it. Money is in cents per year.
 */
public final class Justifications {
    private Justifications() {
    }

    public record Overload(String host, List<Overage> overages) implements ConstraintJustification {
    }

    public record Overage(Resource resource, long used, long limit, String unit) {
    }

    /** A workload whose vCPUs cannot run its demand on the host's cores: host MHz it costs against vCPUs × clock. */
    public record VcpusTooSlow(String workload, String host, int vcpus, long cpuMhzOnHost, long vcpuCapMhz)
            implements ConstraintJustification {
    }

    public record Forbidden(String workload, String host, String ruleId, String reason)
            implements ConstraintJustification {
    }

    public record SpreadBroken(String group, SpreadScope spread, String workload, String otherWorkload, String domain)
            implements ConstraintJustification {
    }

    public record OnMaintenanceHost(String workload, String host) implements ConstraintJustification {
    }

    public record RackOverBudget(String rack, long watts, long budgetWatts) implements ConstraintJustification {
    }

    public record FailoverShortfall(String cluster, Resource resource, long demand, long activeCapacity,
                                    long largestHost, String unit) implements ConstraintJustification {
    }

    public record Unplaced(String workload, long size) implements ConstraintJustification {
    }

    public record HostEnergy(String host, double utilization, double watts, long centsPerYear)
            implements ConstraintJustification {
    }

    public record RackSpace(String host, int rackUnits, long centsPerYear) implements ConstraintJustification {
    }

    public record Migration(String workload, String from, String to, double memoryGib, long cents)
            implements ConstraintJustification {
    }

    public record CrossTraffic(String from, String to, Traffic.Distance distance, long mbps, long centsPerYear)
            implements ConstraintJustification {
    }

    public record Headroom(String host, double utilization, double pointsAboveCeiling, long centsPerYear)
            implements ConstraintJustification {
    }
}
