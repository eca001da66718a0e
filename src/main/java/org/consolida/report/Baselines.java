package org.consolida.report;

import java.util.Objects;

/** The simple heuristics the plan is compared with, so a reader sees how good the plan is. */
public record Baselines(Figures firstFitDecreasing, Figures powerAwareBestFit) {
    public Baselines {
        Objects.requireNonNull(firstFitDecreasing, "firstFitDecreasing");
        Objects.requireNonNull(powerAwareBestFit, "powerAwareBestFit");
    }
}
