package org.consolida.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what the engine accumulated into a {@link CaseResult}. */
final class Summary {
    private Summary() {
    }

    static CaseResult of(String name, String evaluatedOver, Outcome outcome, double target, boolean wholeDay,
                             CaseResult.Evacuation evacuation, String note) {
        Layout layout = outcome.layout;
        List<Integer> below = outcome.belowTarget(target);
        List<String> withoutHost = new ArrayList<>();
        List<CaseResult.WorkloadResult> workloads = wholeDay ? new ArrayList<>() : null;
        double[] minAndP5 = wholeDay ? outcome.minAndP5() : null;
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
                Limit limit = outcome.dominantLimit(w);
                workloads.add(new CaseResult.WorkloadResult(id, h < 0 ? null : layout.hosts.get(h).id(),
                        outcome.ratio(w), minAndP5[2 * w], minAndP5[2 * w + 1], limit == null ? null : limit.name()));
            }
        }
        return CaseResult.builder().name(name).evaluatedOver(evaluatedOver)
                .deliveredRatio(outcome.deliveredRatio()).workloadsBelowTarget(below.size())
                .energyKwh(wholeDay ? outcome.facilityEnergyWh / 1000 : null)
                .itEnergyKwh(wholeDay ? outcome.itEnergyWh / 1000 : null).peakHostUtilization(outcome.peakUtilization)
                .peakHostDemand(outcome.peakDemand).meanHostUtilization(outcome.meanHostUtilization())
                .activeHosts(outcome.activeHosts()).shortOfDemandShare(outcome.shortOfDemandShare())
                .overloadedHostShare(outcome.overloadedHostShare()).limitedBy(outcome.limitedBy(below))
                .belowTarget(below.stream().map(w -> layout.workloads.get(w).id()).toList()).withoutHost(withoutHost)
                .workloads(workloads).evacuation(evacuation).note(note).build();
    }

    private static List<String> ids(Layout layout, List<Integer> workloads) {
        String[] ids = new String[workloads.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = layout.workloadIds[workloads.get(i)];
        }
        return List.of(ids);
    }

    /** A case evaluated at one step by {@link PeakStep}: the same fields as from an {@link Outcome} of that step. */
    static CaseResult of(String name, String evaluatedOver, Layout layout, PeakStep.Figures figures,
                         CaseResult.Evacuation evacuation, String note) {
        Map<String, Integer> limitedBy = new LinkedHashMap<>();
        figures.limitedBy().forEach((limit, count) -> limitedBy.put(limit.name(), count));
        return CaseResult.builder().name(name).evaluatedOver(evaluatedOver)
                .deliveredRatio(figures.deliveredRatio()).workloadsBelowTarget(figures.belowTarget().size())
                .peakHostUtilization(figures.hosts().peakUtilization()).peakHostDemand(figures.hosts().peakDemand())
                .meanHostUtilization(figures.hosts().meanUtilization()).activeHosts(figures.hosts().active())
                .shortOfDemandShare(figures.shortOfDemandShare())
                .overloadedHostShare(figures.hosts().overloadedShare())
                .limitedBy(limitedBy)
                .belowTarget(ids(layout, figures.belowTarget())).withoutHost(ids(layout, figures.withoutHost()))
                .evacuation(evacuation).note(note).build();
    }
}
