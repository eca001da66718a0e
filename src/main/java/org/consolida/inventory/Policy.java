package org.consolida.inventory;

/**
 * The planning policy: how far resources may be over-committed, how full a host may run, what failover reserve a
 * cluster keeps, and the prices that turn a plan into money per year. Every figure has a default, so an inventory
 * without a Policy sheet still plans.
 *
 * @param cpuOvercommit         planned CPU demand allowed per GHz of host capacity
 * @param memoryOvercommit      planned memory allowed per GiB of host memory
 * @param maxUtilization        CPU utilisation ceiling of a host (0–1); above it the headroom cost applies
 * @param rackUnitCostPerYear   what one occupied rack unit costs per year (space, cooling share, maintenance)
 * @param migrationCostPerGib   one-off cost of moving one GiB of a workload's memory to another host
 * @param trafficCostHost       yearly cost per Mbit/s of traffic that leaves a host but stays in its rack
 * @param trafficCostRack       yearly cost per Mbit/s that leaves its rack but stays at its site
 * @param trafficCostSite       yearly cost per Mbit/s that crosses sites (WAN)
 * @param headroomCostPerPct    yearly cost per host and percentage point of CPU utilisation above the ceiling
 * @param vdiMinNicGbps         NIC speed a host needs to carry VDI desktops
 * @param allowColdMigration    whether a move may need a cold migration (shutdown, copy, start)
 * @param throughputTarget      delivered/demanded throughput a workload must reach in the simulation (0–1)
 */
public record Policy(double cpuOvercommit, double memoryOvercommit, double maxUtilization, FailoverPolicy failover,
                     String currency, double rackUnitCostPerYear, double migrationCostPerGib, double trafficCostHost,
                     double trafficCostRack, double trafficCostSite, double headroomCostPerPct, double vdiMinNicGbps,
                     boolean allowColdMigration, double throughputTarget) {

    public static final double HOURS_PER_YEAR = 8_760;

    public Policy {
        Checks.between("cpu_overcommit", cpuOvercommit, 0.1, 20);
        Checks.between("memory_overcommit", memoryOvercommit, 0.1, 4);
        Checks.between("max_utilization", maxUtilization, 0.05, 1);
        Checks.present("failover", failover);
        currency = Checks.id("currency", currency);
        Checks.nonNegative("rack_unit_cost_per_year", rackUnitCostPerYear);
        Checks.nonNegative("migration_cost_per_gib", migrationCostPerGib);
        Checks.nonNegative("traffic_cost_host", trafficCostHost);
        Checks.nonNegative("traffic_cost_rack", trafficCostRack);
        Checks.nonNegative("traffic_cost_site", trafficCostSite);
        Checks.nonNegative("headroom_cost_per_pct", headroomCostPerPct);
        Checks.nonNegative("vdi_min_nic_gbps", vdiMinNicGbps);
        Checks.between("throughput_target", throughputTarget, 0, 1);
    }

    public static Policy defaults() {
        return new Policy(1.0, 1.0, 0.8, FailoverPolicy.NONE, "EUR", 120, 0.5, 2, 5, 20, 50, 10, false, 0.99);
    }
}
