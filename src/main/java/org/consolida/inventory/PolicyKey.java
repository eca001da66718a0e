package org.consolida.inventory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys of the planning {@link Policy}, defined once: name, type, unit, default, the range {@link Policy} accepts
 * (every number has a plausible maximum, so that no sum of costs in the planner can overflow), and what the key means. The Policy sheet's reader and writer, the template and docs/inventory-format.md, the RVTools
 * catalog, the batch what-ifs and {@link Policy.Builder} all go through this table, so they cannot drift apart.
 *
 * <p>A key's spreadsheet and JSON name is its constant in lower case ({@code cpu_overcommit}); its {@link #component()}
 * is the record component, the builder setter and the batch manifest key ({@code cpuOvercommit}).
 *
 * <p><b>Adding a key</b>: (1) an entry here, say
 * {@code SIZING_PERCENTILE(Type.FRACTION, "", 0.95, 0.5, 1.0, "Percentile of CPU demand a host is sized for.")};
 * (2) the component {@code double sizingPercentile} in {@link Policy}, at the same position as the entry (the
 * component's name is the entry's in camelCase), with its line
 * {@code PolicyKey.SIZING_PERCENTILE.check(sizingPercentile);} in the record's constructor. The builder ({@code Policy.builder().set(PolicyKey.SIZING_PERCENTILE, 0.9)}; add a
 * typed setter if code sets it often), the Policy sheet's reader and writer, the JSON form, the template, the RVTools
 * catalog and docs/inventory-format.md (regenerate it as {@code io.InventoryFormatDoc} says) follow from the table.
 * {@code PolicyKeyTest}, and the first use of the table, fail when the entries and the components disagree. A batch
 * what-if for a new key is a field of {@code batch.Scenario}, mapped to its key in {@code batch.WhatIfs}.
 */
public enum PolicyKey {
    CPU_OVERCOMMIT(Type.NUMBER, "ratio", 1.0, 0.1, 20.0,
            "Planned CPU demand allowed per GHz of host capacity."),
    MEMORY_OVERCOMMIT(Type.NUMBER, "ratio", 1.0, 0.1, 4.0,
            "Planned memory allowed per GiB of host memory."),
    MAX_UTILIZATION(Type.FRACTION, "", 0.8, 0.05, 1.0,
            "CPU utilisation ceiling of a host; above it the headroom cost applies."),
    FAILOVER(Type.CHOICE, FailoverPolicy.NONE, "Failover reserve per cluster: none, or room to lose its largest host."),
    CURRENCY(Type.TEXT, "EUR", "Currency of every price."),
    RACK_UNIT_COST_PER_YEAR(Type.NUMBER, "currency/U/year", 120.0, 0.0, 1e6,
            "What one occupied rack unit costs per year."),
    MIGRATION_COST_PER_GIB(Type.NUMBER, "currency/GiB", 0.5, 0.0, 1e4,
            "One-off cost of moving one GiB of a workload's memory to another host."),
    TRAFFIC_COST_HOST(Type.NUMBER, "currency/(Mbit/s)/year", 2.0, 0.0, 1e4,
            "Yearly cost per Mbit/s of traffic that leaves a host but stays in its rack."),
    TRAFFIC_COST_RACK(Type.NUMBER, "currency/(Mbit/s)/year", 5.0, 0.0, 1e4,
            "Yearly cost per Mbit/s that leaves its rack but stays at its site."),
    TRAFFIC_COST_SITE(Type.NUMBER, "currency/(Mbit/s)/year", 20.0, 0.0, 1e4,
            "Yearly cost per Mbit/s that crosses sites (WAN)."),
    HEADROOM_COST_PER_PCT(Type.NUMBER, "currency/host/point/year", 50.0, 0.0, 1e6,
            "Yearly cost per host and percentage point of CPU utilisation above the ceiling."),
    VDI_MIN_NIC_GBPS(Type.NUMBER, "Gbit/s", 10.0, 0.0, 1e4,
            "NIC speed a host needs to carry VDI desktops."),
    ALLOW_COLD_MIGRATION(Type.YES_NO, false, "Whether a move may need a cold migration (shutdown, copy, start)."),
    THROUGHPUT_TARGET(Type.FRACTION, "", 0.99, 0.0, 1.0,
            "Delivered/demanded throughput a workload must reach in the simulation.");

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

