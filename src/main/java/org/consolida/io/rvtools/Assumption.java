package org.consolida.io.rvtools;

import org.consolida.inventory.Problem;

/**
 * A figure RVTools does not provide and the import filled in: which thing ({@code subject}, such as {@code host esx01}
 * or {@code 7 VMs (vm-1, vm-2, …)}), where in the export it came from ({@code where}, a sheet or cell, may be empty), and
 * what was applied and why ({@code applied}).
 */
public record Assumption(String subject, String where, String applied) {
    public Assumption {
        subject = subject == null ? "" : subject;
        where = where == null ? "" : where;
        applied = applied == null ? "" : applied;
    }

    /** The same text as a located warning, for commands that print {@link Problem}s. */
    public Problem toProblem(String file) {
        return Problem.warning(file, where, "assumed: " + subject + ": " + applied);
    }

    @Override
    public String toString() {
        return subject + ": " + applied;
    }
}
