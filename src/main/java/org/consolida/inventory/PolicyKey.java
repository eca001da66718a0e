package org.consolida.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of the planning {@link Policy}, defined once: name, type, unit, default, the range {@link Policy} accepts,
 * and what the key means. The Policy sheet's reader and writer, the template and docs/inventory-format.md, the RVTools
 * catalog, the batch what-ifs and {@link Policy.Builder} all go through this table, so they cannot drift apart.
 *
 * <p>A key's spreadsheet and JSON name is its constant in lower case ({@code cpu_overcommit}); its {@link #component()}
 * is the record component, the builder setter and the batch manifest key ({@code cpuOvercommit}).
 *
 * <p><b>Adding a key</b>: (1) an entry here, in the order it should appear in the template and the docs; (2) the
 * component in {@link Policy} under the camelCase name, its {@code check} line in the record's constructor and its
 * argument in {@link Policy.Builder#build()} (a typed setter there is optional: {@link Policy.Builder#set} works for
 * every key). The template, the readers, the writers, the catalog and the docs pick it up from here; regenerate
 * docs/inventory-format.md as {@code io.InventoryFormatDoc} says. {@code PolicyKeyTest} fails when the table and the
 * record disagree. A batch what-if for the new key is a field of {@code batch.Scenario} mapped in {@code WhatIfs}.
 */
public enum PolicyKey {
    CPU_OVERCOMMIT(Type.NUMBER, "ratio", 1.0, 0.1, 20.0,
            "Planned CPU demand allowed per GHz of host capacity.", Policy::cpuOvercommit),
    MEMORY_OVERCOMMIT(Type.NUMBER, "ratio", 1.0, 0.1, 4.0,
            "Planned memory allowed per GiB of host memory.", Policy::memoryOvercommit),
    MAX_UTILIZATION(Type.FRACTION, "", 0.8, 0.05, 1.0,
            "CPU utilisation ceiling of a host; above it the headroom cost applies.", Policy::maxUtilization),
    FAILOVER(Type.CHOICE, "", FailoverPolicy.NONE, null, null,
            "Failover reserve per cluster: none, or room to lose its largest host.", Policy::failover),
    CURRENCY(Type.TEXT, "", "EUR", null, null,
            "Currency of every price.", Policy::currency),
    RACK_UNIT_COST_PER_YEAR(Type.NUMBER, "currency/U/year", 120.0, 0.0, null,
            "What one occupied rack unit costs per year.", Policy::rackUnitCostPerYear),
    MIGRATION_COST_PER_GIB(Type.NUMBER, "currency/GiB", 0.5, 0.0, null,
            "One-off cost of moving one GiB of a workload's memory to another host.", Policy::migrationCostPerGib),
    TRAFFIC_COST_HOST(Type.NUMBER, "currency/(Mbit/s)/year", 2.0, 0.0, null,
            "Yearly cost per Mbit/s of traffic that leaves a host but stays in its rack.", Policy::trafficCostHost),
    TRAFFIC_COST_RACK(Type.NUMBER, "currency/(Mbit/s)/year", 5.0, 0.0, null,
            "Yearly cost per Mbit/s that leaves its rack but stays at its site.", Policy::trafficCostRack),
    TRAFFIC_COST_SITE(Type.NUMBER, "currency/(Mbit/s)/year", 20.0, 0.0, null,
            "Yearly cost per Mbit/s that crosses sites (WAN).", Policy::trafficCostSite),
    HEADROOM_COST_PER_PCT(Type.NUMBER, "currency/host/point/year", 50.0, 0.0, null,
            "Yearly cost per host and percentage point of CPU utilisation above the ceiling.",
            Policy::headroomCostPerPct),
    VDI_MIN_NIC_GBPS(Type.NUMBER, "Gbit/s", 10.0, 0.0, null,
            "NIC speed a host needs to carry VDI desktops.", Policy::vdiMinNicGbps),
    ALLOW_COLD_MIGRATION(Type.YES_NO, "", false, null, null,
            "Whether a move may need a cold migration (shutdown, copy, start).", Policy::allowColdMigration),
    THROUGHPUT_TARGET(Type.FRACTION, "", 0.99, 0.0, 1.0,
            "Delivered/demanded throughput a workload must reach in the simulation.", Policy::throughputTarget);

