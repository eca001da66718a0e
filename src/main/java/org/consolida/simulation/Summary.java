package org.consolida.simulation;

import java.util.ArrayList;
import java.util.List;

/** Turns what the engine accumulated into a {@link ScenarioResult}. */
final class Summary {
    private Summary() {
    }

    static ScenarioResult of(String name, String evaluatedOver, Outcome outcome, double target, boolean wholeDay,
                             ScenarioResult.Evacuation evacuation, String note) {
        Layout layout = outcome.layout;
        List<Integer> below = outcome.belowTarget(target);
        List<String> withoutHost = new ArrayList<>();
        List<ScenarioResult.WorkloadResult> workloads = wholeDay ? new ArrayList<>() : null;
        float[] scratch = new float[outcome.steps];
        for (int w = 0; w < layout.workloadCount; w++) {
            if (!outcome.counted(w)) {
                continue;
            }
            int h = outcome.hostOf[w];
            String id = layout.workloads.get(w).id();
            if (h < 0) {
                withoutHost.add(id);
            }
            if (workloads != null) {
                double[] minAndP5 = outcome.minAndP5(w, scratch);
                Limit limit = outcome.dominantLimit(w);
                workloads.add(new ScenarioResult.WorkloadResult(id, h < 0 ? null : layout.hosts.get(h).id(),
                        outcome.ratio(w), minAndP5[0], minAndP5[1], limit == null ? null : limit.name()));
            }
        }
        return new ScenarioResult(name, evaluatedOver, outcome.deliveredRatio(), below.size(),
                wholeDay ? outcome.facilityEnergyWh / 1000 : null, wholeDay ? outcome.itEnergyWh / 1000 : null,
                outcome.peakUtilization, outcome.peakDemand, outcome.meanHostUtilization(), outcome.activeHosts(),
                outcome.shortOfDemandShare(), outcome.overloadedHostShare(),
                outcome.limitedBy(below), below.stream().map(w -> layout.workloads.get(w).id()).toList(),
                withoutHost, workloads, evacuation, note);
    }
}
