package nl.vroeg.ingest;

import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Appends one file's rows to a bronze table as an idempotent Delta write: the file's SHA-256 is the
 * transaction id, so a re-run after a crash skips the tables that were already written and nothing doubles.
 */
final class DeltaAppender {

    private final SparkSession spark;
    private final Lake lake;
    private final PurgedPeriodGuard purgedPeriod;

    DeltaAppender(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
        this.purgedPeriod = new PurgedPeriodGuard(spark, lake);
    }

    /** Every table ingest writes exists, empty if need be, so that SQL over it works from the first run. */
    void createMissingTables() {
        for (Table table : Table.values()) {
            if (!lake.exists(table)) {
                spark.createDataFrame(List.of(), table.schema()).write().format("delta").mode("append")
                        .save(lake.location(table).toString());
            }
        }
    }

    void append(Table table, List<Row> rows, String fileSha256) {
        if (rows.isEmpty()) return;
        append(table, spark.createDataFrame(rows, table.schema()), fileSha256);
    }

    /** As above, for rows too many to hold in memory (e.g. read back from a local spill file); one commit. */
    void append(Table table, Dataset<Row> rows, String fileSha256) {
        purgedPeriod.refuseRowsBeforeTheHorizon(table, rows); // purged detail never comes back
        rows.write().format("delta").mode("append")
                .option("txnAppId", "vroeg-bestand-" + fileSha256)
                .option("txnVersion", 1L)
                .save(lake.location(table).toString());
    }
}
