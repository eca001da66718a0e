package org.consolida.inventory;

import java.util.EnumMap;
import java.util.Map;

/**
 * The planning policy: how far resources may be over-committed, how full a host may run, what failover reserve a
 * cluster keeps, and the prices that turn a plan into money per year. Every figure has a default, so an inventory
 * without a Policy sheet still plans. Each component is a {@link PolicyKey}, which holds its unit, default, range and
 * meaning; add a component there first.
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

    private static final Policy DEFAULTS = builder().build();

    public Policy {
        PolicyKey.CPU_OVERCOMMIT.check(cpuOvercommit);
        PolicyKey.MEMORY_OVERCOMMIT.check(memoryOvercommit);
        PolicyKey.MAX_UTILIZATION.check(maxUtilization);
        PolicyKey.FAILOVER.check(failover);
        currency = PolicyKey.CURRENCY.check(currency);
        PolicyKey.RACK_UNIT_COST_PER_YEAR.check(rackUnitCostPerYear);
        PolicyKey.MIGRATION_COST_PER_GIB.check(migrationCostPerGib);
        PolicyKey.TRAFFIC_COST_HOST.check(trafficCostHost);
        PolicyKey.TRAFFIC_COST_RACK.check(trafficCostRack);
        PolicyKey.TRAFFIC_COST_SITE.check(trafficCostSite);
        PolicyKey.HEADROOM_COST_PER_PCT.check(headroomCostPerPct);
        PolicyKey.VDI_MIN_NIC_GBPS.check(vdiMinNicGbps);
        PolicyKey.THROUGHPUT_TARGET.check(throughputTarget);
    }

    /** Every key at its {@link PolicyKey#defaultValue()}. */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values, to build a variant (a what-if, a test) of it. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        for (PolicyKey key : PolicyKey.values()) {
            builder.set(key, key.valueOf(this));
        }
        return builder;
    }

    /** Fluent construction of a {@link Policy}, key by key; the record's constructor checks them on {@link #build()}. */
    public static final class Builder {
        private final Map<PolicyKey, Object> values = new EnumMap<>(PolicyKey.class);

        private Builder() {
            for (PolicyKey key : PolicyKey.values()) {
                values.put(key, key.defaultValue());
            }
        }

        /** Sets any key: a number (any {@link Number}), a Boolean, a String or an enum constant, as its type says. */
        public Builder set(PolicyKey key, Object value) {
            values.put(key, key.accept(value));
            return this;
        }

        public Builder cpuOvercommit(double value) { return set(PolicyKey.CPU_OVERCOMMIT, value); }
        public Builder memoryOvercommit(double value) { return set(PolicyKey.MEMORY_OVERCOMMIT, value); }
        public Builder maxUtilization(double value) { return set(PolicyKey.MAX_UTILIZATION, value); }
        public Builder failover(FailoverPolicy value) { return set(PolicyKey.FAILOVER, value); }
        public Builder currency(String value) { return set(PolicyKey.CURRENCY, value); }
        public Builder rackUnitCostPerYear(double value) { return set(PolicyKey.RACK_UNIT_COST_PER_YEAR, value); }
        public Builder migrationCostPerGib(double value) { return set(PolicyKey.MIGRATION_COST_PER_GIB, value); }
        public Builder trafficCostHost(double value) { return set(PolicyKey.TRAFFIC_COST_HOST, value); }
        public Builder trafficCostRack(double value) { return set(PolicyKey.TRAFFIC_COST_RACK, value); }
        public Builder trafficCostSite(double value) { return set(PolicyKey.TRAFFIC_COST_SITE, value); }
        public Builder headroomCostPerPct(double value) { return set(PolicyKey.HEADROOM_COST_PER_PCT, value); }
        public Builder vdiMinNicGbps(double value) { return set(PolicyKey.VDI_MIN_NIC_GBPS, value); }
        public Builder allowColdMigration(boolean value) { return set(PolicyKey.ALLOW_COLD_MIGRATION, value); }
        public Builder throughputTarget(double value) { return set(PolicyKey.THROUGHPUT_TARGET, value); }

        public Policy build() {
            return PolicyKey.policyOf(values.values().toArray());
        }
    }
}
