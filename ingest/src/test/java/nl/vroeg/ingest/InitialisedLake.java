package nl.vroeg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeLock;
import nl.vroeg.lake.SharedTestFolder;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;

/**
 * A lake as the first ingest leaves it (every table created, the CBS reference loaded, no key recorded yet): some
 * twenty Delta commits, made once per test run of a module ({@link SharedTestFolder}) and then copied into each
 * test's folder (Delta tables are relocatable), which turns half a minute per test into milliseconds. For tests of
 * what comes after the first ingest; a test of creating a lake (a crash or a lock while the tables are made) starts
 * from an empty folder.
 */
public final class InitialisedLake {

    private static Lake template;

    private InitialisedLake() {
    }

    public static synchronized Lake at(SparkSession spark, Path root) {
        if (template == null) {
            template = new Lake(SharedTestFolder.get("geinitialiseerd-lake", dir ->
                    new IngestJob(spark, new Lake(dir.resolve("lake")), SparkTest.testKey(dir), line -> { }).ingest(List.of())).resolve("lake"));
        }
        return copy(template, root);
    }

    /** A copy of the lake's files at {@code to}, without its lock file: a lake of its own (Delta tables are relocatable). */
    public static Lake copy(Lake lake, Path to) {
        try (Stream<Path> walk = Files.walk(lake.root())) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(lake.root().relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else if (!source.getFileName().toString().equals(LakeLock.FILE)) Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lake(to);
    }
}
