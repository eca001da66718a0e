package org.consolida.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Files that belong together, written into one folder as a set: a reader of the folder never finds files of two runs
 * side by side, whether runs overlap or one is killed at any moment.
 *
 * <ol>
 * <li>{@link #open} reserves a private folder {@code FOLDER/.consolida-<run>.tmp/}, locked while the run lives, and
 *     removes such folders that killed runs left (unlocked ones, found under the folder's lock).</li>
 * <li>The run writes each file of the set into it ({@link #staged}); scratch files go to {@link #scratch()}.</li>
 * <li>{@link #commit} takes the folder's {@link FolderLock}, deletes the previous run's files of the set, then moves
 *     the new ones in. Every delete comes before every move, so whenever a kill stops the commit, the folder holds
 *     files of one run only: what is left of the old set, or what has arrived of the new one. The last name of the
 *     set is its <em>commit mark</em>: deleted first and moved in last, so when it is present the whole set of its
 *     run is.</li>
 * </ol>
 *
 * Folders and files are created like any others, so their modes follow the umask.
 */
public final class FileSet implements AutoCloseable {
    static final String PREFIX = ".consolida-";
    static final String SUFFIX = ".tmp";
    static final String STAGING_LOCK = ".lock";
    private static final Pattern RUN = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]*");
    private static final Pattern STAGING = Pattern.compile(Pattern.quote(PREFIX) + RUN.pattern()
            + Pattern.quote(SUFFIX));

    private final Path folder;
    private final Path staging;
    private final List<String> names;
    private FileChannel stagingLock;
    private boolean committed;

    private FileSet(Path folder, Path staging, List<String> names, FileChannel stagingLock) {
        this.folder = folder;
        this.staging = staging;
        this.names = names;
        this.stagingLock = stagingLock;
    }

    /**
     * Prepares {@code folder} (created if missing; exit-2 errors if it cannot be written) and reserves the run's
     * private folder in it.
     *
     * @param run    names the run: letters, digits, dots, dashes
     * @param option how the user named the folder, for error messages ({@code --out})
     * @param names  the files of the set; the last one is the commit mark
     */
    public static FileSet open(Path folder, String run, String option, List<String> names) {
        if (!RUN.matcher(run).matches()) {
            throw new IllegalArgumentException("a run name is letters, digits, dots and dashes: " + run);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a file set needs at least one file");
        }
        Path absolute = OutputPaths.prepareFolder(folder, option).toAbsolutePath().normalize();
        Path staging = absolute.resolve(PREFIX + run + SUFFIX);
        try (FolderLock ignored = FolderLock.acquire(absolute)) {
            removeLeftovers(absolute, names);
            Files.createDirectory(staging);
            Path lockFile = staging.resolve(STAGING_LOCK);
            Leftovers.IN_USE.add(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            channel.lock();
            return new FileSet(absolute, staging, List.copyOf(names), channel);
        } catch (IOException e) {
            Leftovers.IN_USE.remove(staging.resolve(STAGING_LOCK));
            throw OutputPaths.cannotWrite(folder, option, e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Where the run writes {@code name} before the commit. */
    public Path staged(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(name + " is not in the set " + names);
        }
        return staging.resolve(name);
    }

    /** A folder for the run's scratch files (a library's temporary files), deleted with the run's private folder. */
    public Path scratch() {
        try {
            return Files.createDirectories(staging.resolve("scratch"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging.resolve("scratch") + ": " + e.getMessage(), e);
        }
    }

    /** Where {@code name} is once committed. */
    public Path target(String name) {
        return folder.resolve(name);
    }

    /** Replaces the previous set in the folder by this one, under the folder's lock. Every file must be staged. */
    public void commit() {
        for (String name : names) {
            if (!Files.isRegularFile(staging.resolve(name))) {
                throw new IllegalStateException("cannot commit: " + staging.resolve(name) + " was not written");
            }
        }
        try (FolderLock ignored = FolderLock.acquire(folder)) {
            for (Step step : commitSteps()) {
                step.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new files into " + folder + ": " + e.getMessage(), e);
        }
        committed = true;
    }

    /** One file operation of the commit. */
    interface Step {
        void run() throws IOException;
    }

    /**
     * The commit, step by step: delete the previous files, the commit mark first; then move the new ones in, the
     * commit mark last. A test runs a prefix of them to see what a kill at each moment leaves.
     */
    List<Step> commitSteps() {
        List<Step> steps = new ArrayList<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            Path previous = folder.resolve(names.get(i));
            steps.add(() -> Files.deleteIfExists(previous));
        }
        for (String name : names) {
            Path from = staging.resolve(name);
            Path to = folder.resolve(name);
            steps.add(() -> move(from, to));
        }
        return steps;
    }

    /** Removes the run's private folder (whatever was not committed with it) and releases its lock. */
    @Override
    public void close() {
        if (stagingLock == null) {
            return;
        }
        try (FolderLock ignored = FolderLock.acquire(folder)) {
            Leftovers.deleteTree(staging);
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder is removed by the next run into this folder
        } finally {
            release();
        }
    }

    /** Whether {@link #commit} completed. */
    public boolean committed() {
        return committed;
    }

    /** What the OS does when the process dies: the lock goes, the files stay. For tests of killed runs. */
    void abandon() {
        release();
    }

    private void release() {
        Leftovers.IN_USE.remove(staging.resolve(STAGING_LOCK));
        try {
            stagingLock.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends
        }
        stagingLock = null;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Under the folder's lock: private folders of runs that died (their lock is free) and, from earlier versions,
     * the set's own temporary files ({@code .plan.json123.tmp}) that no one holds.
     */
    private static void removeLeftovers(Path folder, List<String> names) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                path -> STAGING.matcher(path.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && Leftovers.abandoned(entry.resolve(STAGING_LOCK))) {
                    Leftovers.deleteTree(entry);
                }
            }
        }
        for (String name : names) {
            AtomicFiles.removeLeftovers(folder, name);
        }
    }

    @Override
    public String toString() {
        return "FileSet" + Objects.toString(names) + " in " + folder;
    }
}
