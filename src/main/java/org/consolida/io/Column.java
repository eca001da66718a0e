package org.consolida.io;

import java.util.List;

/**
 * One column of an inventory sheet (or one key of the Policy sheet): its snake_case name, what it holds, its unit, whether
 * it must be given or what it defaults to, what it means, an example value, and the range a number must lie in.
 *
 * @param defaultValue the value a blank cell or a missing column stands for; null when the column is required
 * @param reference    the sheet whose ids this column names (for example Hosts.model names a HostModels row), or null
 * @param min          smallest allowed number, or null
 * @param minExclusive whether {@code min} itself is excluded
 * @param max          largest allowed number, or null
 */
public record Column(String name, ColumnType type, String unit, boolean required, String defaultValue, String meaning,
                     String example, List<String> allowed, String reference, Double min, boolean minExclusive,
                     Double max) {

    public Column {
        allowed = List.copyOf(allowed);
        unit = unit == null ? "" : unit;
        example = example == null ? "" : example;
    }

    public static Builder of(String name, ColumnType type) {
        return new Builder(name, type);
    }

    public boolean isNumeric() {
        return type == ColumnType.NUMBER || type == ColumnType.INTEGER || type == ColumnType.PERCENT
                || type == ColumnType.FRACTION;
    }

    /** The range in words, for messages and docs: "> 0", "0 to 1", or "" when any number will do. */
    public String rangeText() {
        if (min != null && max != null) {
            return minExclusive ? "> " + Numbers.text(min) + " and <= " + Numbers.text(max)
                    : Numbers.text(min) + " to " + Numbers.text(max);
        }
        if (min != null) {
            return (minExclusive ? "> " : ">= ") + Numbers.text(min);
        }
        if (max != null) {
            return "<= " + Numbers.text(max);
        }
        return "";
    }

    public boolean inRange(double value) {
        if (min != null && (minExclusive ? value <= min : value < min)) {
            return false;
        }
        return max == null || value <= max;
    }

    /** Fluent construction of a column; the schema reads as a table this way. */
    public static final class Builder {
        private final String name;
        private final ColumnType type;
        private String unit = "";
        private boolean required;
        private String defaultValue;
        private String meaning = "";
        private String example = "";
        private List<String> allowed = List.of();
        private String reference;
        private Double min;
        private boolean minExclusive;
        private Double max;

        private Builder(String name, ColumnType type) {
            this.name = name;
            this.type = type;
            if (type == ColumnType.YES_NO) {
                this.allowed = List.of("yes", "no");
            }
            if (type == ColumnType.FRACTION) {
                between(0, 1);
            }
            if (type == ColumnType.PERCENT) {
                between(0, 100);
            }
        }

        public Builder unit(String value) { unit = value; return this; }
        public Builder required() { required = true; defaultValue = null; return this; }
        public Builder optional(String value) { required = false; defaultValue = value; return this; }
        public Builder meaning(String value) { meaning = value; return this; }
        public Builder example(String value) { example = value; return this; }
        public Builder allowed(String... values) { allowed = List.of(values); return this; }
        public Builder references(String sheet) { reference = sheet; return this; }
        public Builder positive() { min = 0.0; minExclusive = true; return this; }
        public Builder nonNegative() { min = 0.0; minExclusive = false; return this; }
        public Builder between(double low, double high) { min = low; minExclusive = false; max = high; return this; }
        /** The largest plausible value: beyond it a figure is a typo or a hostile file, not a datacenter. */
        public Builder atMost(double high) { max = high; return this; }

        public Column build() {
            return new Column(name, type, unit, required, required ? null : (defaultValue == null ? "" : defaultValue),
                    meaning, example, allowed, reference, min, minExclusive, max);
        }
    }
}
