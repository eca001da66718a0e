package org.consolida.io.rvtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small exports in code for tests: tabs of rows, written as a workbook (numbers as numeric cells, text as
 * text, null as no cell) or as RVTools CSV files. A null row is an empty row.
 */
final class Exports {
    private final Map<String, List<List<Object>>> tabs = new LinkedHashMap<>();

    Exports tab(String name, List<Object> header, List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        for (List<?> row : rows) {
            all.add(row == null ? null : new ArrayList<>(row));
        }
        tabs.put(name, all);
        return this;
    }

    Path xlsx(Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<List<Object>>> tab : tabs.entrySet()) {
                Sheet sheet = workbook.createSheet(tab.getKey());
                List<List<Object>> rows = tab.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r) == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value instanceof Boolean b) {
                            row.createCell(c).setCellValue(b);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path csvFolder(Path folder, char delimiter) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : csv(delimiter).entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path csvZip(Path zip, char delimiter) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> file : csv(delimiter).entrySet()) {
                out.putNextEntry(new ZipEntry("export/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> csv(char delimiter) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Object>>> tab : tabs.entrySet()) {
            StringBuilder text = new StringBuilder("\uFEFF");
            for (List<Object> row : tab.getValue()) {
                if (row != null) {
                    text.append(row.stream().map(v -> v == null ? "" : "\"" + v.toString().replace("\"", "\"\"") + "\"")
                            .collect(Collectors.joining(String.valueOf(delimiter))));
                }
                text.append("\r\n");
            }
            files.put("RVTools_tab" + tab.getKey() + ".csv", text.toString());
        }
        return files;
    }
}
