package org.consolida.planning.migration;

import java.util.List;

/** Moves that run at the same time; the next wave starts when all of them are done. */
public record Wave(int number, List<Move> moves) {
    public Wave {
        moves = List.copyOf(moves);
    }

    /** Moves in a wave run in parallel, so the wave lasts as long as its longest move. */
    public double durationSeconds() {
        return moves.stream().mapToDouble(m -> m.estimate().durationSeconds()).max().orElse(0);
    }
}
