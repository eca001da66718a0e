package org.consolida.planning;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Hears how a search goes, for progress displays. Called on the solver's thread: keep it quick. */
public interface SolveListener {
    SolveListener NONE = new SolveListener() {
    };

    default void started(Duration timeLimit) {
    }

    default void improved(long elapsedMillis, HardMediumSoftLongScore bestScore, long activeHosts) {
    }

    default void finished() {
    }
}
