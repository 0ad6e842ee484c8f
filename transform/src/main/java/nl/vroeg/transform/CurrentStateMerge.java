package nl.vroeg.transform;

import io.delta.tables.DeltaTable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes the current state per identity into a silver table with Delta MERGE on the model's key: new identities
 * are inserted, changed ones updated, identities no longer current deleted, and unchanged rows left alone. Each
 * version of the table is thereby the change one transform made, and {@code vroeg sql --as-of} shows any earlier
 * state.
 */
final class CurrentStateMerge {

    private CurrentStateMerge() {
    }

    /** Merges {@code current} into the Delta table at {@code path}, which must have the same columns. */
    static void merge(SparkSession spark, String model, Dataset<Row> current, String path, List<String> key) {
        Dataset<Row> source = current.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            requireUniqueKey(model, source, key);
            List<String> others = Arrays.stream(source.columns()).filter(c -> !key.contains(c)).toList();
            String sameKey = key.stream().map(c -> "t." + c + " <=> s." + c).collect(Collectors.joining(" and "));
            String changed = others.isEmpty() ? "false"
                    : "not (" + others.stream().map(c -> "t." + c + " <=> s." + c).collect(Collectors.joining(" and ")) + ")";
            DeltaTable.forPath(spark, path).as("t")
                    .merge(source.as("s"), sameKey)
                    .whenMatched(changed).updateAll()
                    .whenNotMatched().insertAll()
                    .whenNotMatchedBySource().delete()
                    .execute();
        } finally {
            source.unpersist();
        }
    }

    /** Whether the table at {@code path} has the columns (names and types, in order) of {@code current}. */
    static boolean sameColumns(SparkSession spark, Dataset<Row> current, String path) {
        StructField[] table = spark.read().format("delta").load(path).schema().fields();
        StructField[] result = current.schema().fields();
        if (table.length != result.length) return false;
        for (int i = 0; i < table.length; i++) {
            if (!table[i].name().equals(result[i].name()) || !table[i].dataType().sameType(result[i].dataType())) return false;
        }
        return true;
    }

    /** The key of the model's header must identify its rows: a MERGE would otherwise insert duplicates. */
    private static void requireUniqueKey(String model, Dataset<Row> source, List<String> key) {
        Column[] keyColumns = key.stream().map(functions::col).toArray(Column[]::new);
        List<Row> duplicate = source.groupBy(keyColumns).count().where("count > 1").limit(1).collectAsList();
        if (!duplicate.isEmpty()) {
            throw new IllegalStateException(model + ": the key (" + String.join(", ", key)
                    + ") is not unique; a duplicate: " + duplicate.get(0));
        }
    }
}
