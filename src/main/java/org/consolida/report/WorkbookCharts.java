package org.consolida.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel bar charts (POI's XDDF API) over ranges of a sheet, so they follow the cells if a user edits them. */
final class WorkbookCharts {
    private WorkbookCharts() {
    }

    /** One series of a chart: its name and its values (a range of cells, with their values cached in the chart). */
    record Series(String title, XDDFNumericalDataSource<? extends Number> values) {
    }

    /** Values read from cells that exist in memory (a plain XSSF sheet). */
    static XDDFNumericalDataSource<Double> cells(XSSFSheet sheet, CellRangeAddress range) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, range);
    }

    /**
     * Values given alongside the range that holds them: a streamed sheet has flushed its rows by the time the chart
     * is drawn, so the chart cannot read them back.
     */
    static XDDFNumericalDataSource<Double> values(String sheetName, CellRangeAddress range, Double[] values) {
        return XDDFDataSourcesFactory.fromArray(values, range.formatAsString(sheetName, true));
    }

    static XDDFDataSource<String> names(String sheetName, CellRangeAddress range, String[] names) {
        return XDDFDataSourcesFactory.fromArray(names, range.formatAsString(sheetName, true));
    }

    /**
     * A clustered column chart anchored between two cells (columns and rows, end exclusive).
     *
     * @param categories the categories' names, as many as each series has values
     */
    static XSSFChart columns(XSSFSheet sheet, String title, String valueAxisTitle, int fromColumn, int fromRow,
                             int toColumn, int toRow, XDDFDataSource<String> categories, List<Series> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, fromColumn, fromRow, toColumn, toRow);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(valueAxisTitle);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (Series one : series) {
            XDDFChartData.Series added = data.addSeries(categories, one.values());
            added.setTitle(one.title(), null);
        }
        chart.plot(data);
        return chart;
    }
}
