package org.consolida.report;

import java.util.List;

/** Moves that may run together: every state between two waves respects capacity and spread. */
public record MigrationWave(int wave, List<MigrationRow> moves) {
    public MigrationWave {
        moves = List.copyOf(moves);
    }

    /** The wave's duration if its moves run in parallel: its longest move. */
    public double durationSeconds() {
        return moves.stream().mapToDouble(MigrationRow::durationSeconds).max().orElse(0);
    }
}
