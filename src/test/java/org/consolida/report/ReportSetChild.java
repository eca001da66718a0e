package org.consolida.report;

import java.nio.file.Path;

/**
 * A separate process that writes the sample's three reports into one folder again and again until it is killed, for
 * the tests of overlapping and killed runs. Arguments: the folder, and how many runs (0: until killed).
 */
public final class ReportSetChild {
    private ReportSetChild() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        ReportModel model = ReportFixtures.sample();
        for (int i = 0; runs == 0 || i < runs; i++) {
            System.out.println(ReportWriter.writeAll(model, out).runId());
        }
    }
}
