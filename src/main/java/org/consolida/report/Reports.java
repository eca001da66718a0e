package org.consolida.report;

import java.util.Comparator;
import java.util.List;

/** Small orderings the three writers share, so they list things the same way. */
final class Reports {
    private Reports() {
    }

    static List<FindingRow> mostSevereFirst(List<FindingRow> findings) {
        return findings.stream()
                .sorted(Comparator.comparing(FindingRow::severity, Severities.MOST_SEVERE_FIRST))
                .toList();
    }
}
