package org.consolida.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.consolida.inventory.InvalidInputException;

/**
 * Checks where a command will write before it does any work, so that a wrong {@code --out} costs a second, not a
 * plan: a folder that is a file, a file that is a folder, a place nobody may write. Each refusal is invalid input
 * (exit 2) naming the path, what is wrong, and what would fix it.
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * Creates {@code folder} (and its parents) if missing and checks it can be written to.
     *
     * @param option how the user named it, for the message ({@code --out})
     */
    public static Path prepareFolder(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw refused(folder, option, "is a file, not a folder; name a folder (it is created if missing)"
                    + " or move the file away");
        }
        Path existing = nearestExisting(folder);
        if (existing != null && !existing.equals(folder.toAbsolutePath()) && !Files.isDirectory(existing)) {
            throw refused(folder, option, existing + " is a file, so no folder can be created inside it; name"
                    + " another folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotWrite(folder, option, e);
        }
        if (!Files.isWritable(folder)) {
            throw refused(folder, option, "the folder is not writable; name a folder you can write to, or change"
                    + " its permissions");
        }
        return folder;
    }

    /**
     * Checks that {@code file} can be written as a file: it is not a folder, and the folder it goes in is (or can be
     * created as) a folder that can be written to. Creates nothing.
     *
     * @param option how the user named it, for the message ({@code OUTPUT}, {@code --out})
     */
    public static void checkFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw refused(file, option, "is a folder; name a file inside it, e.g. " + file.resolve(
                    "inventory" + extension(file)));
        }
        Path parent = file.toAbsolutePath().getParent();
        Path existing = nearestExisting(parent);
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw refused(file, option, existing + " is a file, so " + file.getFileName()
                    + " cannot be written inside it; name a file in a folder");
        }
        if (!Files.isWritable(existing)) {
            throw refused(file, option, "the folder " + existing + " is not writable; name a file in a folder you"
                    + " can write to");
        }
    }

    /** The error for a folder that could not be created or written to, with the reason the system gave. */
    static InvalidInputException cannotWrite(Path folder, String option, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied on " + ((AccessDeniedException) e).getFile();
        } else if (e instanceof NoSuchFileException) {
            reason = "the system refuses to create " + ((NoSuchFileException) e).getFile() + " (no such file or folder)";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = ((FileAlreadyExistsException) e).getFile() + " exists and is not a folder";
        } else if (e instanceof FileSystemException system && system.getReason() != null) {
            reason = system.getReason() + " (" + system.getFile() + ")";
        } else {
            reason = e.toString();
        }
        return refused(folder, option, "cannot write into the folder: " + reason + "; name a folder you can write"
                + " to");
    }

    private static Path nearestExisting(Path path) {
        Path candidate = path.toAbsolutePath().normalize();
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : ".json";
    }

    private static InvalidInputException refused(Path path, String option, String message) {
        return InvalidInputException.of(path.toString(), option, message);
    }
}
