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

/** POI's zip-bomb protection stays on: a sheet that inflates thousands of times over is refused with one message. */
class ZipBombTest {
    @TempDir
    Path dir;

    @Test
    void aSheetThatInflatesFarBeyondItsSizeIsRefused() throws IOException {
        Path valid = MinimalWorkbook.valid().write(dir.resolve("valid.xlsx"));
        Path bomb = dir.resolve("bomb.xlsx");
        String padding = " ".repeat(20 * 1024 * 1024);
        try (ZipFile in = new ZipFile(valid.toFile());
             OutputStream file = Files.newOutputStream(bomb);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8)
                                .replace("<sheetData>", "<sheetData>" + padding).getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }

        CliRun run = CliRun.of("validate", bomb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(bomb + ": refused by zip-bomb protection: a part of this "
                + "workbook expands far beyond its compressed size");
    }
}
