package org.consolida.planning.migration;

import java.util.List;

/**
 * The plan's moves in waves, such that every state along the way respects capacity and redundancy spread, and the
 * moves that could not be ordered that way ({@code stuck}), each with its reason.
 */
public record MigrationPlan(List<Wave> waves, List<Move> stuck) {
    public MigrationPlan {
        waves = List.copyOf(waves);
        stuck = List.copyOf(stuck);
    }

    public int moveCount() {
        return waves.stream().mapToInt(w -> w.moves().size()).sum();
    }

    public double durationSeconds() {
        return waves.stream().mapToDouble(Wave::durationSeconds).sum();
    }
}
