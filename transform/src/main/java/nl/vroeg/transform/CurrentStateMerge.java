package nl.vroeg.transform;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * are inserted, changed ones updated, and unchanged rows left alone. From the whole current state (a full run),
 * identities no longer current are deleted; from the new rows only (an incremental run), a row marked
 * {@link #DELETED} is deleted, a row with a {@code _versie} replaces the held one only when it is later, and the
 * rest of the table is not read beyond the keys. Each version of the table is thereby the change one transform made,
 * and {@code vroeg sql --as-of} shows any earlier state.
 */
final class CurrentStateMerge {

    /** A model's column that marks a row of an incremental result as a deletion; never written. */
    static final String DELETED = "_vervallen";
    /** A column ordering the versions of an identity; a later one wins. */
    static final String VERSION = "_versie";

    private CurrentStateMerge() {
    }

    /**
     * Merges {@code current} into the Delta table at {@code path}, which must have the same columns.
     *
     * @param newRowsOnly {@code current} holds only new or changed identities (and deletions): the others stay
     */
    static void merge(SparkSession spark, String model, Dataset<Row> current, String path, List<String> key, boolean newRowsOnly) {
        Dataset<Row> source = (newRowsOnly ? current : withoutDeletions(current)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            requireUniqueKey(model, source, key);
            List<String> columns = Arrays.stream(withoutDeletions(source).columns()).toList();
            List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
            String sameKey = key.stream().map(c -> "t." + c + " <=> s." + c).collect(Collectors.joining(" and "));
            String changed = others.isEmpty() ? "false"
                    : "not (" + others.stream().map(c -> "t." + c + " <=> s." + c).collect(Collectors.joining(" and ")) + ")";
            DeltaMergeBuilder merge = DeltaTable.forPath(spark, path).as("t").merge(source.as("s"), sameKey);
            if (!newRowsOnly) {
                merge.whenMatched(changed).updateAll()
                        .whenNotMatched().insertAll()
                        .whenNotMatchedBySource().delete()
                        .execute();
                return;
            }
            Map<String, Column> values = new LinkedHashMap<>();
            for (String c : columns) values.put(c, functions.col("s." + c));
            boolean hasDeletions = Arrays.asList(source.columns()).contains(DELETED);
            String kept = hasDeletions ? "not s." + DELETED : "true";
            String later = columns.contains(VERSION) ? " and s." + VERSION + " > t." + VERSION : "";
            if (hasDeletions) merge = merge.whenMatched("s." + DELETED).delete();
            merge.whenMatched(kept + " and " + changed + later).update(values)
                    .whenNotMatched(kept).insert(values)
                    .execute();
        } finally {
            source.unpersist();
        }
    }

    /** The result without the deletion marker column (and without rows it marks). */
    static Dataset<Row> withoutDeletions(Dataset<Row> result) {
        if (!Arrays.asList(result.columns()).contains(DELETED)) return result;
        return result.where("not " + DELETED).drop(DELETED);
    }

    /**
     * Whether the table at {@code path} has the columns (names, types and comments, in order) of {@code current} and
     * is partitioned by {@code partitionColumns}; if not, the table is rewritten whole (a full run: models or docs
     * changed; a MERGE would keep the old layout).
     */
    static boolean sameLayout(SparkSession spark, Dataset<Row> current, String path, List<String> partitionColumns) {
        DeltaTable table = DeltaTable.forPath(spark, path);
        StructField[] held = table.toDF().schema().fields();
        StructField[] result = withoutDeletions(current).schema().fields();
        if (held.length != result.length) return false;
        for (int i = 0; i < held.length; i++) {
            if (!held[i].name().equals(result[i].name()) || !held[i].dataType().sameType(result[i].dataType())
                    || !held[i].getComment().equals(result[i].getComment())) return false;
        }
        return table.detail().select("partitionColumns").first().getList(0).equals(partitionColumns);
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
