package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {
    /** The set in commit order, as the reports use it: the last one is the commit mark. */
    private static final List<String> SET = List.of("plan.xlsx", "report.html", "plan.json");

    @TempDir
    Path folder;

    @Test
    void commitsTheSetAndLeavesOnlyTheFilesAndTheLockFile() throws IOException {
        try (FileSet set = FileSet.open(folder, "run-a", "--out", SET)) {
            stage(set, "run-a");
            set.commit();
        }

        assertThat(runs(folder)).containsOnlyKeys(SET).containsValues("run-a").doesNotContainValue("run-b");
        assertThat(names(folder)).containsExactlyInAnyOrder("plan.xlsx", "report.html", "plan.json",
                FolderLock.FILE);
    }

    @Test
    void aKillAtAnyStepOfTheCommitLeavesFilesOfOneRunOnlyAndTheNextRunCleansUp() throws IOException {
        int steps = 2 * SET.size();
        for (int killedAfter = 0; killedAfter <= steps; killedAfter++) {
            Path out = Files.createDirectories(folder.resolve("killed-after-" + killedAfter));
            try (FileSet previous = FileSet.open(out, "old", "--out", SET)) {
                stage(previous, "old");
                previous.commit();
            }

            FileSet killed = FileSet.open(out, "new", "--out", SET);
            stage(killed, "new");
            List<FileSet.Step> commit = killed.commitSteps();
            assertThat(commit).hasSize(steps);
            for (FileSet.Step step : commit.subList(0, killedAfter)) {
                step.run();
            }
            killed.abandon(); // the process dies here: its lock goes, its files stay

            Map<String, String> left = runs(out);
            assertThat(left.values().stream().distinct()).as("runs side by side after %d steps: %s", killedAfter, left)
                    .hasSizeLessThanOrEqualTo(1);
            if (left.containsKey("plan.json")) {
                assertThat(left).as("the commit mark is present, so is its whole set").containsOnlyKeys(SET);
            }
            assertThat(out.resolve(".consolida-new.tmp")).as("the killed run's folder").exists();

            try (FileSet next = FileSet.open(out, "next", "--out", SET)) {
                assertThat(out.resolve(".consolida-new.tmp")).as("removed by the next run").doesNotExist();
                stage(next, "next");
                next.commit();
            }
            assertThat(runs(out)).containsOnlyKeys(SET).containsValues("next").doesNotContainValue("new")
                    .doesNotContainValue("old");
            assertThat(names(out)).allMatch(name -> !name.endsWith(".tmp"));
        }
    }

    @Test
    void removesLeftoversOfKilledRunsButNotTheFolderOfALiveRun() throws IOException {
        Path stale = Files.createDirectories(folder.resolve(".consolida-20200101T000000Z-dead.tmp"));
        Files.writeString(stale.resolve("plan.json"), "half a plan");
        Files.createDirectories(stale.resolve("scratch"));
        Files.writeString(stale.resolve("scratch").resolve("poi-sxssf-sheet1.xml"), "<row/>");
        Files.writeString(stale.resolve(FileSet.STAGING_LOCK), "");
        Path legacy = Files.writeString(folder.resolve(".plan.json8034871204871.tmp"), "{\"sch");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minusSeconds(3600)));
        Path notOurs = Files.createDirectories(folder.resolve(".consolida-cache"));
        Path userFile = Files.writeString(folder.resolve("notes.tmp"), "mine");

        try (FileSet live = FileSet.open(folder, "live", "--out", SET);
             FileSet other = FileSet.open(folder, "other", "--out", SET)) {
            assertThat(stale).as("a killed run's folder").doesNotExist();
            assertThat(legacy).as("an earlier version's temporary plan.json").doesNotExist();
            assertThat(folder.resolve(".consolida-live.tmp")).as("a live run's folder").isDirectory();
            assertThat(notOurs).exists();
            assertThat(userFile).exists();
            stage(other, "other");
            other.commit();
            assertThat(folder.resolve(".consolida-live.tmp")).isDirectory();
        }
        assertThat(names(folder)).doesNotContain(".consolida-live.tmp", ".consolida-other.tmp");
    }

    @Test
    void concurrentRunsIntoOneFolderNeverLeaveFilesOfTwoRunsSideBySide() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                int id = writer;
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < 15; round++) {
                        String run = "w" + id + "-" + round;
                        try (FileSet set = FileSet.open(folder, run, "--out", SET)) {
                            stage(set, run);
                            set.commit();
                        }
                    }
                    return null;
                }));
            }
            Future<?> checker = pool.submit(() -> {
                while (!stop.get()) {
                    try (FolderLock ignored = FolderLock.acquire(folder)) {
                        Map<String, String> now = runs(folder);
                        assertThat(now.values().stream().distinct()).as("%s", now).hasSizeLessThanOrEqualTo(1);
                        if (!now.isEmpty()) {
                            assertThat(now).containsOnlyKeys(SET);
                            seen.add(now.get("plan.json"));
                        }
                    }
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            stop.set(true);
            checker.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs(folder)).containsOnlyKeys(SET);
        assertThat(runs(folder).values().stream().distinct()).hasSize(1);
        assertThat(seen).as("the checker saw committed sets").isNotEmpty();
        assertThat(names(folder)).allMatch(name -> !name.endsWith(".tmp"));
    }

    @Test
    void committedFilesAndTheFolderFollowTheUmask() throws IOException {
        Path out = folder.resolve("new-folder");
        try (FileSet set = FileSet.open(out, "run", "--out", SET)) {
            stage(set, "run");
            set.commit();
        }
        // A file created plainly gets 0666 less the umask, a folder 0777 less the umask: the same as ours.
        Path plainFile = Files.createFile(folder.resolve("plain"));
        Path plainFolder = Files.createDirectory(folder.resolve("plain-folder"));
        for (String name : SET) {
            assertThat(Files.getPosixFilePermissions(out.resolve(name))).as(name)
                    .isEqualTo(Files.getPosixFilePermissions(plainFile));
        }
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plainFolder));
    }

    @Test
    void refusesToCommitASetWithAFileMissing() throws IOException {
        try (FileSet set = FileSet.open(folder, "run", "--out", SET)) {
            Files.writeString(set.staged("plan.json"), "run");
            org.assertj.core.api.Assertions.assertThatThrownBy(set::commit)
                    .hasMessageContaining("plan.xlsx was not written");
        }
        assertThat(names(folder)).containsExactly(FolderLock.FILE);
    }

    private static void stage(FileSet set, String run) throws IOException {
        for (String name : SET) {
            Files.writeString(set.staged(name), run);
        }
        Files.writeString(set.scratch().resolve("poi-sxssf-sheet1.xml"), run);
    }

    /** Which run each file of the set in {@code folder} belongs to. */
    private static Map<String, String> runs(Path folder) throws IOException {
        Map<String, String> runs = new TreeMap<>();
        for (String name : SET) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                runs.put(name, Files.readString(file));
            }
        }
        return runs;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(path -> path.getFileName().toString()).toList();
        }
    }
}
