package org.consolida.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.io.AtomicFiles;

/** Writes a run's three reports into one folder: {@code plan.xlsx}, {@code report.html} and {@code plan.json}. */
public final class ReportWriter {
    public static final String WORKBOOK = "plan.xlsx";
    public static final String PAGE = "report.html";
    public static final String JSON = "plan.json";

    private ReportWriter() {
    }

    /**
     * Writes the three files, each to a temporary name in {@code outDir} and then renamed, so a failed run never leaves
     * a half-written report. Creates {@code outDir} if needed.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written, naming it
     */
    public static ReportFiles writeAll(ReportModel model, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ReportFiles files = new ReportFiles(outDir.resolve(WORKBOOK), outDir.resolve(PAGE), outDir.resolve(JSON));
        writeJson(model, files.json());
        writeWorkbook(model, files.workbook());
        writePage(model, files.page());
        return files;
    }

    /** Writes {@code plan.json} alone (atomically), for tools that need only the machine-readable plan. */
    public static void writeJson(ReportModel model, Path file) {
        AtomicFiles.write(file, out -> new PlanJsonWriter().write(model, out));
    }

    /** Writes {@code plan.xlsx} alone (atomically). */
    public static void writeWorkbook(ReportModel model, Path file) {
        AtomicFiles.write(file, out -> new WorkbookWriter().write(model, out));
    }

    /** Writes {@code report.html} alone (atomically). */
    public static void writePage(ReportModel model, Path file) {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new HtmlWriter().write(model, writer);
            writer.flush();
        });
    }
}
