package org.consolida.roadef;

import java.time.Duration;

/**
 * How to search: time, seed, the scorer, the acceptor and its size, the forager's accepted count limit, the mix of
 * moves and the schedule of rounds and threads. The defaults are the best configuration measured (docs/roadef.md).
 */
public record SearchSettings(Duration limit, long seed, Scoring scoring, Acceptor acceptor, int acceptorSize,
                             int acceptedCountLimit, MoveMix moves, Schedule schedule) {
    /** Which score director computes the score. */
    public enum Scoring { INCREMENTAL, CONSTRAINT_STREAMS }

    /** The local search acceptor; {@code acceptorSize} is its late-acceptance size, tabu size or starting temperature. */
    public enum Acceptor { LATE_ACCEPTANCE, DIVERSIFIED_LATE_ACCEPTANCE, ENTITY_TABU, SIMULATED_ANNEALING, HILL_CLIMBING }

    /**
     * The weight of {@link ReassignmentMoves}' costly-machine moves beside change (1) and swap (1), and the share of
     * the search time that goes to big-process moves ({@link BigProcessMove}); 0 leaves a kind out.
     */
    public record MoveMix(double costly, double big) {
    }

    /**
     * The search runs in rounds of {@code round}: each round, {@code threads} searches start from the best assignment
     * so far with their own seeds (all but the first after {@code shake} random changes that keep it feasible), and
     * the best of them is the next round's start. One thread, one round as long as the limit: a single plain search.
     * With {@code reweight} above 0, every thread but the first spends that share of its round on an objective where
     * one resource's load cost weighs ten times more (team S41's diversification, the resource cycling from round to
     * round) and the rest of it on the true objective from there; the best is kept by the true cost. With {@code pairs}
     * above 0, those threads first spend that share of their round re-solving machine pairs exactly
     * ({@link MachinePairSearch}), a group that gains nothing growing by one machine at a time up to {@code groupSize}
     * machines (2: pairs only; 3: triples too).
     */
    public record Schedule(int threads, Duration round, int shake, double reweight, double pairs, int groupSize,
                           Pairing pairing) {
    }

    /**
     * Where in a round the group search ({@code pairs} of it) goes: FIRST, every thread but the first starts its round
     * with it; LAST, those threads end their round with it; BOTH, the first thread ends with it and the others start
     * with it; FINAL, as FIRST but the last round as LAST, so that the result is a local optimum over the groups.
     */
    public enum Pairing { FIRST, LAST, BOTH, FINAL }

    public static SearchSettings defaults(Duration limit, long seed) {
        return new SearchSettings(limit, seed, Scoring.INCREMENTAL, Acceptor.LATE_ACCEPTANCE, 400, 1000,
                new MoveMix(2, 0.5), new Schedule(2, Duration.ofSeconds(10), 0, 0, 0.6, 3, Pairing.FIRST));
    }

    public SearchSettings withScoring(Scoring other) {
        return new SearchSettings(limit, seed, other, acceptor, acceptorSize, acceptedCountLimit, moves, schedule);
    }

    public SearchSettings withAcceptor(Acceptor other, int size, int countLimit) {
        return new SearchSettings(limit, seed, scoring, other, size, countLimit, moves, schedule);
    }

    public SearchSettings withCostlyMachineMoves(double weight) {
        return withMoves(new MoveMix(weight, moves.big()));
    }

    public SearchSettings withMoves(MoveMix other) {
        return new SearchSettings(limit, seed, scoring, acceptor, acceptorSize, acceptedCountLimit, other, schedule);
    }

    public SearchSettings withSchedule(Schedule other) {
        return new SearchSettings(limit, seed, scoring, acceptor, acceptorSize, acceptedCountLimit, moves, other);
    }

    public SearchSettings withLimit(Duration other) {
        return new SearchSettings(other, seed, scoring, acceptor, acceptorSize, acceptedCountLimit, moves, schedule);
    }

    /** A single search, one thread, no rounds: what the tests that watch one solver use. */
    public SearchSettings single() {
        return withSchedule(new Schedule(1, limit, 0, 0, 0, 2, Pairing.FIRST));
    }
}
