package org.consolida.roadef;

import java.time.Duration;

/** What a search returned: the best feasible assignment, its checked cost, and how fast the search went. */
public record SearchResult(int[] best, Evaluation evaluation, long moveEvaluations, long moveEvaluationsPerSecond,
                           Duration spent) {
}
