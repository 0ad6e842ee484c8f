package nl.vroeg.ingest;

import java.util.function.Consumer;
import nl.vroeg.lake.published.DutchFormat;

/**
 * Tells the user a large file is still being read: a line every {@value #EVERY} rows ("100.000 rijen gelezen"),
 * or every so many records of another unit ("20.000 signalen gelezen").
 */
final class RowProgress {

    static final int EVERY = 50_000;

    private final String fileName;
    private final Consumer<String> progress;
    private final long every;
    private final String unit;
    private long rows;

    RowProgress(String fileName, Consumer<String> progress) {
        this(fileName, progress, EVERY, "rijen");
    }

    RowProgress(String fileName, Consumer<String> progress, long every, String unit) {
        this.fileName = fileName;
        this.progress = progress;
        this.every = every;
        this.unit = unit;
    }

    void row() {
        if (++rows % every == 0) {
            progress.accept(fileName + ": " + DutchFormat.count(rows) + " " + unit + " gelezen");
        }
    }
}
