package org.consolida.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.consolida.inventory.InvalidInputException;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in the same folder, which
 * then replaces the target by a rename. A failed write leaves the previous file, if any, untouched.
 *
 * <p>The temporary file is created like any other file, so the result's mode follows the umask ({@code
 * Files.createTempFile} would make it 0600). It is locked while written; temporary files of the same target that a
 * killed run left behind (unlocked, untouched for a minute) are removed.
 */
public final class AtomicFiles {
    /** How long a temporary file must be untouched before it may be a leftover: covers its creation-to-lock gap. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    /** Writes the content of one file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw InvalidInputException.of(target.toString(), "", "is a folder; name a file to write");
        }
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder, name);
            temporary = folder.resolve("." + name + "." + HexFormat.of().toHexDigits(
                    ThreadLocalRandom.current().nextLong()) + ".tmp");
            Leftovers.IN_USE.add(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                channel.lock();
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush(); // writers that close their stream (Jackson does) must not close the channel
                    }
                });
                out.flush();
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            Leftovers.IN_USE.remove(temporary);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                Leftovers.IN_USE.remove(temporary);
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; that is the error worth reporting
                }
            }
        }
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Removes the temporary files of {@code name} that killed runs left in {@code folder}: ours by name (this
     * version's {@code .NAME.<hex>.tmp} and earlier versions' {@code .NAME<digits>.tmp}), unlocked, and untouched
     * for {@link #LEFTOVER_AGE}.
     */
    static void removeLeftovers(Path folder, String name) throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "(\\.[0-9a-f]{16}|[0-9]+)\\.tmp");
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder,
                path -> ours.matcher(path.getFileName().toString()).matches())) {
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(candidate).toInstant().isBefore(before)
                        && Leftovers.abandoned(candidate)) {
                    Files.deleteIfExists(candidate);
                }
            }
        }
    }
}
