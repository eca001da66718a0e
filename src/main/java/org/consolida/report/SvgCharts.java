package org.consolida.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The page's charts: drawn by JFreeChart into JFreeSVG's {@link SVGGraphics2D}, so they are inline SVG text — no
 * image files, no scripts, nothing fetched — and scale with the page.
 */
final class SvgCharts {
    static {
        // JFreeChart touches AWT; a server or CI machine has no display.
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 340;

    private static final Paint[] PALETTE = {
            new Color(0x90, 0xA4, 0xAE), new Color(0x1E, 0x88, 0xE5), new Color(0xFB, 0x8C, 0x00),
            new Color(0x8E, 0x24, 0xAA), new Color(0x43, 0xA0, 0x47)};
    private static final Color INK = new Color(0x26, 0x32, 0x38);
    private static final Color GRID = new Color(0xE0, 0xE4, 0xE8);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final String idPrefix;
    private int count;

    /** @param idPrefix makes the SVG ids of this page's charts unique, since they share one document */
    SvgCharts(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** One bar per category, coloured per category: the summary's before/after/baselines comparisons. */
    String bars(String title, String valueAxis, Map<String, Double> values, boolean integers) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((category, value) -> dataset.addValue(value, valueAxis, category));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, dataset, PlotOrientation.VERTICAL,
                false, false, false);
        BarRenderer renderer = style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRenderer(new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return PALETTE[column % PALETTE.length];
            }
        });
        copyLook(renderer, (BarRenderer) plot.getRenderer());
        BarRenderer painted = (BarRenderer) plot.getRenderer();
        painted.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                integers ? new java.text.DecimalFormat("#,##0") : new java.text.DecimalFormat("#,##0.0")));
        painted.setDefaultItemLabelsVisible(true);
        painted.setDefaultItemLabelFont(LABEL);
        painted.setDefaultItemLabelPaint(INK);
        return svg(chart);
    }

    /** Clustered bars: several series over the same categories (utilisation buckets, waves, racks). */
    String groupedBars(String title, String categoryAxis, String valueAxis, List<String> categories,
                       Map<String, List<Double>> series, boolean stacked) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                dataset.addValue(values.get(i), name, categories.get(i));
            }
        });
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, categoryAxis, valueAxis, dataset, PlotOrientation.VERTICAL,
                        true, false, false)
                : ChartFactory.createBarChart(title, categoryAxis, valueAxis, dataset, PlotOrientation.VERTICAL,
                        true, false, false);
        BarRenderer renderer = style(chart);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        if (categories.size() > 12) {
            chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (categories.size() > 40) {
            chart.getCategoryPlot().getDomainAxis().setTickLabelsVisible(false);
        }
        return svg(chart);
    }

    private static BarRenderer style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setFont(TITLE);
        title.setPaint(INK);
        title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(LABEL);
        domain.setLabelFont(LABEL);
        domain.setTickLabelPaint(INK);
        domain.setAxisLineVisible(false);
        domain.setTickMarksVisible(false);
        domain.setCategoryMargin(0.15);
        domain.setMaximumCategoryLabelLines(2);
        domain.setMaximumCategoryLabelWidthRatio(1.2f);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(LABEL);
        range.setLabelFont(LABEL);
        range.setTickLabelPaint(INK);
        range.setAxisLineVisible(false);
        range.setUpperMargin(0.12);
        range.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(Locale.ROOT));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    private static void copyLook(BarRenderer from, BarRenderer to) {
        to.setBarPainter(from.getBarPainter());
        to.setShadowVisible(false);
        to.setDrawBarOutline(false);
        to.setMaximumBarWidth(0.16);
    }

    private String svg(JFreeChart chart) {
        String id = idPrefix + "-" + (++count);
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        graphics.setDefsKeyPrefix(id + "-");
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        // Labels are ids (racks, scenarios named after hosts): their control characters are made visible here.
        return ControlCharacters.visible(graphics.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null,
                null));
    }
}
