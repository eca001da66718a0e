package org.consolida.inventory;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measured use of an inventory's workloads, from a utilisation history: what the planned demand and day profiles
 * were computed from, for the stages after planning (the simulated day, right-sizing). Empty when no history was
 * given.
 *
 * @param source where the history came from (a file or folder)
 * @param sizing how demand was sized from it, in words (such as {@code CPU p95 × 1.0, memory max})
 */
public record MeasuredDemand(String source, String sizing, Map<String, MeasuredUse> byWorkload) {
    public MeasuredDemand {
        source = source == null ? "" : source;
        sizing = sizing == null ? "" : sizing;
        byWorkload = Collections.unmodifiableMap(new LinkedHashMap<>(byWorkload));
    }

    public static MeasuredDemand none() {
        return new MeasuredDemand("", "", Map.of());
    }

    public static MeasuredDemand of(String source, String sizing, List<MeasuredUse> uses) {
        Map<String, MeasuredUse> byWorkload = new LinkedHashMap<>();
        uses.forEach(u -> byWorkload.put(u.workload(), u));
        return new MeasuredDemand(source, sizing, byWorkload);
    }

    public boolean isEmpty() {
        return byWorkload.isEmpty();
    }

    public Optional<MeasuredUse> of(String workloadId) {
        return Optional.ofNullable(byWorkload.get(workloadId));
    }

    public Collection<MeasuredUse> uses() {
        return byWorkload.values();
    }
}
