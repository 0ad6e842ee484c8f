package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bronze.leveringen}: which files were ingested (by the SHA-256 of their bytes) and what became of every
 * record read. Written last for a file, so a file is "done" only when all of its rows have landed.
 */
final class Ledger {

    static final String INGELEZEN = "ingelezen";
    static final String AFGEWEZEN = "afgewezen";

    /** One ledger row: records of one kind read from one file. */
    record Entry(String recordsoort, long gelezen, long geaccepteerd, long gequarantaineerd) {
    }

    private final SparkSession spark;
    private final Lake lake;
    private final DeltaAppender appender;
    private final String runId;
    private final Map<String, String> statusBySha = new HashMap<>();

    Ledger(SparkSession spark, Lake lake, DeltaAppender appender, String runId) {
        this.spark = spark;
        this.lake = lake;
        this.appender = appender;
        this.runId = runId;
        if (lake.exists(Table.LEVERINGEN)) {
            spark.read().format("delta").load(lake.location(Table.LEVERINGEN).toString())
                    .select(col("bestand_sha256"), col("status")).distinct().collectAsList()
                    .forEach(r -> statusBySha.put(r.getString(0), r.getString(1)));
        }
    }

    /** The status of an earlier ingest of these bytes, or null when they are new. */
    String statusOf(String sha256) {
        return statusBySha.get(sha256);
    }

    void recordIngested(String sha256, String bestand, String bestandsoort, Instant ingestTijd, List<Entry> entries) {
        List<Row> rows = entries.stream().map(e -> RowFactory.create(sha256, bestand, bestandsoort, e.recordsoort(),
                e.gelezen(), e.geaccepteerd(), e.gequarantaineerd(), INGELEZEN, null, runId, ingestTijd)).toList();
        appender.append(Table.LEVERINGEN, rows, sha256);
        statusBySha.put(sha256, INGELEZEN);
    }

    void recordRejected(String sha256, String bestand, String bestandsoort, Instant ingestTijd, String melding) {
        appender.append(Table.LEVERINGEN, List.of(RowFactory.create(sha256, bestand, bestandsoort, "bestand", 0L, 0L, 0L,
                AFGEWEZEN, melding, runId, ingestTijd)), sha256);
        statusBySha.put(sha256, AFGEWEZEN);
    }

    /**
     * An empty file: every empty file has the same SHA-256, so its row is written once per file name (the
     * idempotent write is keyed on both) and the empty content is never marked as seen.
     */
    void recordRejectedEmpty(String sha256, String bestand, String bestandsoort, Instant ingestTijd, String melding) {
        appender.append(Table.LEVERINGEN, List.of(RowFactory.create(sha256, bestand, bestandsoort, "bestand", 0L, 0L, 0L,
                AFGEWEZEN, melding, runId, ingestTijd)), sha256 + "-leeg-" + bestand);
    }
}
