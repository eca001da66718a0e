package org.consolida.simulation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One case of the simulated runtime: the day before or after the plan, or a host's failure or evacuation. "Case",
 * not "scenario", in the code: a scenario is a batch what-if (org.consolida.batch). Users still read "scenarios"
 * (the JSON key, the {@code --no-host-scenarios} option), which stay as they were.
 *
 * @param name                 {@code before}, {@code after}, {@code failure:<host>} or {@code evacuate:<host>}
 * @param evaluatedOver        {@code "day"} (every step) or {@code "peak step"} (host scenarios, to stay fast)
 * @param deliveredRatio       delivered / demanded operations over all counted workloads and evaluated steps
 * @param workloadsBelowTarget workloads whose own delivered ratio is below the policy's throughput target
 * @param energyKwh            facility energy over the horizon (IT energy × the site's PUE); absent for peak-step scenarios
 * @param itEnergyKwh          IT energy (wall power of the hosts) over the horizon; absent for peak-step scenarios
 * @param peakHostUtilization  highest CPU utilisation of any host at any evaluated step (granted / capacity, at most 1)
 * @param peakHostDemand       highest CPU demand of any host, overhead included, relative to its capacity (may exceed 1)
 * @param meanHostUtilization  mean utilisation of the hosts that were on
 * @param activeHosts          hosts with at least one workload (the others are off and draw 0 W)
 * @param shortOfDemandShare   share of workload-time (counted workloads × evaluated steps) delivered less than its
 *                             demand: the SLA violation of a whole day
 * @param overloadedHostShare  share of the time of hosts that are on during which their guests ask more CPU than the
 *                             host has (CloudSim's SLA time per active host, SLATAH)
 * @param limitedBy            for the workloads below target: how many each cause held back most
 * @param belowTarget          ids of the workloads below target
 * @param withoutHost          ids of the workloads that had no host (unplaced, not restarted, not migrated)
 * @param workloads            per workload (whole-day scenarios only)
 * @param evacuation           the live migrations of an {@code evacuate:} scenario
 * @param note                 what the reader should know about how this scenario was evaluated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseResult(String name, String evaluatedOver, double deliveredRatio, int workloadsBelowTarget,
                             Double energyKwh, Double itEnergyKwh, double peakHostUtilization, double peakHostDemand,
                             double meanHostUtilization, int activeHosts, double shortOfDemandShare,
                             double overloadedHostShare, Map<String, Integer> limitedBy,
                             List<String> belowTarget, List<String> withoutHost, List<WorkloadResult> workloads,
                             Evacuation evacuation, String note) {

    /** A workload over the day: its delivered ratio, its worst step and its 5th percentile, and what held it back. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkloadResult(String workload, String host, double deliveredRatio, double minRatio, double p5Ratio,
                                 String limitedBy) {
    }

    /**
     * The live migrations of a maintenance evacuation, run one after another.
     *
     * @param migrated           workloads moved by live migration
     * @param restarted          workloads that could not move live and restarted elsewhere (containers; VMs by cold
     *                           migration when the policy allows it); their restart time is not modelled
     * @param durationSeconds    from the first pre-copy round to the last switch-over
     * @param maxDowntimeSeconds the longest stop-and-copy of any one migration
     * @param transferredGib     memory sent in all
     */
    public record Evacuation(int migrated, int restarted, double durationSeconds, double maxDowntimeSeconds,
                             double transferredGib) {
    }

    public WorkloadResult workload(String id) {
        return workloads.stream().filter(w -> w.workload().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workload " + id + " in scenario " + name));
    }

    /** A builder: the 18 components by name, not by position. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaseResult}; a component not set is null, zero or false. */
    public static final class Builder {
        private String name;
        private String evaluatedOver;
        private double deliveredRatio;
        private int workloadsBelowTarget;
        private Double energyKwh;
        private Double itEnergyKwh;
        private double peakHostUtilization;
        private double peakHostDemand;
        private double meanHostUtilization;
        private int activeHosts;
        private double shortOfDemandShare;
        private double overloadedHostShare;
        private Map<String, Integer> limitedBy;
        private List<String> belowTarget;
        private List<String> withoutHost;
        private List<WorkloadResult> workloads;
        private Evacuation evacuation;
        private String note;

        private Builder() {
        }

        public Builder name(String value) { name = value; return this; }
        public Builder evaluatedOver(String value) { evaluatedOver = value; return this; }
        public Builder deliveredRatio(double value) { deliveredRatio = value; return this; }
        public Builder workloadsBelowTarget(int value) { workloadsBelowTarget = value; return this; }
        public Builder energyKwh(Double value) { energyKwh = value; return this; }
        public Builder itEnergyKwh(Double value) { itEnergyKwh = value; return this; }
        public Builder peakHostUtilization(double value) { peakHostUtilization = value; return this; }
        public Builder peakHostDemand(double value) { peakHostDemand = value; return this; }
        public Builder meanHostUtilization(double value) { meanHostUtilization = value; return this; }
        public Builder activeHosts(int value) { activeHosts = value; return this; }
        public Builder shortOfDemandShare(double value) { shortOfDemandShare = value; return this; }
        public Builder overloadedHostShare(double value) { overloadedHostShare = value; return this; }
        public Builder limitedBy(Map<String, Integer> value) { limitedBy = value; return this; }
        public Builder belowTarget(List<String> value) { belowTarget = value; return this; }
        public Builder withoutHost(List<String> value) { withoutHost = value; return this; }
        public Builder workloads(List<WorkloadResult> value) { workloads = value; return this; }
        public Builder evacuation(Evacuation value) { evacuation = value; return this; }
        public Builder note(String value) { note = value; return this; }

        public CaseResult build() {
            return new CaseResult(name, evaluatedOver, deliveredRatio, workloadsBelowTarget, energyKwh,
                    itEnergyKwh, peakHostUtilization, peakHostDemand, meanHostUtilization, activeHosts,
                    shortOfDemandShare, overloadedHostShare, limitedBy, belowTarget, withoutHost, workloads,
                    evacuation, note);
        }
    }
}
