package org.consolida.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopens the written plan.xlsx with POI and checks it against plan.json, written from the same model. */
class WorkbookWriterTest {
    @TempDir
    static Path folder;
    static XSSFWorkbook workbook;
    static JsonNode json;

    @BeforeAll
    static void writeAndReopen() throws IOException {
        ReportFiles files = ReportWriter.writeAll(ReportFixtures.sample(), folder);
        try (InputStream in = Files.newInputStream(files.workbook())) {
            workbook = new XSSFWorkbook(in);
        }
        json = new ObjectMapper().readTree(files.json().toFile());
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void hasEverySheetInReadingOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names).containsExactly("Summary", "Placement", "Unplaced", "Hosts", "Racks", "Migrations",
                "Findings", "Simulation", "Simulated workloads", "Score");
    }

    @Test
    void summaryAndHostsCarryNativeCharts() {
        assertThat(workbook.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(2);
        assertThat(workbook.getSheet("Hosts").getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(workbook.getSheet("Hosts").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0)
                .getSeriesCount()).isEqualTo(4);
    }

    @Test
    void summaryFiguresEqualThoseInPlanJson() {
        XSSFSheet summary = workbook.getSheet("Summary");
        Map<String, JsonNode> columns = Map.of(
                "Before", json.get("before"),
                "After", json.get("after"),
                "First-fit decreasing", json.get("baseline").get("firstFitDecreasing"),
                "Power-aware best fit", json.get("baseline").get("powerAwareBestFit"),
                "Lower bound", json.get("lowerBound"));
        Map<String, String> rows = Map.of(
                "Active hosts", "activeHosts", "Active racks", "activeRacks", "Rack units (U)", "rackUnits",
                "Power (W)", "powerWatts", "Energy (kWh/year)", "energyKwhPerYear", "Energy cost (EUR/year)", "costPerYear",
                "CO\u2082 (kg/year)", "co2KgPerYear");
        Map<String, Integer> columnIndex = headerIndex(summary);
        int compared = 0;
        for (Row row : summary) {
            String key = rows.get(text(row.getCell(0)));
            if (row.getRowNum() == 0 || key == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> column : columns.entrySet()) {
                Cell cell = row.getCell(columnIndex.get(column.getKey()));
                JsonNode expected = column.getValue().get(key);
                if (expected == null) {
                    assertThat(cell).as("%s / %s has no figure", key, column.getKey()).isNull();
                } else {
                    assertThat(cell.getNumericCellValue()).as("%s / %s", key, column.getKey())
                            .isEqualTo(expected.asDouble());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(7 * 4 + 2);
    }

    @Test
    void placementSheetListsEveryPlacementOfPlanJsonInOrder() {
        XSSFSheet placement = workbook.getSheet("Placement");
        JsonNode placements = json.get("placements");

        assertThat(placement.getLastRowNum()).isEqualTo(placements.size());
        for (int i = 0; i < placements.size(); i++) {
            Row row = placement.getRow(i + 1);
            assertThat(text(row.getCell(0))).isEqualTo(placements.get(i).get("workload").asText());
            assertThat(text(row.getCell(3))).isEqualTo(placements.get(i).get("to").asText());
            assertThat(text(row.getCell(4))).isEqualTo(placements.get(i).get("moved").asBoolean() ? "yes" : "no");
        }
    }

    @Test
    void hostsSheetShowsTheUtilizationAndPowerOfPlanJson() {
        XSSFSheet hosts = workbook.getSheet("Hosts");
        Map<String, Integer> column = headerIndex(hosts);
        JsonNode expected = json.get("hosts");

        assertThat(hosts.getLastRowNum()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Row row = hosts.getRow(i + 1);
            JsonNode host = expected.get(i);
            assertThat(text(row.getCell(0))).isEqualTo(host.get("host").asText());
            assertThat(row.getCell(column.get("CPU after (%)")).getNumericCellValue())
                    .isEqualTo(host.get("after").get("cpu").asDouble());
            assertThat(row.getCell(column.get("Planned power (W)")).getNumericCellValue())
                    .isEqualTo(host.get("plannedPowerWatts").asDouble());
        }
        assertThat(((XSSFCellStyle) hosts.getRow(1).getCell(column.get("CPU after (%)")).getCellStyle())
                .getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void hostsSheetCountsRunningHostsPerUtilizationBand() {
        XSSFSheet hosts = workbook.getSheet("Hosts");
        Map<String, Integer> column = headerIndex(hosts);
        long keptInJson = 0;
        for (JsonNode host : json.get("hosts")) {
            keptInJson += host.get("action").asText().equals("KEEP") ? 1 : 0;
        }
        double keptInBands = 0;
        for (int band = 1; band <= 10; band++) {
            keptInBands += hosts.getRow(band).getCell(column.get("CPU after (hosts)")).getNumericCellValue();
        }

        assertThat(text(hosts.getRow(1).getCell(column.get("Utilisation (%)")))).isEqualTo("0\u201310");
        assertThat(keptInBands).isEqualTo(keptInJson).isPositive();
    }

    @Test
    void migrationsSheetHoldsEveryMoveOfEveryWave() {
        XSSFSheet migrations = workbook.getSheet("Migrations");
        int moves = 0;
        double downtime = 0;
        for (JsonNode wave : json.get("migrations")) {
            moves += wave.get("moves").size();
            for (JsonNode move : wave.get("moves")) {
                downtime += move.get("downtimeMillis").asDouble();
            }
        }
        double sheetDowntime = 0;
        for (Row row : migrations) {
            if (row.getRowNum() > 0) {
                sheetDowntime += row.getCell(7).getNumericCellValue();
            }
        }

        assertThat(migrations.getLastRowNum()).isEqualTo(moves).isPositive();
        assertThat(sheetDowntime).isCloseTo(downtime, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void findingsAreColouredBySeverityAndFiltered() {
        XSSFSheet findings = workbook.getSheet("Findings");
        Map<String, String> fillBySeverity = new HashMap<>();
        for (Row row : findings) {
            if (row.getRowNum() > 0) {
                XSSFCellStyle style = (XSSFCellStyle) row.getCell(0).getCellStyle();
                fillBySeverity.put(text(row.getCell(0)), style.getFillForegroundColorColor().getARGBHex());
            }
        }

        assertThat(findings.getLastRowNum()).isEqualTo(json.get("findings").size());
        assertThat(fillBySeverity).containsKeys("CRITICAL", "WARNING", "INFO");
        assertThat(fillBySeverity.values()).doesNotHaveDuplicates();
        assertThat(text(findings.getRow(1).getCell(0))).isEqualTo("CRITICAL");
        assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:F");
    }

    @Test
    void simulationSheetHasEveryScenarioAndEveryWorkloadOfTheAfterRun() {
        XSSFSheet simulation = workbook.getSheet("Simulation");
        JsonNode scenarios = json.get("simulation").get("scenarios");
        for (int i = 0; i < scenarios.size(); i++) {
            Row row = simulation.getRow(i + 1);
            assertThat(text(row.getCell(0))).isEqualTo(scenarios.get(i).get("name").asText());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(scenarios.get(i).get("deliveredRatio").asDouble());
        }
        XSSFSheet perWorkload = workbook.getSheet("Simulated workloads");
        assertThat(perWorkload.getLastRowNum()).isEqualTo(json.get("simulation").get("afterWorkloads").size());
        assertThat(text(perWorkload.getRow(1).getCell(0)))
                .isEqualTo(json.get("simulation").get("afterWorkloads").get(0).get("workload").asText());
    }

    @Test
    void everyTableSheetHasAFrozenHeaderAndAFilter() {
        for (String name : List.of("Placement", "Hosts", "Racks", "Migrations", "Findings", "Score")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPaneInformation()).as(name).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
        }
    }

    @Test
    void columnsAreWideEnoughForTheirContent() {
        XSSFSheet findings = workbook.getSheet("Findings");
        int longestRule = 0;
        for (Row row : findings) {
            longestRule = Math.max(longestRule, text(row.getCell(1)).length());
        }
        assertThat(findings.getColumnWidth(1)).isGreaterThanOrEqualTo(longestRule * 256);
        assertThat(findings.getColumnWidth(4)).as("long messages are capped").isLessThanOrEqualTo(71 * 256);
    }

    private static Map<String, Integer> headerIndex(XSSFSheet sheet) {
        Map<String, Integer> index = new HashMap<>();
        Iterator<Cell> cells = sheet.getRow(0).cellIterator();
        while (cells.hasNext()) {
            Cell cell = cells.next();
            index.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return index;
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
