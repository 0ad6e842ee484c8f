package nl.vroeg.dashboards;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.DateFormatSymbols;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedMonth;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The dashboard's chart as an inline SVG element: national reach per cohort month against the target.
 * All text is horizontal: JFreeChart draws rotated text as glyph outlines, which bloats the SVG and hides the
 * text from search and screen readers. Hence a time axis that thins its month labels, and "%" in the tick labels
 * instead of a vertical axis title.
 */
final class BereikChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private BereikChart() {
    }

    static String svg(List<PublishedMonth> nationalSeries, String labelledBy) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("bereik-"); // stable element ids from run to run (the default is time-based)
        chart(nationalSeries).draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        // No fixed width/height: the viewBox lets the page's CSS scale the chart to the screen.
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + labelledBy + "\" ");
    }

    /** Months whose reach is not shown leave a gap in the line; the target comes from the data, month by month. */
    static JFreeChart chart(List<PublishedMonth> nationalSeries) {
        TimeSeries reach = new TimeSeries("Bereik Nederland");
        TimeSeries target = new TimeSeries("Doel");
        double highest = 0;
        for (PublishedMonth m : nationalSeries) {
            Month month = new Month(m.maand().getMonthValue(), m.maand().getYear());
            reach.add(month, m.bereikPct());
            target.add(month, m.bereikDoelPct());
            if (m.bereikPct() != null) highest = Math.max(highest, m.bereikPct());
            if (m.bereikDoelPct() != null) highest = Math.max(highest, m.bereikDoelPct());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        data.addSeries(reach);
        data.addSeries(target);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, null, data, true, false, false);
        style(chart, Math.min(100, Math.max(10, highest * 1.25)));
        // A single month has no line to draw: mark its target with a shape, or it would not show at all.
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesShapesVisible(1, nationalSeries.size() == 1);
        return chart;
    }

    private static void style(JFreeChart chart, double upperBound) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.getLegend().setItemFont(font);
        chart.getLegend().setFrame(BlockBorder.NONE);

        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0D7DE));

        DateAxis months = (DateAxis) plot.getDomainAxis();
        months.setTimeZone(UTC);
        months.setTickLabelFont(font);
        months.setStandardTickUnits(monthTickUnits());

        NumberAxis percent = (NumberAxis) plot.getRangeAxis();
        percent.setRange(0, upperBound);
        percent.setTickLabelFont(font);
        percent.setNumberFormatOverride(new DecimalFormat("#,##0'%'", DecimalFormatSymbols.getInstance(DutchFormat.NL)));

        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(0, new Color(0x1F5FA8));
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(1, new Color(0xC0392B));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {6f, 4f}, 0f));
    }

    /** Month labels ("jun 2025") every 1, 2, 3, 6 or 12 months: the axis takes the first that fits. */
    private static TickUnits monthTickUnits() {
        TickUnits units = new TickUnits();
        DateFormatSymbols dutch = DateFormatSymbols.getInstance(DutchFormat.NL);
        dutch.setShortMonths(Arrays.stream(dutch.getShortMonths()).map(m -> m.replace(".", "")).toArray(String[]::new));
        for (int step : new int[] {1, 2, 3, 6, 12}) {
            SimpleDateFormat format = new SimpleDateFormat("MMM yyyy", dutch); // "jun 2025", as DutchFormat.shortMonth
            format.setTimeZone(UTC);
            units.add(new DateTickUnit(DateTickUnitType.MONTH, step, format));
        }
        return units;
    }
}
