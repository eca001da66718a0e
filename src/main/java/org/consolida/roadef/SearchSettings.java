package org.consolida.roadef;

import java.time.Duration;

/**
 * How to search: time, seed, the scorer, the acceptor and its size, and the forager's accepted count limit. The
 * defaults are the best configuration measured on set A (docs/roadef.md).
 */
public record SearchSettings(Duration limit, long seed, Scoring scoring, Acceptor acceptor, int acceptorSize,
                             int acceptedCountLimit) {
    /** Which score director computes the score. */
    public enum Scoring { INCREMENTAL, CONSTRAINT_STREAMS }

    /** The local search acceptor; {@code acceptorSize} is its late-acceptance size, tabu size or starting temperature. */
    public enum Acceptor { LATE_ACCEPTANCE, DIVERSIFIED_LATE_ACCEPTANCE, ENTITY_TABU, SIMULATED_ANNEALING, HILL_CLIMBING }

    public static SearchSettings defaults(Duration limit, long seed) {
        return new SearchSettings(limit, seed, Scoring.INCREMENTAL, Acceptor.LATE_ACCEPTANCE, 400, 1);
    }

    public SearchSettings withScoring(Scoring other) {
        return new SearchSettings(limit, seed, other, acceptor, acceptorSize, acceptedCountLimit);
    }

    public SearchSettings withAcceptor(Acceptor other, int size, int countLimit) {
        return new SearchSettings(limit, seed, scoring, other, size, countLimit);
    }

    public SearchSettings withLimit(Duration other) {
        return new SearchSettings(other, seed, scoring, acceptor, acceptorSize, acceptedCountLimit);
    }
}
