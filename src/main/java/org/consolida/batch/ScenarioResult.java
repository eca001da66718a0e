package org.consolida.batch;

import java.nio.file.Path;
import java.util.Map;

/**
 * How one scenario of a batch ended: planned now, skipped because nothing it depends on changed, or failed with the
 * error that stopped it. {@code figures} come from its plan.json (empty when it failed).
 */
public record ScenarioResult(String scenario, Status status, int exitCode, String error, Path outDir,
                             Map<Figure, Double> figures) {
    public enum Status { PLANNED, UNCHANGED, FAILED }

    public ScenarioResult {
        figures = figures == null || figures.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(figures));
    }

    /** A plan that holds, whether planned now or in an earlier run. */
    public boolean holds() {
        return status != Status.FAILED && exitCode == 0;
    }
}
