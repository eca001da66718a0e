package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.consolida.io.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate processes writing reports into one folder, killed with SIGKILL at random moments: whatever the moment, the
 * folder never holds reports of two runs side by side, and the next run cleans what the killed ones left. The
 * children run under umask 027, so their reports must be rw-r----- (they were 0600 whatever the umask). (A kill at
 * each single step of the commit is {@code FileSetTest}'s; here the kills are real.)
 */
class KilledAndOverlappingRunsTest {
    private static final long SEED = 20261130L;

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingIntoOneFolderAndKilledAtRandomNeverLeaveReportsOfTwoRuns() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to set the children's umask");
        Path out = dir.resolve("out");
        Path systemTemp = Files.createDirectories(dir.resolve("system-tmp"));
        Random random = new Random(SEED);
        List<Process> children = new ArrayList<>(List.of(child(out, systemTemp, 0, "a"), child(out, systemTemp, 0, "b")));
        int checks = 0;
        try {
            waitFor(out.resolve(ReportWriter.JSON), children);
            for (int round = 0; round < 3; round++) {
                Thread.sleep(200 + random.nextInt(900));
                for (Process child : children) {
                    // a child that died by itself failed a write: a run removed another's live folder, say
                    assertThat(child.isAlive()).as("child alive before round %d", round).isTrue();
                }
                checks += check(out);
                int victim = random.nextInt(children.size());
                children.get(victim).destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no cleanup runs
                checks += check(out);
                if (round < 2) { // the last victim stays dead: one JVM start less, the other child writes on
                    children.set(victim, child(out, systemTemp, 0, "r" + round));
                } else {
                    Thread.sleep(200 + random.nextInt(400));
                }
            }
        } finally {
            for (Process child : children) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        checks += check(out);
        assertThat(checks).isGreaterThanOrEqualTo(7);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).as("folder made under umask 027")
                .isEqualTo("rwxr-x---");

        ReportFiles last = ReportWriter.writeAll(ReportFixtures.sample(), out);

        assertThat(RunIds.of(out)).hasSize(3).allSatisfy((file, id) -> assertThat(id).isEqualTo(last.runId()));
        assertThat(names(out)).as("the killed runs' private folders are gone")
                .containsExactlyInAnyOrder("plan.xlsx", "report.html", "plan.json", FolderLock.FILE);
        try (Stream<Path> walk = Files.walk(systemTemp)) {
            assertThat(walk.filter(Files::isRegularFile)).as("POI's temporary files in the system temp folder")
                    .isEmpty();
        }
    }

    /**
     * Under the folder's lock: the reports present belong to one run, with plan.json all three are there, and their
     * modes are those the children's umask (027) gives.
     */
    private static int check(Path out) throws IOException {
        try (FolderLock ignored = FolderLock.acquire(out)) {
            Map<String, String> ids = RunIds.of(out);
            for (String name : ids.keySet()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name)))).as(name)
                        .isEqualTo("rw-r-----");
            }
            assertThat(ids.values().stream().distinct()).as("reports of different runs side by side: %s", ids)
                    .hasSizeLessThanOrEqualTo(1);
            if (ids.containsKey(ReportWriter.JSON)) {
                assertThat(ids).as("plan.json is the commit mark").hasSize(3);
            }
        }
        return 1;
    }

    /** A child JVM writing reports into {@code out} until killed, under umask 027. */
    private Process child(Path out, Path systemTemp, int runs, String name) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + systemTemp, "-cp", classPath,
                ReportSetChild.class.getName(), out.toString(), Integer.toString(runs));
        // exec: the shell becomes the JVM, so a kill reaches it.
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 027 && exec \"$@\"", "sh"));
        command.addAll(java);
        return new ProcessBuilder(command).redirectOutput(dir.resolve("child-" + name + ".out").toFile())
                .redirectError(dir.resolve("child-" + name + ".err").toFile()).start();
    }

    private static void waitFor(Path file, List<Process> children) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(file)) {
            for (Process child : children) {
                assertThat(child.isAlive()).as("a child died before writing: exit %s",
                        child.isAlive() ? "" : child.exitValue()).isTrue();
            }
            assertThat(System.nanoTime()).as("the first reports within 90 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(path -> path.getFileName().toString()).toList();
        }
    }
}
