package nl.vroeg.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report charts: JFreeChart, drawn as vectors on the PDF page by {@link ChartObjects}. Made for grey-scale
 * print: the area is dark and solid, NL light grey or dashed, the target a dashed line with its label, and
 * provisional months a shaded band with hollow points.
 */
final class Charts {

    static final Color DONKER = new Color(0x1F3A5F);
    static final Color GRIJS = new Color(0xA6A6A6);
    static final Color LICHT = new Color(0xE6E6E6);
    static final Color DOEL = new Color(0x8B1E1E);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Stroke DOEL_LIJN = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {7f, 4f}, 0f);

    /** The width of the A4 text area (the page less its margins in rapport.css). */
    static final int TEXT_WIDTH_MM = 178;

    private Charts() {
    }

    /** Reach per cohort month of the area (and NL), the target line, provisional months marked. */
    static JFreeChart reach(AreaReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String own = r.area().naam();
        Set<String> provisional = r.reeks().stream().filter(PublishedMonth::voorlopig).map(m -> DutchFormat.shortMonth(m.maand()))
                .collect(Collectors.toSet());
        for (PublishedMonth m : r.reeks()) data.addValue(m.bereikPct(), own, DutchFormat.shortMonth(m.maand()));
        if (!"NL".equals(r.area().code())) {
            Set<String> months = r.reeks().stream().map(m -> DutchFormat.shortMonth(m.maand())).collect(Collectors.toSet());
            for (PublishedMonth m : r.landReeks()) {
                if (months.contains(DutchFormat.shortMonth(m.maand()))) data.addValue(m.bereikPct(), "Nederland", DutchFormat.shortMonth(m.maand()));
            }
        }
        CategoryAxis x = new CategoryAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = percentAxis("Bereik (% van de zaken)", Math.max(r.doel(), max(r.reeks(), r.landReeks())));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !provisional.contains(String.valueOf(data.getColumnKey(item)));
            }
        };
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(Color.WHITE);
        renderer.setSeriesPaint(0, DONKER);
        renderer.setSeriesStroke(0, new BasicStroke(2.4f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, GRIJS);
        renderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 3f}, 0f));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-3, -3, 6, 6));
        renderer.setSeriesFillPaint(0, DONKER);
        renderer.setSeriesFillPaint(1, GRIJS);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        for (String month : provisional) {
            CategoryMarker band = new CategoryMarker(month, LICHT, new BasicStroke(1f));
            band.setDrawAsLine(false);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        if (!provisional.isEmpty()) {
            String last = String.valueOf(data.getColumnKey(data.getColumnCount() - 1));
            CategoryMarker label = new CategoryMarker(last, new Color(0, 0, 0, 0), new BasicStroke(0f));
            label.setLabel("voorlopig");
            label.setLabelFont(FONT);
            label.setLabelAnchor(RectangleAnchor.TOP);
            label.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(label, Layer.FOREGROUND);
        }
        plot.addRangeMarker(target(r.doel()));
        return finish(plot, true);
    }

    /** Where the municipality stands in its peer group: every peer a grey dot, the middle half shaded, the median. */
    static JFreeChart peers(AreaReport r) {
        AreaReport.PeerGroup p = r.peers();
        XYSeries peers = new XYSeries("Gemeenten in de groep");
        int i = 0;
        for (Double v : p.waarden()) peers.add(v.doubleValue(), (i++ % 5) - 2); // a little vertical jitter, fixed
        XYSeries own = new XYSeries(r.area().naam());
        if (r.nu().bereikPct() != null) own.add(r.nu().bereikPct().doubleValue(), 0);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(peers);
        data.addSeries(own);
        NumberAxis x = percentAxis("Bereik (% van de zaken)", Math.max(r.doel(), p.waarden().stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        NumberAxis y = new NumberAxis();
        y.setRange(-4, 4);
        y.setVisible(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, GRIJS);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, DONKER);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (p.spreiding() != null) {
            IntervalMarker middle = new IntervalMarker(p.spreiding().q1(), p.spreiding().q3(), LICHT);
            middle.setLabel("middelste helft");
            middle.setLabelFont(FONT);
            middle.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            middle.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(middle, Layer.BACKGROUND);
            ValueMarker median = new ValueMarker(p.spreiding().median(), Color.BLACK, new BasicStroke(1.2f));
            median.setLabel("mediaan");
            median.setLabelFont(FONT);
            median.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            median.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(median);
        }
        ValueMarker doel = target(r.doel());
        doel.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        doel.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(doel);
        return finish(plot, true);
    }

    /** How many municipalities per band of 5 percentage points reach, those at or above the target dark. */
    static JFreeChart distribution(AreaReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double target = r.doel();
        int bands = (int) Math.max(Math.ceil(target / 5) + 2, Math.ceil(r.ranglijst().stream()
                .filter(x -> x.maand().bereikPct() != null).mapToDouble(x -> x.maand().bereikPct()).max().orElse(0) / 5) + 1);
        for (int b = 0; b < bands; b++) {
            String label = b * 5 + "-" + (b * 5 + 5);
            int lower = b * 5;
            long below = r.ranglijst().stream().map(x -> x.maand().bereikPct()).filter(v -> v != null && band(v) == lower && v < target).count();
            long above = r.ranglijst().stream().map(x -> x.maand().bereikPct()).filter(v -> v != null && band(v) == lower && v >= target).count();
            data.addValue(below, "Onder het doel", label);
            data.addValue(above, "Op of boven het doel", label);
        }
        CategoryAxis x = new CategoryAxis("Bereik (%)");
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis("Aantal gemeenten");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, GRIJS);
        renderer.setSeriesPaint(1, DONKER);
        return finish(new CategoryPlot(data, x, y, renderer), true);
    }

    private static int band(double value) {
        return (int) (Math.floor(value / 5) * 5);
    }

    /** Horizontal bars per group: the area dark, NL light grey. */
    static JFreeChart bars(String ownName, List<String> groups, List<Double> own, List<Double> nl, double target, boolean showTarget) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < groups.size(); i++) {
            data.addValue(own.get(i), ownName, groups.get(i));
            if (nl != null) data.addValue(nl.get(i), "Nederland", groups.get(i));
        }
        double highest = java.util.stream.Stream.concat(own.stream(), nl == null ? java.util.stream.Stream.empty() : nl.stream())
                .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        NumberAxis y = percentAxis("Bereik (% van de zaken)", showTarget ? Math.max(target, highest) : highest);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, DONKER);
        renderer.setSeriesPaint(1, GRIJS);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (showTarget) plot.addRangeMarker(target(target));
        return finish(plot, nl != null);
    }

    private static NumberAxis percentAxis(String label, double highest) {
        NumberAxis axis = new NumberAxis(label);
        double top = Math.max(10, Math.ceil(highest * 1.15 / 10) * 10);
        axis.setRange(0, Math.min(100, top));
        axis.setTickUnit(new NumberTickUnit(top > 50 ? 20 : 10));
        return axis;
    }

    private static ValueMarker target(double target) {
        ValueMarker line = new ValueMarker(target, DOEL, DOEL_LIJN);
        line.setLabel("doel " + DutchFormat.decimal(target).replace(",0", "") + "%");
        line.setLabelFont(FONT);
        line.setLabelPaint(DOEL);
        line.setLabelBackgroundColor(Color.WHITE);
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return line;
    }

    private static double max(List<PublishedMonth> a, List<PublishedMonth> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).map(PublishedMonth::bereikPct).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static JFreeChart finish(org.jfree.chart.plot.Plot plot, boolean legend) {
        if (plot instanceof CategoryPlot c) {
            c.setBackgroundPaint(Color.WHITE);
            c.setRangeGridlinePaint(LICHT);
            c.setOutlineVisible(false);
        } else if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(LICHT);
            xy.setRangeGridlinesVisible(false);
            xy.setOutlineVisible(false);
        }
        JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
            chart.getLegend().setItemFont(FONT);
        }
        return chart;
    }
}
