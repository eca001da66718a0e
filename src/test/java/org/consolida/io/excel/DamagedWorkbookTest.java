package org.consolida.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.consolida.cli.CliRun;
import org.consolida.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks damaged inside the zip: POI's zip-bomb protection stays on, and broken sheet XML is one clear message,
 * not an internal error.
 */
class DamagedWorkbookTest {
    @TempDir
    Path dir;

    /** A valid workbook whose first sheet's XML has had {@code target} replaced. */
    private Path damaged(String name, String target, String replacement) throws IOException {
        Path valid = MinimalWorkbook.valid().write(dir.resolve("valid.xlsx"));
        Path damaged = dir.resolve(name);
        try (ZipFile in = new ZipFile(valid.toFile());
             OutputStream file = Files.newOutputStream(damaged);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(bytes, StandardCharsets.UTF_8);
                        assertThat(xml).contains(target);
                        bytes = xml.replace(target, replacement).getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return damaged;
    }

    @Test
    void brokenSheetXmlIsInvalidInputNotAnInternalError() throws IOException {
        Path file = damaged("broken-xml.xlsx", "<row r=\"2\"", "<row r=\"two\"");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(file + ": cannot read this workbook: the sheet's XML has a broken "
                + "row number \"two\"; open it in Excel and save it again as .xlsx");
    }

    @Test
    void aSheetThatInflatesFarBeyondItsSizeIsRefused() throws IOException {
        Path bomb = damaged("bomb.xlsx", "<sheetData>", "<sheetData>" + " ".repeat(20 * 1024 * 1024));

        CliRun run = CliRun.of("validate", bomb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(bomb + ": refused by zip-bomb protection: a part of this "
                + "workbook expands far beyond its compressed size");
    }
}
