package org.consolida.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.consolida.inventory.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {
    @TempDir
    Path folder;

    @Test
    void createsAMissingFolderWithItsParents() {
        Path out = folder.resolve("reports").resolve("demo");

        assertThat(OutputPaths.prepareFolder(out, "--out")).isDirectory();
    }

    @Test
    void refusesAFolderThatIsAFileNamingItAndTheFix() throws IOException {
        Path file = Files.writeString(folder.resolve("plan.json"), "{}");

        assertThatThrownBy(() -> OutputPaths.prepareFolder(file, "--out")).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": --out: is a file, not a folder; name a folder (it is created if missing) or"
                        + " move the file away");
        assertThat(file).hasContent("{}");
    }

    @Test
    void refusesAFolderInsideAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "x");

        assertThatThrownBy(() -> OutputPaths.prepareFolder(file.resolve("out"), "--out"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(file + " is a file");
    }

    @Test
    void refusesAFolderNoOneCanCreate() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        Path out = Path.of("/proc/consolida-reports");

        assertThatThrownBy(() -> OutputPaths.prepareFolder(out, "--out")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(out + ": --out: cannot write into the folder")
                .hasMessageEndingWith("name a folder you can write to");
    }

    @Test
    void refusesAFolderWithoutWritePermission() throws IOException {
        Path readOnly = Files.createDirectories(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(readOnly), "root may write anywhere");

        assertThatThrownBy(() -> OutputPaths.prepareFolder(readOnly, "--out"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not writable");
        assertThatThrownBy(() -> OutputPaths.prepareFolder(readOnly.resolve("sub"), "--out"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("permission denied");
    }

    @Test
    void refusesToWriteAFileOntoAFolder() throws IOException {
        Path out = Files.createDirectories(folder.resolve("converted"));

        assertThatThrownBy(() -> OutputPaths.checkFile(out, "OUTPUT")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(out + ": OUTPUT: is a folder; name a file inside it");
    }

    @Test
    void acceptsAFileInAFolderStillToBeCreated() {
        OutputPaths.checkFile(folder.resolve("a").resolve("b").resolve("inventory.json"), "OUTPUT");

        assertThat(folder.resolve("a")).as("nothing is created by the check").doesNotExist();
    }
}
