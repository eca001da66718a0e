package org.consolida.roadef;

import java.time.Duration;

/**
 * How to search: time, seed, the scorer, the acceptor and its size, and the forager's accepted count limit. The
 * defaults are the best configuration measured on set A (docs/roadef.md).
 */
public record SearchSettings(Duration limit, long seed, Scoring scoring, Acceptor acceptor, int acceptorSize,
                             int acceptedCountLimit, double costlyMachineMoves) {
    /** Which score director computes the score. */
    public enum Scoring { INCREMENTAL, CONSTRAINT_STREAMS }

    // costlyMachineMoves: the weight of ReassignmentMoves' costly-machine moves beside change (1) and swap (1); 0 leaves them out.

    /** The local search acceptor; {@code acceptorSize} is its late-acceptance size, tabu size or starting temperature. */
    public enum Acceptor { LATE_ACCEPTANCE, DIVERSIFIED_LATE_ACCEPTANCE, ENTITY_TABU, SIMULATED_ANNEALING, HILL_CLIMBING }

    public static SearchSettings defaults(Duration limit, long seed) {
        return new SearchSettings(limit, seed, Scoring.INCREMENTAL, Acceptor.LATE_ACCEPTANCE, 400, 1000, 2);
    }

    public SearchSettings withScoring(Scoring other) {
        return new SearchSettings(limit, seed, other, acceptor, acceptorSize, acceptedCountLimit, costlyMachineMoves);
    }

    public SearchSettings withAcceptor(Acceptor other, int size, int countLimit) {
        return new SearchSettings(limit, seed, scoring, other, size, countLimit, costlyMachineMoves);
    }

    public SearchSettings withCostlyMachineMoves(double weight) {
        return new SearchSettings(limit, seed, scoring, acceptor, acceptorSize, acceptedCountLimit, weight);
    }

    public SearchSettings withLimit(Duration other) {
        return new SearchSettings(other, seed, scoring, acceptor, acceptorSize, acceptedCountLimit, costlyMachineMoves);
    }
}
