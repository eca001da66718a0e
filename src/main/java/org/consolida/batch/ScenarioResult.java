package org.consolida.batch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one scenario of a batch ended: planned now, skipped because nothing it depends on changed, failed with the error
 * that stopped it, or missing (a merge found no result for it). {@code note} says where it ran when that is worth
 * knowing (a shard, a cluster member, a resubmission after a member left); {@code figures} come from its plan.json
 * (empty when it failed or is missing).
 */
public record ScenarioResult(String scenario, Status status, int exitCode, String error, String note, Path outDir,
                             Map<Figure, Double> figures) {
    public enum Status { PLANNED, UNCHANGED, FAILED, MISSING }

    public ScenarioResult {
        error = error == null ? "" : error;
        note = note == null ? "" : note;
        figures = figures == null || figures.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(figures));
    }

    /** A plan that holds, whether planned now or in an earlier run. */
    public boolean holds() {
        return hasPlan() && exitCode == 0;
    }

    /** A plan.json was written for it, now or in an earlier run. */
    public boolean hasPlan() {
        return status == Status.PLANNED || status == Status.UNCHANGED;
    }
}
