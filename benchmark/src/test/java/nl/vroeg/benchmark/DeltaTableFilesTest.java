package nl.vroeg.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Delta table laid out by hand as Delta writes it: Parquet files and a JSON commit log that adds and removes them. */
class DeltaTableFilesTest {

    @TempDir
    Path table;

    @Test
    void readsOnlyTheFilesOfTheCurrentVersion() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            Files.createDirectories(table.resolve("_delta_log"));
            Files.createDirectories(table.resolve("maand=2025-01-01"));
            Files.createDirectories(table.resolve("maand=2025-02-01"));
            parquet(duckdb, "maand=2025-01-01/part-0.parquet", "select 1 as id union all select 2");
            parquet(duckdb, "maand=2025-01-01/part-1.parquet", "select 10 as id");
            parquet(duckdb, "maand=2025-02-01/part 2.parquet", "select 20 as id");
            commit(0, "{\"commitInfo\":{\"operation\":\"WRITE\"}}", "{\"protocol\":{\"minReaderVersion\":1}}",
                    "{\"add\":{\"path\":\"maand=2025-01-01/part-0.parquet\",\"deletionVector\":null}}");
            commit(1, "{\"add\":{\"path\":\"maand=2025-01-01/part-1.parquet\"}}", "{\"remove\":{\"path\":\"maand=2025-01-01/part-0.parquet\"}}");
            commit(2, "{\"add\":{\"path\":\"maand=2025-02-01/part%202.parquet\"}}");

            List<Path> files = DeltaTableFiles.active(duckdb, table);

            assertEquals(List.of(table.resolve("maand=2025-01-01/part-1.parquet"), table.resolve("maand=2025-02-01/part 2.parquet")), files);
            try (Statement s = duckdb.createStatement();
                 ResultSet r = s.executeQuery("select sum(id), count(distinct maand) from " + DeltaTableFiles.readParquet(duckdb, table))) {
                r.next();
                assertEquals(30, r.getLong(1));
                assertEquals(2, r.getLong(2)); // the partition column comes from the path
            }
        }
    }

    @Test
    void refusesFilesWithDeletionVectors() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            Files.createDirectories(table.resolve("_delta_log"));
            parquet(duckdb, "part-0.parquet", "select 1 as id");
            commit(0, "{\"add\":{\"path\":\"part-0.parquet\",\"deletionVector\":{\"storageType\":\"u\",\"cardinality\":1}}}");

            assertThrows(IllegalStateException.class, () -> DeltaTableFiles.active(duckdb, table));
        }
    }

    @Test
    void refusesALogWithoutItsFirstCommit() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            Files.createDirectories(table.resolve("_delta_log"));
            commit(5, "{\"add\":{\"path\":\"part-0.parquet\"}}");

            assertThrows(IllegalStateException.class, () -> DeltaTableFiles.active(duckdb, table));
        }
    }

    private void parquet(Connection duckdb, String name, String query) throws Exception {
        try (Statement s = duckdb.createStatement()) {
            s.execute("copy (" + query + ") to " + Sql.literal(table.resolve(name).toString()) + " (format parquet)");
        }
    }

    private void commit(long version, String... actions) throws Exception {
        Files.writeString(table.resolve("_delta_log").resolve(String.format("%020d.json", version)), String.join("\n", actions) + "\n");
    }
}
