package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadefCommandTest {
    private static final String MODEL = "datasets/roadef2012/model_a1_1.txt";
    private static final String ORIGINAL = "datasets/roadef2012/assignment_a1_1.txt";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The command line writing to this test's buffers (picocli's streams, not the global ones). */
    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void checkPrintsEachTermAndTheTotalOfTheOriginal() {
        assertThat(run("roadef-check", MODEL, ORIGINAL, ORIGINAL)).isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .contains("load cost").contains("balance cost").contains("machine move cost")
                .containsPattern("total\\s+49,528,750");
    }

    @Test
    void checkExitsOneOnAnInfeasibleSolution(@TempDir Path folder) throws Exception {
        Path solution = folder.resolve("all-on-0.txt");
        Files.writeString(solution, "0 ".repeat(100));
        assertThat(run("roadef-check", MODEL, ORIGINAL, solution.toString())).isEqualTo(ExitCode.NOT_HOLDING);
        assertThat(err.toString()).contains("infeasible: capacity: machine 0");
    }

    @Test
    void checkExitsTwoOnAMalformedSolution(@TempDir Path folder) throws Exception {
        Path solution = folder.resolve("short.txt");
        Files.writeString(solution, "0 1 2\n");
        assertThat(run("roadef-check", MODEL, ORIGINAL, solution.toString())).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err.toString())
                .contains(solution + ": line 2, token 4: expected the machine of process 3 (of 100), found the end of the file");
    }

    @Test
    void nameOptionPrintsTheTeam() {
        assertThat(run("roadef", "-name")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().trim()).isEqualTo(RoadefCommand.TEAM);
    }

    @Test
    void missingOptionIsAnInputError() {
        assertThat(run("roadef", "-t", "5", "-p", MODEL)).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err.toString()).contains("missing option -i ORIGINAL");
    }

    @Test
    void solveWritesAFeasibleSolutionCheaperThanTheOriginal(@TempDir Path folder) {
        Path solution = folder.resolve("new_a1_1.txt");
        assertThat(run("roadef", "-t", "5", "-p", MODEL, "-i", ORIGINAL, "-o", solution.toString(), "-s", "5"))
                .isEqualTo(ExitCode.OK);
        out.getBuffer().setLength(0);
        assertThat(run("roadef-check", MODEL, ORIGINAL, solution.toString())).isEqualTo(ExitCode.OK);
        String total = out.toString().replaceAll("(?s).*total\\s+([0-9,]+).*", "$1");
        assertThat(Long.parseLong(total.replace(",", "").trim())).isLessThan(49_528_750L);
    }

    /**
     * The challenge may kill the process at its limit: a run killed mid-search (in a JVM of its own, as the challenge
     * runs it) leaves a solution file that the checker passes, the original at worst.
     */
    @Test
    void aKilledRunLeavesAFeasibleSolution(@TempDir Path folder) throws Exception {
        Path solution = folder.resolve("new_a1_1.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "roadef", "-t", "120", "-p", MODEL, "-i", ORIGINAL, "-o", solution.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("log.txt").toFile()).start();
        try {
            for (int i = 0; i < 600 && !Files.exists(solution); i++) {
                Thread.sleep(100);
            }
            Thread.sleep(3000); // searching by now
            assertThat(run.isAlive()).isTrue();
        } finally {
            run.destroyForcibly().waitFor();
        }
        assertThat(run("roadef-check", MODEL, ORIGINAL, solution.toString())).isEqualTo(ExitCode.OK);
        String total = out.toString().replaceAll("(?s).*total\\s+([0-9,]+).*", "$1");
        assertThat(Long.parseLong(total.replace(",", "").trim())).isLessThanOrEqualTo(49_528_750L);
    }
}
