package org.consolida.roadef;

/**
 * What kind of move made a step, for the per-kind improvement counters that the benchmark prints: which moves the
 * gains came from is how docs/roadef.md tells the new moves' worth.
 */
enum MoveKind {
    /** One process to a random machine. */
    CHANGE,
    /** Two random processes exchange machines. */
    SWAP,
    /** A change or swap that starts on a costly machine (load and balance cost). */
    COSTLY,
    /** A large process put on a full machine, which then sheds processes to their best other machines. */
    BIG_PROCESS,
    /** Random changes from the best before a restart (a loss, counted so that the gains add up). */
    SHAKE,
    /** A part of a round under an objective with one resource's load cost weighted up (a loss or a gain, by the true cost). */
    REWEIGHT,
    /** Machine pairs re-solved exactly before a round's second search ({@link MachinePairSearch}). */
    MACHINE_PAIR;

    /** Implemented by every move of this package. */
    interface Kinded {
        MoveKind kind();
    }
}
