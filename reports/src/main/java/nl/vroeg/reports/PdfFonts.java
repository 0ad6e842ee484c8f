package nl.vroeg.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, parsed once and lent to one document at a time. Parsing the two 700 KB font files
 * again for every document was about a twentieth of its time; a parsed {@link TrueTypeFont} reads its tables lazily
 * from the file and is not safe for two threads at once, so each document borrows a parsed pair of its own (one
 * pair per worker thread in practice) and gives it back when its PDF is written.
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"), Path.of("/usr/local/share/fonts"),
            Path.of("/Library/Fonts"), Path.of(System.getProperty("user.home"), ".fonts"));

    private final Path regularFile = font("DejaVuSans.ttf");
    private final Path boldFile = font("DejaVuSans-Bold.ttf");
    private final ConcurrentLinkedQueue<Pair> free = new ConcurrentLinkedQueue<>();

    /** A parsed regular and bold font; for one document at a time. */
    record Pair(TrueTypeFont regular, TrueTypeFont bold) {

        /**
         * Registers the fonts for the document: the family, and the generic families so no text falls back to an
         * unembedded font. Each weight becomes one embedded subset, loaded into the document when first used.
         */
        void register(PdfRendererBuilder builder, PDDocument doc) {
            Lazy regularFont = new Lazy(doc, regular);
            Lazy boldFont = new Lazy(doc, bold);
            for (String family : List.of(FAMILY, "serif", "sans-serif")) {
                builder.useFont(regularFont.supplier(), family, 400, FontStyle.NORMAL, true);
                builder.useFont(boldFont.supplier(), family, 700, FontStyle.NORMAL, true);
            }
        }
    }

    /** Borrows a parsed pair (parsing one when every pair is in use); give it back with {@link #giveBack}. */
    Pair borrow() {
        Pair pair = free.poll();
        return pair != null ? pair : new Pair(parse(regularFile), parse(boldFile));
    }

    void giveBack(Pair pair) {
        free.add(pair);
    }

    /** Closes the font files of the pairs given back (each parsed font keeps its file open to read tables lazily). */
    void close() {
        for (Pair pair = free.poll(); pair != null; pair = free.poll()) {
            IOUtils.closeQuietly(pair.regular());
            IOUtils.closeQuietly(pair.bold());
        }
    }

    /** The document's font of one weight, loaded on first use and shared by the families that name it. */
    private static final class Lazy {
        private final PDDocument doc;
        private final TrueTypeFont ttf;
        private PDFont font;

        Lazy(PDDocument doc, TrueTypeFont ttf) {
            this.doc = doc;
            this.ttf = ttf;
        }

        PDFontSupplier supplier() {
            return new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    return get();
                }
            };
        }

        private PDFont get() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf, true); // does not close ttf with the document
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static TrueTypeFont parse(Path file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Kon lettertype " + file + " niet lezen", e);
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
