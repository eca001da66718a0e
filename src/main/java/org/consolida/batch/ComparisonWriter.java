package org.consolida.batch;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.io.AtomicFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Writes a batch's comparison: one row per scenario with its key figures and the difference from the first scenario,
 * as {@code comparison.xlsx} (with a native chart) and {@code comparison.html} (self-contained, inline SVG chart).
 */
public final class ComparisonWriter {
    static final List<Figure> CHARTED = List.of(Figure.ENERGY_BEFORE, Figure.ENERGY_AFTER, Figure.LOWER_BOUND_ENERGY);
    /** Columns of comparison.xlsx before the figures: Scenario, Status, Exit code, Error, Note. */
    public static final int FIRST_FIGURE_COLUMN = 5;

    private ComparisonWriter() {
    }

    public static void write(List<ScenarioResult> results, Path outDir) {
        AtomicFiles.write(outDir.resolve("comparison.xlsx"), out -> xlsx(results, out));
        AtomicFiles.writeString(outDir.resolve("comparison.html"), html(results));
    }

    /** The difference of a figure from the first scenario's, or null where either is missing. */
    static Double difference(List<ScenarioResult> results, ScenarioResult result, Figure figure) {
        Double first = results.get(0).figures().get(figure);
        Double value = result.figures().get(figure);
        return first == null || value == null ? null : value - first;
    }

    private static void xlsx(List<ScenarioResult> results, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Comparison");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            List<String> headers = new ArrayList<>(List.of("Scenario", "Status", "Exit code", "Error", "Note"));
            for (Figure figure : Figure.values()) {
                headers.add(figure.header());
            }
            for (Figure figure : Figure.values()) {
                headers.add("Δ " + figure.header() + " vs " + results.get(0).scenario());
            }
            Row top = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, c == 3 || c == 4 ? 60 * 256 : 18 * 256);
            }
            int r = 1;
            for (ScenarioResult result : results) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(result.scenario());
                row.createCell(1).setCellValue(status(result));
                if (result.hasPlan()) {
                    row.createCell(2).setCellValue(result.exitCode());
                }
                row.createCell(3).setCellValue(result.error());
                row.createCell(4).setCellValue(result.note());
                int c = FIRST_FIGURE_COLUMN;
                for (Figure figure : Figure.values()) {
                    numeric(row, c++, result.figures().get(figure), number);
                }
                for (Figure figure : Figure.values()) {
                    numeric(row, c++, difference(results, result, figure), number);
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, results.size(), 0, headers.size() - 1));
            chart(sheet, results.size(), headers.size() + 1);
            workbook.write(out);
        }
    }

    private static void numeric(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void chart(XSSFSheet sheet, int rows, int firstFreeColumn) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, rows + 3, 10, rows + 25));
        chart.setTitleText("Energy per year by scenario (kWh)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis scenarios = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis energy = chart.createValueAxis(AxisPosition.LEFT);
        energy.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, scenarios, energy);
        data.setBarDirection(BarDirection.COL);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, rows, 0, 0));
        for (Figure figure : CHARTED) {
            int column = FIRST_FIGURE_COLUMN + figure.ordinal();
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, rows, column, column));
            data.addSeries(names, values).setTitle(figure.label(), null);
        }
        data.setVaryColors(false);
        chart.plot(data);
    }

    public static String status(ScenarioResult result) {
        return switch (result.status()) {
            case PLANNED -> result.exitCode() == 0 ? "planned" : "planned, does not hold";
            case UNCHANGED -> result.exitCode() == 0 ? "unchanged (not rerun)" : "unchanged (not rerun), does not hold";
            case FAILED -> "failed";
            case MISSING -> "missing";
        };
    }

    static String html(List<ScenarioResult> results) {
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            headers.add(Map.of("label", figure.header()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScenarioResult result : results) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Figure figure : Figure.values()) {
                Double value = result.figures().get(figure);
                Double delta = difference(results, result, figure);
                cells.add(Map.of("value", format(value), "sort", value == null ? "" : String.valueOf(value),
                        "delta", delta == null || result == results.get(0) ? "" : (delta >= 0 ? "+" : "") + format(delta)));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", result.scenario());
            row.put("status", status(result));
            row.put("failed", !result.hasPlan());
            row.put("error", result.error());
            row.put("note", result.note());
            row.put("hasNote", !result.note().isEmpty());
            row.put("cells", cells);
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("first", results.get(0).scenario());
        model.put("headers", headers);
        model.put("rows", rows);
        model.put("chart", svgChart(results));
        model.put("failures", results.stream().filter(r -> r.status() == ScenarioResult.Status.FAILED).count());
        model.put("missing", results.stream().filter(r -> r.status() == ScenarioResult.Status.MISSING).count());
        return template().execute(model);
    }

    private static Template template() {
        try (InputStream in = ComparisonWriter.class.getResourceAsStream("comparison.html.mustache");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            // A count of 0 hides its sentence ("0 scenario(s) failed" said nothing).
            return Mustache.compiler().zeroIsFalse(true).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String svgChart(List<ScenarioResult> results) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ScenarioResult result : results) {
            for (Figure figure : CHARTED) {
                Double value = result.figures().get(figure);
                dataset.addValue(value, figure.label(), result.scenario());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Energy per year by scenario", "Scenario", "kWh per year",
                dataset, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        SVGGraphics2D svg = new SVGGraphics2D(900, 380);
        chart.draw(svg, new Rectangle(0, 0, 900, 380));
        return svg.getSVGElement();
    }

    private static String format(Double value) {
        if (value == null) {
            return "—";
        }
        return Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.3f", value);
    }
}
