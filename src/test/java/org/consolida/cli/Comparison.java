package org.consolida.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consolida.batch.ComparisonWriter;
import org.consolida.batch.Figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A batch's comparison.xlsx as tests read it back: one line per scenario, in the order of its rows. */
record Comparison(Map<String, Line> lines) {
    record Line(String status, String note, Map<Figure, Double> figures) {
    }

    static Comparison read(Path folder) throws IOException {
        Map<String, Line> lines = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(folder.resolve("comparison.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Comparison");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<Figure, Double> figures = new EnumMap<>(Figure.class);
                for (Figure figure : Figure.values()) {
                    Cell cell = row.getCell(ComparisonWriter.FIRST_FIGURE_COLUMN + figure.ordinal());
                    if (cell != null) {
                        figures.put(figure, cell.getNumericCellValue());
                    }
                }
                Line previous = lines.put(row.getCell(0).getStringCellValue(), new Line(
                        row.getCell(1).getStringCellValue(), row.getCell(4).getStringCellValue(), figures));
                if (previous != null) {
                    throw new AssertionError(row.getCell(0).getStringCellValue() + " has two rows in " + folder);
                }
            }
        }
        return new Comparison(lines);
    }

    /** Each scenario's figures, for comparing two runs of one manifest. */
    Map<String, Map<Figure, Double>> figures() {
        Map<String, Map<Figure, Double>> figures = new LinkedHashMap<>();
        lines.forEach((scenario, line) -> figures.put(scenario, line.figures()));
        return figures;
    }

    /** Where the plan put each workload: the placements of a scenario's plan.json. */
    static JsonNode placements(Path folder, String scenario) throws IOException {
        return new ObjectMapper().readTree(folder.resolve(scenario).resolve("plan.json").toFile()).get("placements");
    }
}
