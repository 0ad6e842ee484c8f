package nl.vroeg.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * XHTML to PDF with openhtmltopdf (on PDFBox): A4, DejaVu Sans embedded (subset), SVG charts drawn as vector
 * graphics by its Batik module, and tagged as PDF/UA (structure, language, title) for screen readers.
 */
final class Pdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"), Path.of("/usr/local/share/fonts"),
            Path.of("/Library/Fonts"), Path.of(System.getProperty("user.home"), ".fonts"));

    static {
        XRLog.setLoggingEnabled(false); // its INFO lines (timings, font loading) per document drown the progress
    }

    private final Path regular;
    private final Path bold;

    Pdf() {
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    void write(String xhtml, Path pdf) {
        try {
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(pdf)) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePdfUaAccessibility(true);
                builder.useFont(regular.toFile(), FONT_FAMILY, 400, FontStyle.NORMAL, true);
                builder.useFont(bold.toFile(), FONT_FAMILY, 700, FontStyle.NORMAL, true);
                for (String generic : List.of("serif", "sans-serif")) { // so no text falls back to an unembedded font
                    builder.useFont(regular.toFile(), generic, 400, FontStyle.NORMAL, true);
                    builder.useFont(bold.toFile(), generic, 700, FontStyle.NORMAL, true);
                }
                builder.useSVGDrawer(new BatikSVGDrawer());
                builder.withProducer("vroeg");
                builder.withHtmlContent(xhtml, null);
                builder.toStream(out);
                builder.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + pdf + " niet schrijven", e);
        }
    }

    /** The font file from the system's font folders (fonts-dejavu-core on Debian/Ubuntu). */
    private static Path font(String file) {
        for (Path folder : FONT_FOLDERS) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> found = Files.walk(folder, 3)) {
                var match = found.filter(p -> p.getFileName().toString().equals(file)).findFirst();
                if (match.isPresent()) return match.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("Lettertype " + file + " niet gevonden (nodig voor de PDF-rapportages); installeer het pakket"
                + " fonts-dejavu-core.");
    }
}
