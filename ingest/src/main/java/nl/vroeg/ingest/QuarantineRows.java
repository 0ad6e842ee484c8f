package nl.vroeg.ingest;

import java.util.List;
import nl.vroeg.lake.Table;

/** Rows of {@code quarantaine.records}: what was rejected, where and why, never a value that could be personal data. */
final class QuarantineRows {

    private QuarantineRows() {
    }

    /**
     * @param positie where in the file: a JSON pointer, or the row of a CSV file or sheet ({@link #positie})
     * @param record  what quarantine may keep of the record ({@link QuarantineRecord}), as JSON
     */
    static TableRow of(IngestContext ctx, String recordsoort, String gemeentecode, String positie, List<String> redenen,
            String record) {
        return new TableRow(Table.QUARANTAINE).file(ctx).set("recordsoort", recordsoort).set("gemeentecode", gemeentecode)
                .set("positie", positie).set("redenen", redenen).set("record", record).set("ingest_tijd", ctx.ingestTijd());
    }

    static String positie(long rij) {
        return "rij " + rij;
    }
}
