package org.consolida.report;

/** One physical host, before and after the plan. */
public record HostRow(String host, String model, String rack, String cluster, Utilization before, Utilization after,
                      double powerWattsBefore, double plannedPowerWatts, HostAction action) {
    /** A builder: the 9 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HostRow}; a component not set is null, zero or false. */
    public static final class Builder {
        private String host;
        private String model;
        private String rack;
        private String cluster;
        private Utilization before;
        private Utilization after;
        private double powerWattsBefore;
        private double plannedPowerWatts;
        private HostAction action;

        private Builder() {
        }

        public Builder host(String value) { host = value; return this; }
        public Builder model(String value) { model = value; return this; }
        public Builder rack(String value) { rack = value; return this; }
        public Builder cluster(String value) { cluster = value; return this; }
        public Builder before(Utilization value) { before = value; return this; }
        public Builder after(Utilization value) { after = value; return this; }
        public Builder powerWattsBefore(double value) { powerWattsBefore = value; return this; }
        public Builder plannedPowerWatts(double value) { plannedPowerWatts = value; return this; }
        public Builder action(HostAction value) { action = value; return this; }

        public HostRow build() {
            return new HostRow(host, model, rack, cluster, before, after, powerWattsBefore, plannedPowerWatts, action);
        }
    }
}
