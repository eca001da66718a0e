package org.consolida.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a command writes is checked before it does any work: each case names an input that does not exist, so an
 * error about the output proves nothing was read first. Exit 2, the path and the fix on stderr, no stack trace.
 */
class OutputPathsCommandTest {
    @TempDir
    Path dir;

    @Test
    void planRefusesAnOutThatIsAFileBeforeReadingTheInventory() throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), "keep me");

        CliRun run = CliRun.of("plan", dir.resolve("missing.xlsx").toString(), "--out", file.toString(), "--quiet");

        assertRefused(run, file + ": --out: is a file, not a folder; name a folder (it is created if missing) or move"
                + " the file away");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void planRefusesAnOutNoOneCanCreate() {
        Path proc = Path.of("/proc/consolida-reports");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");

        CliRun run = CliRun.of("plan", dir.resolve("missing.xlsx").toString(), "--out", proc.toString(), "--quiet");

        assertRefused(run, proc + ": --out: cannot write into the folder: the system refuses to create " + proc);
    }

    @Test
    void batchRefusesAnOutThatIsAFileBeforeReadingTheManifest() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");

        CliRun run = CliRun.of("batch", dir.resolve("missing.json").toString(), "--out", file.toString(), "--quiet");

        assertRefused(run, file + ": --out: is a file, not a folder");
    }

    @Test
    void convertRefusesAnOutputThatIsAFolderBeforeReadingTheInput() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("converted.json"));

        CliRun run = CliRun.of("convert", dir.resolve("missing.xlsx").toString(), folder.toString());

        assertRefused(run, folder + ": OUTPUT: is a folder; name a file inside it");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void simulateAndGenerateRefuseAnOutputThatIsAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("result.json"));

        assertRefused(CliRun.of("simulate", dir.resolve("missing.xlsx").toString(), "--plan",
                dir.resolve("missing.json").toString(), "--out", folder.toString()), folder + ": --out: is a folder");
        assertRefused(CliRun.of("generate", "--hosts", "2", "--workloads", "3", folder.toString()),
                folder + ": FILE: is a folder");
    }

    private void assertRefused(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).as("stderr").hasSize(1).first().asString().startsWith(message);
        assertThat(run.err()).doesNotContain("missing.").doesNotContain("\tat ").doesNotContain("Exception");
    }
}
