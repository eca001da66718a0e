package org.consolida.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Saves a workbook so that the same content always gives the same bytes: the document's created date is fixed, and the
 * zip is rewritten with one fixed time on every entry (POI stamps entries with the clock). The rewrite copies each
 * entry's compressed bytes, so it costs a copy, not a second compression.
 */
final class DeterministicZip {
    /** 2020-01-01T00:00:00Z for the document properties: any fixed instant does. */
    private static final long FIXED_TIME = 1_577_836_800_000L;
    /** The zip entries' time; zip stores local DOS times (from 1980 on), so it is fixed as a local time. */
    static final LocalDateTime FIXED_LOCAL_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

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
            // Copy each entry's compressed bytes as they are (no second deflate), only the time changes.
            long fixedLocal = FIXED_LOCAL_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
            try (ZipFile in = ZipFile.builder().setPath(temporary).get();
                 ZipArchiveOutputStream zip = new ZipArchiveOutputStream(nonClosing(out))) {
                for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(entry.getMethod());
                    copy.setCrc(entry.getCrc());
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getCompressedSize());
                    copy.setTime(fixedLocal); // stored as local DOS time: the same bytes in every time zone
                    try (InputStream raw = in.getRawInputStream(entry)) {
                        zip.addRawArchiveEntry(copy, raw);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
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
