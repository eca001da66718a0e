package org.consolida.io.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites the text of some parts of a zip (a workbook's sheet XML, say) to build a hostile file from a valid one. */
public final class ZipParts {
    private ZipParts() {
    }

    /** A copy of {@code in} with each named part's text passed through its edit; an edit must change its part. */
    public static Path rewrite(Path in, Path out, Map<String, UnaryOperator<String>> edits) throws IOException {
        try (ZipFile zip = new ZipFile(in.toFile());
             OutputStream file = Files.newOutputStream(out);
             ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = zip.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    UnaryOperator<String> edit = edits.get(entry.getName());
                    if (edit != null) {
                        String before = new String(bytes, StandardCharsets.UTF_8);
                        String after = edit.apply(before);
                        if (after.equals(before)) {
                            throw new IllegalStateException("the edit of " + entry.getName() + " changed nothing");
                        }
                        bytes = after.getBytes(StandardCharsets.UTF_8);
                    }
                    copy.write(bytes);
                }
                copy.closeEntry();
            }
        }
        return out;
    }

    public static Path rewrite(Path in, Path out, String part, UnaryOperator<String> edit) throws IOException {
        return rewrite(in, out, Map.of(part, edit));
    }

    /** The parts of a zip with their bytes, in order. */
    public static Map<String, byte[]> read(Path in) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(in.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream data = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), data.readAllBytes());
                }
            }
        }
        return parts;
    }

    public static List<String> names(Path in) throws IOException {
        return new ArrayList<>(read(in).keySet());
    }
}
