package nl.vroeg.reports;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * XHTML to PDF with openhtmltopdf (on PDFBox): A4, DejaVu Sans embedded (subset), charts drawn as vector graphics
 * ({@link ChartObjects}), and tagged as PDF/UA (structure, language, title) for screen readers. One instance
 * writes many documents, from several threads: the parsed fonts and their metrics are shared between them.
 */
final class Pdf implements AutoCloseable {

    static {
        XRLog.setLoggingEnabled(false); // its INFO lines (timings, font loading) per document drown the progress
    }

    private final PdfFonts fonts = new PdfFonts();
    /** Ascent, descent and the like per family and weight: the same for every document (a concurrent map). */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    void write(String xhtml, Path pdf) {
        write(ReportHtml.Page.withoutCharts(xhtml), pdf);
    }

    void write(ReportHtml.Page page, Path pdf) {
        PdfFonts.Pair pair = fonts.borrow();
        try {
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(pdf); PDDocument doc = new PDDocument()) { // run() saves and closes it
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.usePDDocument(doc);
                builder.useFastMode();
                builder.usePdfUaAccessibility(true);
                builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
                pair.register(builder, doc);
                builder.useObjectDrawerFactory(page.charts().factory());
                builder.withProducer("vroeg");
                builder.withHtmlContent(page.xhtml(), null);
                builder.toStream(out);
                builder.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + pdf + " niet schrijven", e);
        } finally {
            fonts.giveBack(pair);
        }
    }

    /** Closes the parsed font files; call once every document is written. */
    @Override
    public void close() {
        fonts.close();
    }
}
