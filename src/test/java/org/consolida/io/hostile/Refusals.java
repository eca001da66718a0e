package org.consolida.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;

/** What every refusal of hostile input must look like: exit 2, the located problem, and no stack trace. */
public final class Refusals {
    private Refusals() {
    }

    public static CliRun refused(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertNoStackTrace(run);
        return run;
    }

    public static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("Caused by")
                .doesNotContain("internal error").doesNotContain("OutOfMemoryError");
    }
}
