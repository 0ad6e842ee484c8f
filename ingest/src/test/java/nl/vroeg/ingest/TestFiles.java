package nl.vroeg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.SparkSession;

/** Small helpers the ingest tests share. */
final class TestFiles {

    private TestFiles() {
    }

    /** Copies a DDAS test resource ({@code /ddas/<name>}) into dir. */
    static Path ddasExample(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = TestFiles.class.getResourceAsStream("/ddas/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** The table's latest Delta version: unchanged means nothing was written. */
    static long latestVersion(SparkSession spark, Lake lake, Table table) {
        return spark.sql("describe history delta.`" + lake.location(table) + "`").first().getLong(0);
    }
}
