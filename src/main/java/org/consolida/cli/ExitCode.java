package org.consolida.cli;

/** The exit codes of every command, in one place (see README). */
public final class ExitCode {
    /** The command did what was asked; a plan was written and everything holds. */
    public static final int OK = 0;
    /** A plan was written but something does not hold: hard violations, unplaced workloads, throughput missed. */
    public static final int NOT_HOLDING = 1;
    /** Invalid input: arguments, inventory or rules; every problem is listed on stderr. */
    public static final int INVALID_INPUT = 2;
    /** An internal error: a bug or an environment failure. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
