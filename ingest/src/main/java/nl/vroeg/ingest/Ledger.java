package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bronze.leveringen}: which files were ingested (by the SHA-256 of their bytes) and what became of every
 * record read. A file's ledger rows wait in its batch and are committed after all of the batch's data
 * ({@link IngestBatch#commit}), so a file is "done" only when all of its rows have landed.
 */
final class Ledger {

    static final String INGELEZEN = "ingelezen";
    static final String AFGEWEZEN = "afgewezen";

    /** One ledger row: records of one kind read from one file. */
    record Entry(String recordsoort, long gelezen, long geaccepteerd, long gequarantaineerd) {
    }

    /** A file's ledger rows, waiting for its batch's commit (which sets their ingest time). */
    record Pending(String sha256, String bestand, String bestandsoort, String status, String melding, List<Entry> entries) {

        List<TableRow> rows(String runId, Instant ingestTijd) {
            return entries.stream().map(e -> new TableRow(Table.LEVERINGEN).set("bestand_sha256", sha256)
                    .set("bestand", bestand).set("bestandsoort", bestandsoort).set("recordsoort", e.recordsoort())
                    .set("gelezen", e.gelezen()).set("geaccepteerd", e.geaccepteerd())
                    .set("gequarantaineerd", e.gequarantaineerd()).set("status", status).set("melding", melding)
                    .set("run_id", runId).set("ingest_tijd", ingestTijd)).toList();
        }
    }

    private final Map<String, String> statusBySha = new HashMap<>();
    private final Instant latest;

    Ledger(SparkSession spark, Lake lake) {
        Instant latestSeen = null;
        if (lake.exists(Table.LEVERINGEN)) {
            // one Spark job: each file's statuses with their latest time, the lake's latest time from those
            for (Row r : spark.read().format("delta").load(lake.location(Table.LEVERINGEN).toString())
                    .groupBy(col("bestand_sha256"), col("status")).agg(max("ingest_tijd")).collectAsList()) {
                statusBySha.put(r.getString(0), r.getString(1));
                Instant time = r.getAs(2);
                if (time != null && (latestSeen == null || time.isAfter(latestSeen))) latestSeen = time;
            }
        }
        latest = latestSeen;
    }

    /** The status of an earlier ingest of these bytes (this run's included), or null when they are new. */
    String statusOf(String sha256) {
        return statusBySha.get(sha256);
    }

    /** The latest ingest time in the ledger when this run started; null for a new lake. */
    Instant latest() {
        return latest;
    }

    Pending ingested(String sha256, String bestand, String bestandsoort, List<Entry> entries) {
        statusBySha.put(sha256, INGELEZEN);
        return new Pending(sha256, bestand, bestandsoort, INGELEZEN, null, entries);
    }

    Pending rejected(String sha256, String bestand, String bestandsoort, String melding) {
        statusBySha.put(sha256, AFGEWEZEN);
        return new Pending(sha256, bestand, bestandsoort, AFGEWEZEN, melding, List.of(new Entry("bestand", 0, 0, 0)));
    }

    /**
     * An empty file: every empty file has the same SHA-256, so it is recorded under its own name each time and
     * the empty content is never marked as seen.
     */
    Pending rejectedEmpty(String sha256, String bestand, String bestandsoort, String melding) {
        return new Pending(sha256, bestand, bestandsoort, AFGEWEZEN, melding, List.of(new Entry("bestand", 0, 0, 0)));
    }
}
