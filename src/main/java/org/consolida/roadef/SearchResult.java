package org.consolida.roadef;

import java.time.Duration;
import java.util.Map;

/**
 * What a search returned: the best feasible assignment, its checked cost, how fast the search went, and per move kind
 * ({@link MoveKind}'s names) the cost it took off the best (negative: a loss) and how many new bests it made.
 */
public record SearchResult(int[] best, Evaluation evaluation, long moveEvaluations, long moveEvaluationsPerSecond,
                           Duration spent, Map<String, Long> gainByMoveKind, Map<String, Long> newBestsByMoveKind) {
}
