package nl.vroeg.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedMonth;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's main chart: reach per cohort month against the national target line. */
public final class ReachChart {

    static final int WIDTH = 800;
    static final int HEIGHT = 400;

    private ReachChart() {
    }

    /** One line per area (e.g. the municipality and NL); months whose reach is not shown leave a gap. */
    public static JFreeChart create(String title, List<List<PublishedMonth>> seriesPerArea) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double target = 40;
        double highest = 0;
        for (List<PublishedMonth> series : seriesPerArea) {
            for (PublishedMonth m : series) {
                data.addValue(m.bereikPct(), m.gemeentenaam(), DutchFormat.shortMonth(m.maand()));
                if (m.bereikDoelPct() != null) target = m.bereikDoelPct();
                if (m.bereikPct() != null) highest = Math.max(highest, m.bereikPct());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, "Maand (cohort)", "Bereik (% van de zaken)", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, Math.max(target, highest) * 1.25);

        ValueMarker targetLine = new ValueMarker(target, new Color(0xC0392B), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        targetLine.setLabel("Landelijk doel " + DutchFormat.decimal(target) + "%");
        targetLine.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        targetLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        targetLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(targetLine);

        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultStroke(new BasicStroke(2.5f));
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(0, new Color(0x1F5FA8));
        renderer.setSeriesPaint(1, new Color(0x7F8C8D));
        renderer.setSeriesPaint(2, new Color(0x27AE60));
        return chart;
    }

    public static byte[] png(JFreeChart chart) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
