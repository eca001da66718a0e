package org.consolida.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the command line as a user would, capturing its exit code, stdout and stderr (picocli's, not the globals). */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PrintWriter outWriter = new PrintWriter(out, true); PrintWriter errWriter = new PrintWriter(err, true)) {
            int code = Main.run(outWriter, errWriter, args);
            outWriter.flush();
            errWriter.flush();
            return new CliRun(code, out.toString(), err.toString());
        }
    }

    /** Stderr's lines that report problems (the closing count left out). */
    public List<String> errLines() {
        return err.lines().filter(line -> !line.matches("\\d+ errors? found.*")).toList();
    }
}
