package nl.vroeg.benchmark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Parquet files that make up the current version of a Delta table, found by replaying its commit log
 * ({@code _delta_log/NNN.json}: files added minus files removed), so that DuckDB can read the table without a Delta
 * extension. Refuses what a plain Parquet reader would get wrong: deletion vectors (rows hidden inside a file) and
 * a log whose early commits were cleaned up (only a checkpoint would know those files).
 */
final class DeltaTableFiles {

    private DeltaTableFiles() {
    }

    static List<Path> active(Connection duckdb, Path table) throws SQLException {
        Path log = table.resolve("_delta_log");
        if (!Files.isRegularFile(log.resolve("00000000000000000000.json"))) {
            throw new IllegalStateException(table + ": the Delta log does not start at version 0 (cleaned up); cannot replay it");
        }
        String sql = "select filename, \"add\".path, \"add\".\"deletionVector\" is not null, remove.path"
                + " from read_json(" + Sql.literal(log + "/*.json") + ", format = 'newline_delimited', filename = true,"
                + " columns = {\"add\": 'STRUCT(path VARCHAR, \"deletionVector\" JSON)', remove: 'STRUCT(path VARCHAR)'})"
                + " where regexp_full_match(parse_filename(filename), '[0-9]{20}\\.json')"
                + " order by filename";
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        Set<String> withDeletionVector = new LinkedHashSet<>();
        try (Statement statement = duckdb.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String add = rows.getString(2);
                if (add != null) {
                    added.add(add);
                    removed.remove(add);
                    if (rows.getBoolean(3)) withDeletionVector.add(add);
                }
                String remove = rows.getString(4);
                if (remove != null) {
                    added.remove(remove);
                    removed.add(remove);
                }
            }
        }
        withDeletionVector.retainAll(added);
        if (!withDeletionVector.isEmpty()) {
            throw new IllegalStateException(table + ": " + withDeletionVector.size()
                    + " file(s) carry deletion vectors; a plain Parquet reader would count the rows they hide");
        }
        List<Path> files = new ArrayList<>();
        for (String path : added) {
            // log paths are relative URIs (percent-encoded), e.g. maand=2025-01-01/part-00000-....snappy.parquet
            files.add(table.resolve(URI.create(path).getPath()));
        }
        return files;
    }

    /** A DuckDB table expression reading the table's current files ({@code hive_partitioning}: partition columns). */
    static String readParquet(Connection duckdb, Path table) throws SQLException {
        List<Path> files = active(duckdb, table);
        if (files.isEmpty()) throw new IllegalStateException(table + ": the current version has no files");
        List<String> literals = files.stream().map(f -> Sql.literal(f.toString())).toList();
        return "read_parquet([" + String.join(", ", literals) + "], hive_partitioning = true, union_by_name = true)";
    }
}
