package org.consolida.planning;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;


import java.util.function.Function;

import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.SpreadScope;
import org.consolida.planning.Justifications.CrossTraffic;
import org.consolida.planning.Justifications.FailoverShortfall;
import org.consolida.planning.Justifications.Forbidden;
import org.consolida.planning.Justifications.Headroom;
import org.consolida.planning.Justifications.HostEnergy;
import org.consolida.planning.Justifications.Migration;
import org.consolida.planning.Justifications.OnMaintenanceHost;
import org.consolida.planning.Justifications.Overload;
import org.consolida.planning.Justifications.RackOverBudget;
import org.consolida.planning.Justifications.RackSpace;
import org.consolida.planning.Justifications.SpreadBroken;
import org.consolida.planning.Justifications.Unplaced;
import org.consolida.planning.Justifications.VcpusTooSlow;
import org.consolida.planning.Justifications.WanOverload;
import org.consolida.planning.WanLink.Direction;
import org.consolida.planning.WanLink.SiteDirection;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The cost model of a placement. Hard: what must hold. Medium: workloads left without a host, by size. Soft: money,
 * in cents of the policy's currency per year (a migration's one-off cost counts once).
 */
public final class PlacementConstraints implements ConstraintProvider {
    public static final String CAPACITY = "capacity";
    public static final String VCPU_SPEED = "vcpu speed";
    public static final String RESTRICTION = "restriction";
    public static final String REDUNDANCY_SPREAD = "redundancy spread";
    public static final String MAINTENANCE = "maintenance";
    public static final String RACK_POWER = "rack power";
    public static final String FAILOVER_RESERVE = "failover reserve";
    public static final String UNPLACED = "unplaced";
    public static final String ENERGY = "energy";
    public static final String RACK_SPACE = "rack space";
    public static final String MIGRATION = "migration";
    public static final String TRAFFIC = "traffic";
    public static final String HEADROOM = "headroom";
    public static final String WAN_CAPACITY = "wan capacity";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                capacity(factory),
                vcpuSpeed(factory),
                restriction(factory),
                redundancySpread(factory),
                maintenance(factory),
                rackPower(factory),
                failoverReserve(factory),
                unplaced(factory),
                energy(factory),
                rackSpace(factory),
                migration(factory),
                traffic(factory),
                headroom(factory),
                wanCapacity(factory),
        };
    }

    /**
     * Hard: no host carries more of any resource than it offers after over-commit; penalised by the overage, summed
     * over the resources. Per-workload demands and the traffic that leaves a host (which loads the NICs of both ends)
     * are summed into one load vector per host, and every dimension is checked alike.
     */
    Constraint capacity(ConstraintFactory factory) {
        TriConstraintStream<Traffic, Placement, Placement> leaving = leavingHost(factory);
        BiConstraintStream<PlannedHost, Load> senders = leaving.map(
                (traffic, from, to) -> from.getHost(), (traffic, from, to) -> traffic.networkLoad());
        BiConstraintStream<PlannedHost, Load> receivers = leaving.map(
                (traffic, from, to) -> to.getHost(), (traffic, from, to) -> traffic.networkLoad());
        return hostLoads(factory).concat(senders).concat(receivers)
                .groupBy((host, load) -> host, Load.sumOfLoads())
                .filter((host, load) -> load.overage(host) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (host, load) -> load.overage(host))
                .justifyWith((host, load, score) -> new Overload(host.id(), load.overages(host)))
                .asConstraint(CAPACITY);
    }

    /**
     * Hard: a workload's vCPUs must run its planned demand on the host's cores: a vCPU runs on one core, so the host
     * CPU it costs there (overhead included) must fit in vCPUs × core clock (MachineModel.vcpusKeepUp, as the
     * simulated runtime caps it). Penalised by the MHz above that cap.
     */
    Constraint vcpuSpeed(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> !placement.vcpusKeepUpOn(placement.getHost()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        placement -> Math.max(1, placement.cpuMhzOn(placement.getHost())
                                - vcpuCapMhz(placement, placement.getHost())))
                .justifyWith((placement, score) -> new VcpusTooSlow(placement.getId(), placement.getHost().id(),
                        placement.getWorkload().vcpus(), placement.cpuMhzOn(placement.getHost()),
                        vcpuCapMhz(placement, placement.getHost())))
                .asConstraint(VCPU_SPEED);
    }

    private static long vcpuCapMhz(Placement placement, PlannedHost host) {
        return PlacementProblem.wholeDown(
                MachineModel.vcpuCapGhz(placement.getWorkload().vcpus(), host.host().model()) * 1000);
    }

    /** Hard: a workload on a host that a policy rule forbids it. */
    Constraint restriction(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.forbiddenOn(placement.getHost()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((placement, score) -> {
                    Restriction restriction = placement.restrictionOn(placement.getHost());
                    return new Forbidden(placement.getId(), placement.getHost().id(), restriction.ruleId(),
                            restriction.reason());
                })
                .asConstraint(RESTRICTION);
    }

    /**
     * Hard: two members of a redundancy group in the same failure domain, at the stricter spread of the two; one
     * penalty per such pair.
     */
    Constraint redundancySpread(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.getGroup() != null)
                .join(factory.forEach(Placement.class).filter(placement -> placement.getGroup() != null),
                        equal(Placement::getGroup), lessThan(Placement::getIndex),
                        filtering((a, b) -> domain(a.getHost(), Packing.stricter(a, b))
                                .equals(domain(b.getHost(), Packing.stricter(a, b)))))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> new SpreadBroken(a.getGroup(), Packing.stricter(a, b), a.getId(), b.getId(),
                        domain(a.getHost(), Packing.stricter(a, b))))
                .asConstraint(REDUNDANCY_SPREAD);
    }

    /** Hard: a host in maintenance must be left empty. */
    Constraint maintenance(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.getHost().inMaintenance())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((placement, score) -> new OnMaintenanceHost(placement.getId(), placement.getHost().id()))
                .asConstraint(MAINTENANCE);
    }

    /** Hard: the planned power of a rack's active hosts within its budget; penalised by the excess in watts. */
    Constraint rackPower(ConstraintFactory factory) {
        return hostLoads(factory)
                .filter((host, load) -> host.rackCanOverload())
                .groupBy((host, load) -> host.rack(), sumLong((host, load) -> Math.round(host.watts(load.cpuMhz()))))
                .filter((rack, watts) -> watts > Math.round(rack.powerWatts()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (rack, watts) -> watts - Math.round(rack.powerWatts()))
                .justifyWith((rack, watts, score) -> new RackOverBudget(rack.id(), watts, Math.round(rack.powerWatts())))
                .asConstraint(RACK_POWER);
    }

    /**
     * Hard, with failover N+1: a cluster's demand of each reserved resource must fit on its active hosts less the
     * largest of them; penalised by the shortfall.
     */
    Constraint failoverReserve(ConstraintFactory factory) {
        return factory.forEach(HostCapacity.class)
                .filter(HostCapacity::failoverReserved)
                .join(Placement.class, equal(HostCapacity::host, Placement::getHost))
                .groupBy((capacity, placement) -> capacity,
                        sumLong((capacity, placement) -> placement.demandOn(capacity.resource(), capacity.host())))
                .groupBy((capacity, used) -> new ClusterResource(capacity.host().cluster(), capacity.resource()),
                        sumLong((HostCapacity capacity, Long used) -> used),
                        sumLong((HostCapacity capacity, Long used) -> capacity.limit()),
                        max((HostCapacity capacity, Long used) -> (Long) capacity.limit()))
                .filter((cluster, used, total, largest) -> used > total - largest)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (cluster, used, total, largest) -> used - (total - largest))
                .justifyWith((cluster, used, total, largest, score) -> new FailoverShortfall(cluster.cluster(),
                        cluster.resource(), used, total, largest, cluster.resource().unit()))
                .asConstraint(FAILOVER_RESERVE);
    }

    /** Medium: a workload left without a host, weighted by its size so that big ones are placed first. */
    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(placement -> placement.getHost() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Placement::getSize)
                .justifyWith((placement, score) -> new Unplaced(placement.getId(), placement.getSize()))
                .asConstraint(UNPLACED);
    }

    /** Soft: each active host's power at its planned CPU utilisation, for a year, with PUE, at the site's price. */
    Constraint energy(ConstraintFactory factory) {
        return hostLoads(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (host, load) -> host.energyCents(load.cpuMhz()))
                .justifyWith((host, load, score) -> new HostEnergy(host.id(), host.utilization(load.cpuMhz()),
                        host.watts(load.cpuMhz()), host.energyCents(load.cpuMhz())))
                .asConstraint(ENERGY);
    }

    /** Soft: the rack units of each active host, at the policy's yearly cost per unit. */
    Constraint rackSpace(ConstraintFactory factory) {
        return hostLoads(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (host, load) -> host.rackSpaceCentsPerYear())
                .justifyWith((host, load, score) -> new RackSpace(host.id(), host.host().model().rackUnits(),
                        host.rackSpaceCentsPerYear()))
                .asConstraint(RACK_SPACE);
    }

    /** Soft: the one-off cost of moving a workload's memory away from the host it runs on today. */
    Constraint migration(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(Placement::isMoved)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Placement::getMigrationCents)
                .justifyWith((placement, score) -> new Migration(placement.getId(), placement.getCurrentHost().id(),
                        placement.getHost().id(), placement.getWorkload().memoryGib(), placement.getMigrationCents()))
                .asConstraint(MIGRATION);
    }

    /** Soft: traffic that leaves a host, at the rate for the largest domain it leaves (host, rack or site). */
    Constraint traffic(ConstraintFactory factory) {
        return leavingHost(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (traffic, from, to) -> traffic.costCents(from.getHost(), to.getHost()))
                .justifyWith((traffic, from, to, score) -> new CrossTraffic(traffic.from(), traffic.to(),
                        Traffic.distance(from.getHost(), to.getHost()), traffic.mbps(),
                        traffic.costCents(from.getHost(), to.getHost())))
                .asConstraint(TRAFFIC);
    }

    /** Soft: percentage points of CPU utilisation above the policy's ceiling, per host, at the yearly rate. */
    Constraint headroom(ConstraintFactory factory) {
        return hostLoads(factory)
                .filter((host, load) -> host.headroomCents(load.cpuMhz()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (host, load) -> host.headroomCents(load.cpuMhz()))
                .justifyWith((host, load, score) -> new Headroom(host.id(), host.utilization(load.cpuMhz()),
                        host.pointsAboveCeiling(load.cpuMhz()), host.headroomCents(load.cpuMhz())))
                .asConstraint(HEADROOM);
    }

    /**
     * Hard: each site's WAN link in each direction carries at most its capacity ({@link WanLink}); penalised by the
     * Mbit/s above it. As in the simulated runtime (Layout.route), a flow's {@code mbps} goes one way, from its
     * {@code from} end to its {@code to} end: between sites it loads the sender's site's WAN out and the receiver's
     * site's WAN in.
     */
    Constraint wanCapacity(ConstraintFactory factory) {
        TriConstraintStream<Traffic, Placement, Placement> crossing = leavingHost(factory)
                .filter((traffic, from, to) -> !siteOf(from).equals(siteOf(to)));
        BiConstraintStream<SiteDirection, Long> out = crossing.map(
                (traffic, from, to) -> new SiteDirection(siteOf(from), Direction.OUT), (traffic, from, to) -> traffic.mbps());
        BiConstraintStream<SiteDirection, Long> in = crossing.map(
                (traffic, from, to) -> new SiteDirection(siteOf(to), Direction.IN), (traffic, from, to) -> traffic.mbps());
        return out.concat(in)
                .groupBy((link, mbps) -> link, sumLong((link, mbps) -> mbps))
                .join(WanLink.class, equal((link, mbps) -> link, WanLink::key))
                .filter((key, mbps, link) -> mbps > link.capacityMbps())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (key, mbps, link) -> mbps - link.capacityMbps())
                .justifyWith((key, mbps, link, score) -> new WanOverload(link.siteId(), link.direction(), mbps,
                        link.capacityMbps()))
                .asConstraint(WAN_CAPACITY);
    }

    private static String siteOf(Placement placement) {
        return placement.getHost().rack().site().id();
    }

    // Shared by several constraints: the same function instances let Timefold build the grouping node once.
    private static final Function<Placement, PlannedHost> HOST = Placement::getHost;
    private static final UniConstraintCollector<Placement, ?, Load> DEMANDS = Load.sumOfDemands();

    /** What each active host carries of every per-workload resource. */
    private static BiConstraintStream<PlannedHost, Load> hostLoads(ConstraintFactory factory) {
        return factory.forEach(Placement.class).groupBy(HOST, DEMANDS);
    }

    /** Flows whose two ends are placed on different hosts. */
    private static TriConstraintStream<Traffic, Placement, Placement> leavingHost(ConstraintFactory factory) {
        return factory.forEach(Traffic.class)
                .join(Placement.class, equal(Traffic::fromIndex, Placement::getIndex))
                .join(Placement.class, equal((traffic, from) -> traffic.toIndex(), Placement::getIndex))
                .filter((traffic, from, to) -> from.getHost() != to.getHost());
    }

    private static String domain(PlannedHost host, SpreadScope scope) {
        return switch (scope) {
            case HOST -> "host " + host.id();
            case RACK -> "rack " + host.rack().id();
            case SITE -> "site " + host.rack().site().id();
        };
    }

    /** A cluster and a resource: the key of the failover reserve. */
    record ClusterResource(String cluster, Resource resource) {
    }

}
