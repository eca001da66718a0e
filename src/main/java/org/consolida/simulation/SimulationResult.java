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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationResult(double horizonHours, int stepMinutes, String demand, int peakStep, String peakTime,
                               List<ScenarioResult> scenarios) {

    public ScenarioResult scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }
}
