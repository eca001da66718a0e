package org.consolida.simulation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The simulated runtime of one plan: the horizon, how demand was driven, and one result per scenario. This is what
 * {@code plan.json} holds under {@code simulation}.
 *
 * @param horizonHours hours simulated by the whole-day scenarios
 * @param stepMinutes  length of one step
 * @param demand       what drove demand (profiles or traces, and how traces were mapped onto workloads)
 * @param peakStep     the step with the highest total CPU demand under the plan; host scenarios are evaluated there
 * @param peakTime     that step's time of day (HH:mm)
 * @param scenarios    {@code before}, {@code after}, then {@code failure:<host>} and {@code evacuate:<host>}
 * @param assumptions  what a reader of the figures must know about the model (docs/simulation.md has the rest)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationResult(double horizonHours, int stepMinutes, String demand, int peakStep, String peakTime,
                               List<CaseResult> scenarios, List<String> assumptions) {

    /** The model's choices that change how the figures read. */
    public static final List<String> ASSUMPTIONS = List.of(
            "hosts with nothing on them are off and draw 0 W, except in before, where a host that is on today draws "
                    + "idle power even when empty",
            "energyKwh is facility energy: IT energy (power curve at the simulated utilisation) x the site's PUE; "
                    + "itEnergyKwh is without PUE",
            "CPU beyond a host's capacity is shared max-min fairly, weighted by vCPUs; link bandwidth max-min fairly "
                    + "among flows",
            "host utilisation includes the hypervisor's overhead (MachineModel.hostGhz), as the planner counts it",
            "failure and evacuation scenarios are evaluated at the peak step only and carry no energy");

    public CaseResult scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }
}
