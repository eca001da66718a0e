package org.consolida.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and folders that a killed run left behind, and how to tell them from those a live run is writing:
 * a live writer holds an OS lock on its temporary file (or on the lock file in its temporary folder) until it is
 * done, and the OS drops that lock when the process dies. Writers in this JVM are also listed here, because a second
 * channel on a locked file would release the first one's lock when it closes.
 */
final class Leftovers {
    /** Temporary files and folders this JVM is writing right now. */
    static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private Leftovers() {
    }

    /** Whether no live process holds the lock on {@code lockFile} (a missing file is held by nobody). */
    static boolean abandoned(Path lockFile) {
        if (IN_USE.contains(lockFile.toAbsolutePath().normalize())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (NoSuchFileException e) {
            return true;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    /** Deletes a file or a folder with everything in it; symbolic links are removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        } catch (NoSuchFileException e) {
            return;
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(paths.get(i));
            } catch (DirectoryNotEmptyException e) {
                // something appeared meanwhile: leave it, a later run cleans it
            }
        }
    }
}
