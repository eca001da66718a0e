package org.consolida.report;

/** One move of a wave, with the estimated live-migration duration and the guest's downtime. */
public record MigrationRow(String workload, String from, String to, double memoryGib, MigrationMode mode,
                        double durationSeconds, double downtimeMillis) {
}