    /** Type, unit, default and range of a key: one row of the table above. */
    private record Spec(Type type, String unit, Object defaultValue, Double min, Double max) {
    }

    private final Spec spec;
    private final String meaning;

    /** A number between {@code min} and {@code max} (null: no largest value). */
    PolicyKey(Type type, String unit, double defaultValue, double min, Double max, String meaning) {
        this(new Spec(type, unit, defaultValue, min, max), meaning);
    }

    /** A key that is not a number: yes/no, text or a choice. */
    PolicyKey(Type type, Object defaultValue, String meaning) {
        this(new Spec(type, "", defaultValue, null, null), meaning);
    }

    PolicyKey(Spec spec, String meaning) {
        this.spec = spec;
        this.meaning = meaning;
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

    public Type type() { return spec.type(); }

    /** The unit of a number, or "" ("currency" stands for the policy's currency). */
    public String unit() { return spec.unit(); }

    /** What an inventory without this key plans with. */
    public Object defaultValue() { return spec.defaultValue(); }

    /** Smallest value {@link Policy} accepts, or null for a key that is not a number. */
    public Double min() { return spec.min(); }

    /** Largest value {@link Policy} accepts, or null when there is none. */
    public Double max() { return spec.max(); }

    public String meaning() { return meaning; }

    /** The constants a {@link Type#CHOICE} key may take; empty for other keys. */
    public Enum<?>[] choices() {
        return type() == Type.CHOICE ? choiceType().getEnumConstants() : new Enum<?>[0];
    }

    /** This key's value in a policy: a Double, Boolean, String or enum constant as {@link #type()} says. */
    public Object valueOf(Policy policy) {
        try {
            return Components.ACCESSORS[ordinal()].invoke(policy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component() + " of " + policy, e);
        }
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
        if (max() != null) {
            return Checks.between(key(), number, min(), max());
        }
        return min() == 0 ? Checks.nonNegative(key(), number) : Checks.between(key(), number, min(), Double.MAX_VALUE);
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
        Class<?> javaType = type() == Type.CHOICE ? choiceType() : type().javaType;
        Object converted = javaType == Double.class && candidate instanceof Number n ? n.doubleValue() : candidate;
        if (!javaType.isInstance(converted)) {
            throw new IllegalArgumentException(key() + " takes a " + javaType.getSimpleName() + ", was " + candidate);
        }
        return converted;
    }

    private Class<? extends Enum<?>> choiceType() {
        return ((Enum<?>) defaultValue()).getDeclaringClass();
    }

    /** A policy of these values, one per key in key order, through the record's own constructor and checks. */
    static Policy policyOf(Object[] values) {
        try {
            return Components.CANONICAL.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct a Policy", e);
        }
    }

    /**
     * The record's components, found by reflection so that a key needs no code of its own to be read or built: key
     * i is component i, which {@link #component()} names (checked here, once).
     */
    private static final class Components {
        static final Method[] ACCESSORS;
        static final Constructor<Policy> CANONICAL;

        static {
            RecordComponent[] components = Policy.class.getRecordComponents();
            PolicyKey[] keys = values();
            if (components.length != keys.length) {
                throw new IllegalStateException("Policy has " + components.length + " components, PolicyKey "
                        + keys.length + " keys");
            }
            ACCESSORS = new Method[keys.length];
            Class<?>[] types = new Class<?>[keys.length];
            for (int i = 0; i < keys.length; i++) {
                if (!components[i].getName().equals(keys[i].component())) {
                    throw new IllegalStateException("Policy component " + components[i].getName() + " is not key "
                            + keys[i] + "; keep PolicyKey in the order of the record's components");
                }
                ACCESSORS[i] = components[i].getAccessor();
                types[i] = components[i].getType();
            }
            try {
                CANONICAL = Policy.class.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        private Components() {
        }
    }
}
