package org.consolida.io.rvtools;

import java.nio.file.Path;

/** A small RVTools export for the fuzz tests' seeds and templates: the older-style export of the reader's tests. */
public final class FuzzExports {
    private FuzzExports() {
    }

    public static Path small(Path file) {
        return OlderExports.older().xlsx(file);
    }

    public static Path smallCsvZip(Path file) {
        return OlderExports.older().csvZip(file, ';');
    }
}
