package org.consolida.report;

/**
 * One of a constraint's largest penalties: its score, the sentence that explains it, and the justification record
 * itself (ids and figures; written to plan.json as it is, with {@code type} its record's name).
 */
public record PenaltyRow(String score, String description, String type, Object justification) {
}
