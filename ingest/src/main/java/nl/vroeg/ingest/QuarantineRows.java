package nl.vroeg.ingest;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Rows of {@code quarantaine.records} for files read row by row (CSV, spreadsheets): the position is the row. */
final class QuarantineRows {

    private QuarantineRows() {
    }

    /** @param record the row's non-personal fields only, as JSON */
    static Row of(IngestContext ctx, String recordsoort, String gemeentecode, long rij, List<String> redenen, String record) {
        return RowFactory.create(ctx.bestand(), ctx.sha256(), recordsoort, gemeentecode, positie(rij), redenen, record,
                ctx.runId(), ctx.ingestTijd());
    }

    static String positie(long rij) {
        return "rij " + rij;
    }
}
