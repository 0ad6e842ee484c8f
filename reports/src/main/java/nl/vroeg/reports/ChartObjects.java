package nl.vroeg.reports;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vroeg.lake.published.Html;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

/**
 * The charts of one PDF document. Each is placed in the XHTML as an {@code <object>} of the text width and drawn by
 * openhtmltopdf straight onto the page through the same PDFBox Graphics2D that drew the SVG charts before: vector
 * shapes, chart text as glyph outlines (the AWT font is not one the PDF embeds). Writing each chart as SVG text
 * and having Batik parse, style and build it again was a quarter of the time of a report.
 */
final class ChartObjects implements FSObjectDrawer {

    static final String TYPE = "application/x-vroeg-grafiek";

    /** A chart laid out at width x height px, scaled to the box the page gives it. */
    private record Placed(JFreeChart chart, int width, int height) {
    }

    private final List<Placed> charts = new ArrayList<>();

    /**
     * The element of a chart drawn at the given size in pixels and scaled to the text width, its height in
     * proportion ({@code description} is its text alternative).
     */
    String place(JFreeChart chart, int width, int height, String description) {
        charts.add(new Placed(chart, width, height));
        double mm = Charts.TEXT_WIDTH_MM * height / width;
        // alt: openhtmltopdf writes it as the chart's Figure /Alt in the tagged PDF (what a screen reader reads)
        String text = Html.escape(description);
        return "<object type=\"" + TYPE + "\" data-grafiek=\"" + (charts.size() - 1) + "\" aria-label=\"" + text + "\" alt=\"" + text
                + "\" style=\"width: " + Charts.TEXT_WIDTH_MM + "mm; height: " + String.format(Locale.ROOT, "%.1f", mm) + "mm;\"></object>";
    }

    /** For {@code PdfRendererBuilder.useObjectDrawerFactory}: this document's charts. */
    FSObjectDrawerFactory factory() {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, this);
        return factory;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice device,
            RenderingContext ctx, int dotsPerPixel) {
        Placed p = charts.get(Integer.parseInt(e.getAttribute("data-grafiek")));
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, g2 -> {
            // openhtmltopdf's text drawer looks the AWT font up among the document's fonts and fails on one it does
            // not hold; PDFBox Graphics2D's own drawer, with no fonts registered, draws every label as outlines
            if (g2 instanceof PdfBoxGraphics2D pdf) pdf.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawer());
            // uniformly and centred in the box, as an SVG viewBox is fitted (xMidYMid meet)
            double scale = Math.min(w / p.width(), h / p.height());
            g2.translate((w - p.width() * scale) / 2, (h - p.height() * scale) / 2);
            g2.scale(scale, scale);
            p.chart().draw(g2, new Rectangle(p.width(), p.height()));
        });
        return null; // no links in a chart
    }
}
