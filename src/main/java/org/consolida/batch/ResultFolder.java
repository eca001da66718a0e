package org.consolida.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.consolida.io.AtomicFiles;

/**
 * What a batch keeps beside a scenario's reports in {@code OUT/<scenario>/}, so that a later run can skip what is
 * done and a merge can tell planned, failed and missing apart: {@code .batch-fingerprint} (the fingerprint of the
 * inputs, the exit code, where it ran), written last after a plan; or {@code .batch-error} (the fingerprint, then
 * the error) after a failure. A run cut short leaves neither, and the scenario counts as not done.
 */
final class ResultFolder {
    static final String FINGERPRINT_FILE = ".batch-fingerprint";
    static final String ERROR_FILE = ".batch-error";

    record Planned(String fingerprint, int exitCode, String note) {
    }

    record Failed(String fingerprint, String error) {
    }

    private ResultFolder() {
    }

    /** The scenario's completed plan, if its folder holds one. */
    static Optional<Planned> planned(Path dir) {
        Path file = dir.resolve(FINGERPRINT_FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(dir.resolve("plan.json"))) {
            return Optional.empty();
        }
        List<String> lines = lines(file);
        if (lines.size() < 2 || !lines.get(1).matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new Planned(lines.get(0), Integer.parseInt(lines.get(1)), lines.size() > 2 ? lines.get(2) : ""));
    }

    /** The error the scenario last failed with, if its folder records one. */
    static Optional<Failed> failed(Path dir) {
        Path file = dir.resolve(ERROR_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = lines(file);
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new Failed(lines.get(0), String.join("\n", lines.subList(1, lines.size()))));
    }

    /** Forgets the last outcome before the scenario is planned again. */
    static void starting(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FINGERPRINT_FILE));
        Files.deleteIfExists(dir.resolve(ERROR_FILE));
    }

    static void markPlanned(Path dir, String fingerprint, int exitCode, String note) throws IOException {
        Files.deleteIfExists(dir.resolve(ERROR_FILE));
        AtomicFiles.writeString(dir.resolve(FINGERPRINT_FILE), fingerprint + "\n" + exitCode + "\n"
                + oneLine(note) + "\n");
    }

    static void markFailed(Path dir, String fingerprint, String error) {
        AtomicFiles.writeString(dir.resolve(ERROR_FILE), fingerprint + "\n" + error + "\n");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
