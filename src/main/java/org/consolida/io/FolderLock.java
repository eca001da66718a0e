package org.consolida.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on an output folder, held while a set of files is committed into it, so that runs writing into
 * one folder at the same time commit one after the other. Between processes it is an OS file lock on
 * {@code FOLDER/.consolida.lock} (released by the OS when a process dies); between threads of one JVM a
 * {@link ReentrantLock} comes first, since the JVM refuses a second lock on the same file.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = ".consolida.lock";

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;

    private FolderLock(ReentrantLock threads, FileChannel channel) {
        this.threads = threads;
        this.channel = channel;
    }

    /** Waits until the folder is free, then holds it until {@link #close()}. The folder must exist. */
    public static FolderLock acquire(Path folder) {
        Path key;
        try {
            key = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + folder + ": " + e.getMessage(), e);
        }
        ReentrantLock threads = IN_THIS_JVM.computeIfAbsent(key, path -> new ReentrantLock());
        threads.lock();
        FileChannel channel = null;
        try {
            // One channel per lock file in this JVM at a time: closing any channel on a file drops every POSIX lock
            // the process holds on it.
            channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            return new FolderLock(threads, channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            threads.unlock();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot lock " + key.resolve(FILE) + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        try {
            closeQuietly(channel);
        } finally {
            threads.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; the OS releases it anyway when the process ends
            }
        }
    }
}
