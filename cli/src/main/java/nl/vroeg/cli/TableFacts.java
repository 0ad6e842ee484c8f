package nl.vroeg.cli;

import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.util.Locale;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What Delta knows of one lake table, read without a lock (a snapshot is consistent whatever a writer does): its
 * latest version and when it was committed, its rows (a scan: small tables), files and bytes.
 */
record TableFacts(String name, long version, Instant changed, long rows, long files, long bytes) {

    static TableFacts of(SparkSession spark, Lake lake, String name) {
        String path = lake.location(name).toString();
        DeltaTable table = DeltaTable.forPath(spark, path);
        Row last = table.history(1).select("version", "timestamp").first();
        Row detail = table.detail().select("numFiles", "sizeInBytes").first();
        long rows = spark.read().format("delta").load(path).count();
        return new TableFacts(name, last.getLong(0), last.<Instant>getAs(1), rows, detail.getLong(0), detail.getLong(1));
    }

    /** Bytes as a Dutch size: 512 B, 3,4 kB, 12,0 MB, 1,2 GB. */
    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f %s", value, units[unit]);
    }
}
