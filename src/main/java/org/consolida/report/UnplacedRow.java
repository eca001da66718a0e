package org.consolida.report;

/** A workload the plan could not place, where it runs today, and why no host would take it. */
public record UnplacedRow(String workload, String kind, String from, String reason) {
}
