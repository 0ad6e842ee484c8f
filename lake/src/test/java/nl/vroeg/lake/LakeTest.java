package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class LakeTest {

    @Test
    void registersEveryTableOnDiskAndTimeTravels(SparkSession spark, @TempDir Path dir) {
        Lake lake = new Lake(dir.resolve("lake"));
        String path = lake.location("gold", "proef").toString();
        spark.sql("select 1 as x").write().format("delta").save(path);
        spark.sql("select 2 as x").write().format("delta").mode("append").save(path);

        lake.register(spark);
        assertEquals(List.of("gold.proef"), lake.tableNames());
        assertEquals(3L, spark.sql("select sum(x) from gold.proef").first().getLong(0));

        assertEquals(List.of("gold.proef"), lake.register(spark, "0"));
        assertEquals(1L, spark.sql("select sum(x) from gold.proef").first().getLong(0));
        assertEquals(List.of(), lake.register(spark, "7"));
    }

    /** What a process killed while creating a table leaves (seen after kill -9: see TransformCrashTest). */
    @Test
    void aFolderWithoutACommitIsNoTableAndTheNextWriterRemovesIt(SparkSession spark, @TempDir Path dir) throws IOException {
        Lake lake = new Lake(dir.resolve("lake"));
        spark.sql("select 1 as x").write().format("delta").save(lake.location("gold", "proef").toString());
        for (String layer : Lake.LAYERS) {
            Path halfCreated = lake.location(layer, "half");
            Files.createDirectories(halfCreated.resolve("_delta_log").resolve("_staged_commits"));
            Files.write(halfCreated.resolve("part-00000.snappy.parquet"), new byte[] {1, 2, 3});
        }

        assertFalse(lake.exists("silver", "half"));
        assertTrue(lake.exists("gold", "proef"));
        assertEquals(List.of("gold.proef"), lake.tableNames());
        lake.register(spark); // threw "Cannot register silver.half" before
        assertEquals(1L, spark.sql("select count(*) from gold.proef").first().getLong(0));

        try (LakeLock lock = LakeLock.acquire(lake, "test")) {
            for (String layer : Lake.LAYERS) assertFalse(Files.exists(lake.location(layer, "half")), layer);
            assertTrue(lake.exists("gold", "proef"));
        }
    }

    @Test
    void oneWriterAtATimeAlsoWithinAProcess(@TempDir Path dir) {
        Lake lake = new Lake(dir.resolve("lake"));
        try (LakeLock first = LakeLock.acquire(lake, "ingest")) {
            var refused = assertThrows(LakeLock.LakeInUseException.class, () -> LakeLock.acquire(lake, "transform"));
            assertTrue(refused.getMessage().matches("het lake is in gebruik door proces " + ProcessHandle.current().pid()
                    + " \\(vroeg ingest\\) sinds \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; probeer het later opnieuw"),
                    refused.getMessage());
        }
        try (LakeLock again = LakeLock.acquire(lake, "transform")) {
            assertTrue(Files.exists(lake.root().resolve(LakeLock.FILE)));
        }
    }
}
