package org.consolida.report;

import java.nio.file.Path;

/** Where the three reports of one run were written. */
public record ReportFiles(Path workbook, Path page, Path json) {
}
