package org.consolida.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Problem;

/** The Policy sheet (key and value rows) read into a {@link Policy}; a key left out keeps its default. */
final class PolicyRows {
    private PolicyRows() {
    }

    /** The policy, or the defaults when the sheet is absent or has problems (which are added to {@code problems}). */
    static Policy read(String file, RawSheet sheet, List<Problem> problems) {
        Policy defaults = Policy.defaults();
        if (sheet == null || !sheet.present()) {
            return defaults;
        }
        Map<String, Object> values = new HashMap<>();
        Map<String, String> seenAt = new HashMap<>();
        boolean failed = false;
        for (RawRow row : sheet.rows()) {
            RowValues v = new RowValues(file, sheet, row, problems);
            String key = v.text("key");
            if (key == null) {
                failed = true;
                continue;
            }
            String normalized = key.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            Column spec = InventorySchema.policyKey(normalized).orElse(null);
            if (spec == null) {
                v.error("key", "key \"" + key + "\" is not a policy key (known: " + String.join(", ",
                        InventorySchema.POLICY_KEYS.stream().map(Column::name).toList()) + ")");
                failed = true;
                continue;
            }
            String first = seenAt.putIfAbsent(normalized, v.where("key"));
            if (first != null) {
                v.error("key", "key \"" + normalized + "\" appears twice (first at " + first + "); keep one");
                failed = true;
                continue;
            }
            String text = v.raw("value");
            if (text == null) {
                continue; // a blank value keeps the default
            }
            Object value = switch (spec.type()) {
                case YES_NO -> v.yesNo(spec, text);
                case ENUMERATION -> v.enumeration(spec, text, FailoverPolicy.class);
                case TEXT -> text;
                default -> v.number(spec, text);
            };
            failed |= v.failed();
            values.put(normalized, value);
        }
        if (failed) {
            return defaults;
        }
        try {
            return new Policy(
                    (double) values.getOrDefault("cpu_overcommit", defaults.cpuOvercommit()),
                    (double) values.getOrDefault("memory_overcommit", defaults.memoryOvercommit()),
                    (double) values.getOrDefault("max_utilization", defaults.maxUtilization()),
                    (FailoverPolicy) values.getOrDefault("failover", defaults.failover()),
                    (String) values.getOrDefault("currency", defaults.currency()),
                    (double) values.getOrDefault("rack_unit_cost_per_year", defaults.rackUnitCostPerYear()),
                    (double) values.getOrDefault("migration_cost_per_gib", defaults.migrationCostPerGib()),
                    (double) values.getOrDefault("traffic_cost_host", defaults.trafficCostHost()),
                    (double) values.getOrDefault("traffic_cost_rack", defaults.trafficCostRack()),
                    (double) values.getOrDefault("traffic_cost_site", defaults.trafficCostSite()),
                    (double) values.getOrDefault("headroom_cost_per_pct", defaults.headroomCostPerPct()),
                    (double) values.getOrDefault("vdi_min_nic_gbps", defaults.vdiMinNicGbps()),
                    (boolean) values.getOrDefault("allow_cold_migration", defaults.allowColdMigration()),
                    (double) values.getOrDefault("throughput_target", defaults.throughputTarget()));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, sheet.where(), e.getMessage()));
            return defaults;
        }
    }
}
