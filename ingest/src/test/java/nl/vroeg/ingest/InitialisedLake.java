package nl.vroeg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;

/**
 * A lake as the first ingest leaves it (every table created, the CBS reference loaded): some twenty Delta commits,
 * made once per test JVM and then copied into each test's folder (Delta tables are relocatable), which turns
 * half a minute per test into milliseconds.
 */
final class InitialisedLake {

    private static Path template;

    private InitialisedLake() {
    }

    static synchronized Lake at(SparkSession spark, Path root) {
        if (template == null) template = create(spark);
        copy(template, root);
        return new Lake(root);
    }

    private static Path create(SparkSession spark) {
        try {
            Path dir = Files.createTempDirectory("vroeg-lege-lake");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            new IngestJob(spark, new Lake(dir.resolve("lake")), SparkTest.testKey(dir), line -> { }).ingest(List.of());
            return dir.resolve("lake");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans up what is left
        }
    }
}
