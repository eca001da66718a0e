package org.consolida.report;

/** One review finding, as the rules wrote it. Severity is the rule's own word (CRITICAL, WARNING, INFO, ...). */
public record FindingRow(String ruleId, String severity, String category, String subject, String message,
                         String recommendation) {
}
