package org.consolida.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the run id each report in a folder carries: plan.json's run.id, the page's meta tag, the Summary's Run row. */
final class RunIds {
    private static final Pattern META = Pattern.compile("<meta name=\"consolida-run\" content=\"([^\"]*)\">");

    private RunIds() {
    }

    /** File name → run id, for the reports present in {@code folder}. */
    static Map<String, String> of(Path folder) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        Path json = folder.resolve(ReportWriter.JSON);
        if (Files.exists(json)) {
            ids.put(ReportWriter.JSON, new ObjectMapper().readTree(json.toFile()).get("run").get("id").asText());
        }
        Path page = folder.resolve(ReportWriter.PAGE);
        if (Files.exists(page)) {
            Matcher meta = META.matcher(Files.readString(page));
            ids.put(ReportWriter.PAGE, meta.find() ? meta.group(1) : "(none)");
        }
        Path workbook = folder.resolve(ReportWriter.WORKBOOK);
        if (Files.exists(workbook)) {
            ids.put(ReportWriter.WORKBOOK, workbookRun(workbook));
        }
        return ids;
    }

    private static String workbookRun(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("Summary")) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Run") && row.getCell(1) != null) {
                    return row.getCell(1).getStringCellValue();
                }
            }
        }
        return "(none)";
    }
}
