package org.consolida.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.consolida.io.AtomicFiles;
import org.consolida.io.FileSet;

/**
 * Writes a run's three reports into one folder as a set: {@code plan.xlsx}, {@code report.html} and
 * {@code plan.json}, each carrying the run's id. They are written into the run's private folder inside the output
 * folder, then moved in together under the folder's lock, {@code plan.json} last (see {@link FileSet}): reports of
 * two runs never sit side by side, whether runs overlap or one is killed.
 *
 * <p>{@link #open} comes first, before any planning, so that an output folder that cannot be written is refused
 * before minutes of search; {@link #write} then renders and commits.
 */
public final class ReportWriter implements AutoCloseable {
    public static final String WORKBOOK = "plan.xlsx";
    public static final String PAGE = "report.html";
    public static final String JSON = "plan.json";
    /** The set in commit order: plan.json last, so that whenever it is present the other two of its run are. */
    private static final List<String> SET = List.of(WORKBOOK, PAGE, JSON);
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final FileSet files;
    private final String runId;

    private ReportWriter(FileSet files, String runId) {
        this.files = files;
        this.runId = runId;
    }

    /**
     * Prepares {@code outDir} for a run's reports: created if missing, checked, and the run's private folder reserved
     * in it; stale private folders of killed runs are removed.
     *
     * @throws org.consolida.inventory.InvalidInputException when the folder cannot be created or written to
     */
    public static ReportWriter open(Path outDir) {
        return open(outDir, "output folder");
    }

    /** @param option how the user named the folder, for error messages ({@code --out}) */
    public static ReportWriter open(Path outDir, String option) {
        String runId = newRunId();
        return new ReportWriter(FileSet.open(outDir, runId, option, SET), runId);
    }

    /** Opens {@code outDir}, writes the three reports and commits them. */
    public static ReportFiles writeAll(ReportModel model, Path outDir) {
        try (ReportWriter writer = open(outDir)) {
            return writer.write(model);
        }
    }

    public String runId() {
        return runId;
    }

    /** Renders the three reports into the run's private folder, then moves them into the output folder together. */
    public ReportFiles write(ReportModel model) {
        // The workbook on a thread of its own while this one writes plan.json and the page: the model is immutable,
        // and at 100,000 workloads each half takes seconds (the workbook about as long as the other two together).
        DefaultTempFileCreationStrategy scratch = new DefaultTempFileCreationStrategy(files.scratch().toFile());
        CompletableFuture<Void> workbook = CompletableFuture.runAsync(() -> {
            // POI's streamed sheets spill to temporary files: into this run's private folder, so a kill leaves none
            // in the system's temp folder, and per thread, since a batch writes several workbooks at once.
            TempFile.withStrategy(scratch, () -> {
                stage(WORKBOOK, out -> new WorkbookWriter().write(model, runId, out));
                return null;
            });
        }, task -> {
            Thread thread = new Thread(task, "consolida-workbook");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            stage(JSON, out -> new PlanJsonWriter().write(model, runId, out));
            stage(PAGE, out -> page(model, runId, out));
        } finally {
            awaitWorkbook(workbook);
        }
        files.commit();
        return new ReportFiles(files.target(WORKBOOK), files.target(PAGE), files.target(JSON), runId);
    }

    /** Waits for the workbook, rethrowing what failed there as it was thrown (an {@link UncheckedIOException}, say). */
    private static void awaitWorkbook(CompletableFuture<Void> workbook) {
        try {
            workbook.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Removes the run's private folder; the committed reports stay. */
    @Override
    public void close() {
        files.close();
    }

    private void stage(String name, AtomicFiles.Content content) {
        Path file = files.staged(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code plan.json} alone (atomically, a run of its own), for tools that need only the machine-readable plan. */
    public static void writeJson(ReportModel model, Path file) {
        String runId = newRunId();
        AtomicFiles.write(file, out -> new PlanJsonWriter().write(model, runId, out));
    }

    /** Writes {@code plan.xlsx} alone (atomically, a run of its own). */
    public static void writeWorkbook(ReportModel model, Path file) {
        String runId = newRunId();
        AtomicFiles.write(file, out -> new WorkbookWriter().write(model, runId, out));
    }

    /** Writes {@code report.html} alone (atomically, a run of its own). */
    public static void writePage(ReportModel model, Path file) {
        String runId = newRunId();
        AtomicFiles.write(file, out -> page(model, runId, out));
    }

    private static void page(ReportModel model, String runId, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new HtmlWriter().write(model, runId, writer);
        writer.flush();
    }

    /** The time of the run (UTC, to the second) and 32 random bits: sortable, and unique among overlapping runs. */
    static String newRunId() {
        return RUN_TIME.format(Instant.now()) + "-" + HexFormat.of().toHexDigits(
                ThreadLocalRandom.current().nextInt());
    }
}
