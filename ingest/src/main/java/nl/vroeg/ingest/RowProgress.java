package nl.vroeg.ingest;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;

/** Tells the user a large file is still being read: a line every {@value #EVERY} rows ("100.000 rijen gelezen"). */
final class RowProgress {

    static final int EVERY = 50_000;

    private final String fileName;
    private final Consumer<String> progress;
    private long rows;

    RowProgress(String fileName, Consumer<String> progress) {
        this.fileName = fileName;
        this.progress = progress;
    }

    void row() {
        if (++rows % EVERY == 0) {
            progress.accept(fileName + ": " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(rows)
                    + " rijen gelezen");
        }
    }
}
