package org.consolida.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Saves a workbook so that the same content always gives the same bytes: the document's created date is fixed, and the
 * zip is rewritten with one fixed time on every entry (POI stamps entries with the clock).
 */
final class DeterministicZip {
    /** 2020-01-01T00:00:00Z: any fixed instant does; the zip format stores local DOS times from 1980 on. */
    private static final long FIXED_TIME = 1_577_836_800_000L;

    private static final java.time.LocalDateTime FIXED_LOCAL_TIME = java.time.LocalDateTime.of(2020, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    static void write(SXSSFWorkbook workbook, OutputStream out) throws IOException {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(new Date(FIXED_TIME)));
        core.setModified(Optional.of(new Date(FIXED_TIME)));
        core.setCreator("Consolida");
        Path temporary = Files.createTempFile("consolida-", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(temporary)) {
                workbook.write(file);
            }
            // ZipFile reads the central directory; POI's entries use data descriptors that ZipInputStream rejects.
            try (ZipFile in = new ZipFile(temporary.toFile());
                 ZipOutputStream zip = new ZipOutputStream(nonClosing(out))) {
                zip.setLevel(6);
                byte[] buffer = new byte[1 << 16];
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(FIXED_LOCAL_TIME); // local time, so the bytes do not depend on the time zone
                    zip.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        copy(data, zip, buffer);
                    }
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
