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

    /** A stage of the run begins: "reading", "rules", "baselines", "construction: …", "search", "waves", "reports". */
    default void stage(String name) {
    }

    /** A part of a decomposed search enters a stage ("construction", "search", "done, …"); called on its thread. */
    default void partStage(int part, int parts, String stage) {
    }

    /** A part of a decomposed search found a better plan; called on a solver's thread. */
    default void partImproved(int part, int parts, HardMediumSoftLongScore bestScore) {
    }
}
