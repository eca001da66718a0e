package org.consolida.planning;

import java.util.EnumMap;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Rack;

/**
 * A host as the planner sees it: the inventory's host with its costs precomputed in cents per year, so that the
 * constraints do arithmetic, not look-ups. Identity equality: one instance per host in a problem.
 */
public final class PlannedHost {
    private final Host host;
    private final int index;
    private final int machineIndex;
    private final long physicalCpuMhz;
    private final double energyCentsPerWattYear;
    private final long rackSpaceCentsPerYear;
    private final double maxUtilization;
    private final double headroomCentsPerPct;
    private final Map<Resource, HostCapacity> capacities = new EnumMap<>(Resource.class);
    private boolean rackCanOverload = true;

    /**
     * @param energyOnlyKwhPrice null to price everything as the policy says; else the one price of a kWh at every
     *                           site, with rack space and headroom free (the energy objective)
     */
    PlannedHost(Host host, int index, int machineIndex, Policy policy, Double energyOnlyKwhPrice) {
        this.host = host;
        this.index = index;
        this.machineIndex = machineIndex;
        this.physicalCpuMhz = Math.max(1, Math.round(host.model().cpuGhz() * 1000));
        boolean energyOnly = energyOnlyKwhPrice != null;
        double kwhPrice = energyOnly ? energyOnlyKwhPrice : host.site().kwhPrice();
        // W × 8,760 h × PUE → Wh per year; /1000 → kWh; × price → currency; × 100 → cents.
        this.energyCentsPerWattYear = Policy.HOURS_PER_YEAR * host.site().pue() * kwhPrice / 1000 * 100;
        this.rackSpaceCentsPerYear = energyOnly ? 0
                : Math.round(host.model().rackUnits() * policy.rackUnitCostPerYear() * 100);
        this.maxUtilization = policy.maxUtilization();
        this.headroomCentsPerPct = energyOnly ? 0 : policy.headroomCostPerPct() * 100;
    }

    void addCapacity(HostCapacity capacity) {
        capacities.put(capacity.resource(), capacity);
    }

    void setRackCanOverload(boolean rackCanOverload) {
        this.rackCanOverload = rackCanOverload;
    }

    /** Whether the hosts of its rack could together draw more than the rack's budget (if not, no need to check). */
    public boolean rackCanOverload() {
        return rackCanOverload;
    }

    public Host host() {
        return host;
    }

    public String id() {
        return host.id();
    }

    public int index() {
        return index;
    }

    /**
     * Which of the problem's machines (a host model with a hypervisor) this host is: hosts of one machine cost a
     * workload the same CPU and run its vCPUs at the same speed.
     */
    public int machineIndex() {
        return machineIndex;
    }

    public Rack rack() {
        return host.rack();
    }

    public String cluster() {
        return host.cluster();
    }

    public boolean inMaintenance() {
        return host.state() == HostState.MAINTENANCE;
    }

    /** The capacity fact of a resource, or null when the host sets no limit on it (no local storage: shared storage). */
    public HostCapacity capacity(Resource resource) {
        return capacities.get(resource);
    }

    public long physicalCpuMhz() {
        return physicalCpuMhz;
    }

    /**
     * CPU utilisation of the physical cores when its guests cost this much host CPU (overhead included, as
     * {@link Placement#cpuMhzOn} counts it); may exceed 1 when over-committed.
     */
    public double utilization(long cpuMhz) {
        return (double) cpuMhz / physicalCpuMhz;
    }

    /** IT power drawn when the host is on and its guests cost this much host CPU: the machine model's answer. */
    public double watts(long cpuMhz) {
        return MachineModel.watts(host.model(), cpuMhz / 1000.0);
    }

    /** Yearly energy cost in cents of running this host on with this much CPU demand (PUE and the site's price). */
    public long energyCents(long cpuMhz) {
        return Math.round(watts(cpuMhz) * energyCentsPerWattYear);
    }

    public double energyCentsPerWattYear() {
        return energyCentsPerWattYear;
    }

    public long rackSpaceCentsPerYear() {
        return rackSpaceCentsPerYear;
    }

    /** Percentage points of CPU utilisation above the policy's ceiling (0 when below). */
    public double pointsAboveCeiling(long cpuMhz) {
        return Math.max(0, utilization(cpuMhz) - maxUtilization) * 100;
    }

    public long headroomCents(long cpuMhz) {
        return Math.round(pointsAboveCeiling(cpuMhz) * headroomCentsPerPct);
    }

    @Override
    public String toString() {
        return host.id();
    }
}
