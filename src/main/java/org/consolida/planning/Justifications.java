package org.consolida.planning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.consolida.inventory.SpreadScope;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why each constraint penalises: which host, rack, cluster or workload, and by how much. Plain ids and figures, so
 * that an explanation reads (and serialises) without the model behind it; {@link Justification#description()} says
 * it in a sentence for the page and the workbook. Money is in cents per year (a migration's, once), written in the
 * plan's currency without its symbol, which the planner does not know.
 */
public final class Justifications {
    private Justifications() {
    }

    /** A constraint's justification that explains itself in words. */
    public sealed interface Justification extends ConstraintJustification
            permits Overload, VcpusTooSlow, Forbidden, SpreadBroken, OnMaintenanceHost, RackOverBudget,
            FailoverShortfall, Unplaced, HostEnergy, RackSpace, Migration, CrossTraffic, Headroom,
            WanOverload {
        /** One sentence, ids and figures with their units, e.g. "host h1 is over its memory limit by 12 GiB …". */
        String description();
    }

    /** The sentence of any justification: its description, or its {@code toString()} for a foreign one. */
    public static String describe(Object justification) {
        return justification instanceof Justification explained ? explained.description()
                : String.valueOf(justification);
    }

    public record Overload(String host, List<Overage> overages) implements Justification {
        @Override
        public String description() {
            return "host " + host + " is over its " + overages.stream().map(Overage::description)
                    .collect(Collectors.joining(" and its "));
        }
    }

    public record Overage(Resource resource, long used, long limit, String unit) {
        /** "memory limit by 12 GiB (268 of 256 GiB)": memory, counted in MiB, is written in GiB. */
        public String description() {
            return name(resource) + " limit by " + amount(used - limit, unit) + " (" + figure(used, unit) + " of "
                    + amount(limit, unit) + ")";
        }
    }

    /** A workload whose vCPUs cannot run its demand on the host's cores: host MHz it costs against vCPUs × clock. */
    public record VcpusTooSlow(String workload, String host, int vcpus, long cpuMhzOnHost, long vcpuCapMhz)
            implements Justification {
        @Override
        public String description() {
            return "workload " + workload + " needs " + amount(cpuMhzOnHost, "MHz") + " of CPU on host " + host
                    + ", " + amount(cpuMhzOnHost - vcpuCapMhz, "MHz") + " more than its " + vcpus
                    + " vCPUs can run on its cores (" + amount(vcpuCapMhz, "MHz") + ")";
        }
    }

    public record Forbidden(String workload, String host, String ruleId, String reason) implements Justification {
        @Override
        public String description() {
            return "workload " + workload + " is on host " + host + ", which rule " + ruleId + " forbids"
                    + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
        }
    }

    public record SpreadBroken(String group, SpreadScope spread, String workload, String otherWorkload, String domain)
            implements Justification {
        @Override
        public String description() {
            return "workloads " + workload + " and " + otherWorkload + " of redundancy group " + group + " share "
                    + domain + ", though the group is spread by " + spread.name().toLowerCase(Locale.ROOT);
        }
    }

    public record OnMaintenanceHost(String workload, String host) implements Justification {
        @Override
        public String description() {
            return "workload " + workload + " is on host " + host + ", which is in maintenance and must stay empty";
        }
    }

    public record RackOverBudget(String rack, long watts, long budgetWatts) implements Justification {
        @Override
        public String description() {
            return "rack " + rack + " draws " + amount(watts, "W") + ", " + amount(watts - budgetWatts, "W")
                    + " above its power budget of " + amount(budgetWatts, "W");
        }
    }

    public record FailoverShortfall(String cluster, Resource resource, long demand, long activeCapacity,
                                    long largestHost, String unit) implements Justification {
        @Override
        public String description() {
            long left = activeCapacity - largestHost;
            return "cluster " + cluster + " needs " + amount(demand, unit) + " of " + name(resource)
                    + " but has " + amount(left, unit) + " once its largest host (" + amount(largestHost, unit)
                    + ") fails: " + amount(demand - left, unit) + " short of the failover reserve";
        }
    }

    public record Unplaced(String workload, long size) implements Justification {
        @Override
        public String description() {
            return "workload " + workload + " is left without a host (weight " + String.format(Locale.ROOT, "%,d",
                    size) + ": 1 + its largest share of an average host, in thousandths)";
        }
    }

    public record HostEnergy(String host, double utilization, double watts, long centsPerYear)
            implements Justification {
        @Override
        public String description() {
            return "host " + host + " runs at " + percent(utilization) + " CPU and draws "
                    + String.format(Locale.ROOT, "%,.0f W", watts) + ": " + money(centsPerYear)
                    + " a year of energy";
        }
    }

    public record RackSpace(String host, int rackUnits, long centsPerYear) implements Justification {
        @Override
        public String description() {
            return "host " + host + " takes " + rackUnits + (rackUnits == 1 ? " rack unit: " : " rack units: ")
                    + money(centsPerYear) + " a year of rack space";
        }
    }

    public record Migration(String workload, String from, String to, double memoryGib, long cents)
            implements Justification {
        @Override
        public String description() {
            return "moving workload " + workload + " (" + String.format(Locale.ROOT, "%,.1f GiB", memoryGib)
                    + " of memory) from host " + from + " to host " + to + " costs " + money(cents) + " once";
        }
    }

    public record CrossTraffic(String from, String to, Traffic.Distance distance, long mbps, long centsPerYear)
            implements Justification {
        @Override
        public String description() {
            // The distance is where the flow stays (Traffic.distance): within a rack, it crosses hosts.
            String travels = switch (distance) {
                case HOST -> "stays on one host";
                case RACK -> "crosses hosts within a rack";
                case SITE -> "crosses racks within a site";
                case WAN -> "crosses sites over the WAN";
            };
            return amount(mbps, "Mbit/s") + " of traffic from " + from + " to " + to + " " + travels + ": "
                    + money(centsPerYear) + " a year";
        }
    }

    public record Headroom(String host, double utilization, double pointsAboveCeiling, long centsPerYear)
            implements Justification {
        @Override
        public String description() {
            return "host " + host + " runs at " + percent(utilization) + " CPU, "
                    + String.format(Locale.ROOT, "%.2f", pointsAboveCeiling) + " points above the ceiling: "
                    + money(centsPerYear) + " a year";
        }
    }

    private static String name(Resource resource) {
        return resource == Resource.CPU ? "CPU" : resource.name().toLowerCase(Locale.ROOT);
    }

    /** A site's WAN link in one direction: the Mbit/s of flows between sites it carries against its capacity. */
    public record WanOverload(String site, WanLink.Direction direction, long mbps, long capacityMbps)
            implements Justification {
        @Override
        public String description() {
            String way = direction == WanLink.Direction.OUT ? "outbound" : "inbound";
            return "site " + site + "'s " + way + " WAN link is over its capacity by " + amount(mbps - capacityMbps,
                    "Mbit/s") + " (" + figure(mbps, "Mbit/s") + " of " + amount(capacityMbps, "Mbit/s") + ")";
        }
    }

    /** An amount with its unit; MiB is written in GiB (one decimal when not whole). */
    private static String amount(long value, String unit) {
        if ("MiB".equals(unit)) {
            return String.format(Locale.ROOT, value % 1024 == 0 ? "%,.0f GiB" : "%,.1f GiB", value / 1024.0);
        }
        return String.format(Locale.ROOT, "%,d %s", value, unit);
    }

    /** The used side of "268 of 256 GiB": the figure alone, in the limit's unit. */
    private static String figure(long value, String unit) {
        String written = amount(value, unit);
        return written.substring(0, written.lastIndexOf(' '));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%,.2f", cents / 100.0);
    }
}