    /** What a key's value is; decides how it is read, written and checked. */
    public enum Type {
        /** A number in {@link #min()} … {@link #max()} (no max: any finite number from min up). */
        NUMBER(Double.class),
        /** A share between 0 and 1 (a sheet may write it as a percentage), within {@link #min()} … {@link #max()}. */
        FRACTION(Double.class),
        YES_NO(Boolean.class),
        /** Non-blank text. */
        TEXT(String.class),
        /** One constant of the enum of the default value ({@link #choices()}). */
        CHOICE(Enum.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }
    }

    private final Type type;
    private final String unit;
    private final Object defaultValue;
    private final Double min;
    private final Double max;
    private final String meaning;
    private final Function<Policy, Object> value;

    PolicyKey(Type type, String unit, Object defaultValue, Double min, Double max, String meaning,
              Function<Policy, Object> value) {
        this.type = type;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
        this.value = value;
    }

    /** Its name in a Policy sheet, in JSON and in the docs: {@code cpu_overcommit}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its name in {@link Policy} and {@link Policy.Builder}, and in a batch manifest: {@code cpuOvercommit}. */
    public String component() {
        String[] words = key().split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    public Type type() {
        return type;
    }

    /** The unit of a number, or "" ("currency" stands for the policy's currency). */
    public String unit() {
        return unit;
    }

    /** What an inventory without this key plans with. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** Smallest value {@link Policy} accepts, or null for a key that is not a number. */
    public Double min() {
        return min;
    }

    /** Largest value {@link Policy} accepts, or null when there is none. */
    public Double max() {
        return max;
    }

    public String meaning() {
        return meaning;
    }

    /** The constants a {@link Type#CHOICE} key may take; empty for other keys. */
    public Enum<?>[] choices() {
        return type == Type.CHOICE ? ((Enum<?>) defaultValue).getDeclaringClass().getEnumConstants() : new Enum<?>[0];
    }

    /** This key's value in a policy: a Double, Boolean, String or enum constant as {@link #type()} says. */
    public Object valueOf(Policy policy) {
        return value.apply(policy);
    }

    /** The key named {@code key} in a sheet ({@code cpu_overcommit}), if there is one. */
    public static Optional<PolicyKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    /** The key whose component is {@code component} ({@code cpuOvercommit}), if there is one. */
    public static Optional<PolicyKey> byComponent(String component) {
        return Arrays.stream(values()).filter(k -> k.component().equals(component)).findFirst();
    }

    /** A number of this key, checked against its range; the message names the key. */
    double check(double number) {
        if (max != null) {
            return Checks.between(key(), number, min, max);
        }
        return min == 0 ? Checks.nonNegative(key(), number) : Checks.between(key(), number, min, Double.MAX_VALUE);
    }

    /** Text of this key, stripped; it must not be blank. */
    String check(String text) {
        return Checks.id(key(), text);
    }

    <E extends Enum<E>> E check(E choice) {
        return Checks.present(key(), choice);
    }

    /** {@code candidate} as this key's value type, or an exception naming the key and the type it needs. */
    Object accept(Object candidate) {
        Object converted = type.javaType == Double.class && candidate instanceof Number n ? n.doubleValue() : candidate;
        boolean fits = type == Type.CHOICE ? ((Enum<?>) defaultValue).getDeclaringClass().isInstance(converted)
                : type.javaType.isInstance(converted);
        if (!fits) {
            throw new IllegalArgumentException(key() + " takes a " + (type == Type.CHOICE
                    ? ((Enum<?>) defaultValue).getDeclaringClass().getSimpleName() : type.javaType.getSimpleName())
                    + ", was " + candidate);
        }
        return converted;
    }
}
