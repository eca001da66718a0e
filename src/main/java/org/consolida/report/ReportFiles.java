package org.consolida.report;

import java.nio.file.Path;

/** Where the three reports of one run were written, and the run id each of them carries. */
public record ReportFiles(Path workbook, Path page, Path json, String runId) {
}
