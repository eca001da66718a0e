package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.consolida.inventory.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void theWrittenFileFollowsTheUmaskLikeAnyNewFile() throws IOException {
        Path target = folder.resolve("comparison.html");

        AtomicFiles.writeString(target, "<p>hello</p>");

        Path plain = Files.createFile(folder.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(target).hasContent("<p>hello</p>");
    }

    @Test
    void aWriterThatClosesItsStreamStillCompletesTheFile() {
        Path target = folder.resolve("out.json");

        AtomicFiles.write(target, out -> {
            out.write("{}".getBytes());
            out.close(); // Jackson closes the stream it was given
        });

        assertThat(target).hasContent("{}");
    }

    @Test
    void removesTemporaryFilesOfKilledRunsButNotFreshOnes() throws IOException {
        Path old = leftover(".plan.json.0123456789abcdef.tmp", 3600);
        Path olderVersion = leftover(".plan.json4417895539214853632.tmp", 3600);
        Path fresh = leftover(".plan.json.fedcba9876543210.tmp", 0);
        Path otherTarget = leftover(".plan.xlsx.0123456789abcdef.tmp", 3600);
        Path users = leftover("plan.json.tmp", 3600);

        AtomicFiles.writeString(folder.resolve("plan.json"), "{}");

        assertThat(old).doesNotExist();
        assertThat(olderVersion).doesNotExist();
        assertThat(fresh).as("may be a live writer between creating and locking it").exists();
        assertThat(otherTarget).as("another file's temporary is left to its own writer").exists();
        assertThat(users).exists();
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporary() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.json"), "previous");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");

        assertThat(target).hasContent("previous");
        try (Stream<Path> listed = Files.list(folder)) {
            assertThat(listed).containsExactly(target);
        }
    }

    @Test
    void refusesToReplaceAFolder() throws IOException {
        Path target = Files.createDirectories(folder.resolve("out.json"));

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("is a folder");
        assertThat(target).isDirectory();
    }

    private Path leftover(String name, long ageSeconds) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "half");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(ageSeconds)));
        return file;
    }
}
