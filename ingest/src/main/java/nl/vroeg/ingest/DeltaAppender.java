package nl.vroeg.ingest;

import java.util.Arrays;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Appends a batch's rows to a table as an idempotent Delta write: the batch id is the transaction id, so a retry
 * of the same batch's commit cannot land its rows twice.
 */
final class DeltaAppender {

    private final SparkSession spark;
    private final Lake lake;

    DeltaAppender(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
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

    /** A few rows held in memory (the ledger's); by column name, in the table's column order. */
    void append(Table table, List<TableRow> rows, String batchId) {
        if (rows.isEmpty()) return;
        String[] columns = table.schema().fieldNames();
        List<Row> ordered = rows.stream().map(r -> RowFactory.create(Arrays.stream(columns).map(r.values()::get).toArray())).toList();
        append(table, spark.createDataFrame(ordered, table.schema()), batchId);
    }

    void append(Table table, Dataset<Row> rows, String batchId) {
        rows.write().format("delta").mode("append")
                .option("txnAppId", "vroeg-partij-" + batchId)
                .option("txnVersion", 1L)
                .save(lake.location(table).toString());
    }
}
