package nl.vroeg.security;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import nl.vroeg.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer at a time, across processes (OS file locks are per process, so two child JVMs): writers started at
 * the same moment on a new lake, two of them with the same file (issue #9: a raw ProtocolChangedException and a
 * misleading message), then an ingest and a transform at the same moment (issue #9: the transform could skip a
 * file). One runs, the other is refused with a Dutch line naming the first; after re-running what was refused,
 * nothing is lost and nothing is there twice: gold equals a clean build of the same files.
 */
@ExtendWith(SparkTest.class)
class LakeLockTest {

    private static final GeneratorSettings DATA = new GeneratorSettings(List.of("GM0589"),
            YearMonth.of(2025, 1), YearMonth.of(2025, 3), 8L).withOngeldigeGegevens(false);
    private static final long READY_TIMEOUT_SECONDS = 600;

    @TempDir
    Path dir;

    record Child(Process process, Path output, List<String> command) {
    }

    @Test
    void writersAtTheSameMomentOneRunsTheOtherIsRefusedAndNothingIsLostOrDoubled(SparkSession spark) {
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        Pseudonymiser.createKeyFile(keyFile);
        Pseudonymiser key = Pseudonymiser.fromKeyFile(keyFile);
        List<Path> files = new SampleDataGenerator(DATA).writeDeliveries(dir.resolve("invoer"), line -> { });
        assertEquals(3, files.size(), files.toString());
        Lake lake = new Lake(dir.resolve("lake"));
        String root = lake.root().toString();

        // two ingests on a new lake, both with the first file
        List<Child> ingests = atTheSameMoment(keyFile,
                List.of("ingest", "--lake", root, files.get(0).toString()),
                List.of("ingest", "--lake", root, files.get(0).toString(), files.get(1).toString()));
        Child refused = oneRanTheOtherWasRefused(ingests, "ingest");
        new IngestJob(spark, lake, key, line -> { }).ingest(paths(refused.command()));
        assertEachFileOnce(spark, lake, files.subList(0, 2));

        // an ingest and a transform
        List<Child> ingestAndTransform = atTheSameMoment(keyFile,
                List.of("ingest", "--lake", root, files.get(2).toString()),
                List.of("transform", "--lake", root));
        Child ingest = ingestAndTransform.get(0);
        refused = oneRanTheOtherWasRefused(ingestAndTransform, ingest.process().exitValue() == 0 ? "ingest" : "transform");
        if (refused == ingest) new IngestJob(spark, lake, key, line -> { }).ingest(List.of(files.get(2)));
        new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run();
        assertEachFileOnce(spark, lake, files);

        Lake clean = new Lake(dir.resolve("schoon"));
        new IngestJob(spark, clean, key, line -> { }).ingest(files);
        new TransformJob(spark, clean, TransformJob.defaultParameters(), line -> { }).run();
        // DDAS deliveries only (writeDeliveries): no partner events, so gold.gebeurtenissen_maand has nothing to compare
        for (String table : List.of("gemeente_maand", "gemeente_maand_uitsplitsing")) {
            Dataset<Row> expected = spark.read().format("delta").load(clean.location("gold", table).toString());
            Dataset<Row> actual = spark.read().format("delta").load(lake.location("gold", table).toString());
            assertTrue(expected.count() > 0, table);
            assertEquals(List.of(), expected.exceptAll(actual).limit(5).collectAsList(), "gold." + table + ": rows lost");
            assertEquals(List.of(), actual.exceptAll(expected).limit(5).collectAsList(), "gold." + table + ": rows too many");
        }
    }

    /**
     * Starts a child {@code vroeg} per command; each starts Spark first and then waits for the same start signal,
     * so that their commands begin within milliseconds of each other. Returns them ended, in the given order.
     */
    @SafeVarargs
    private List<Child> atTheSameMoment(Path keyFile, List<String>... commands) {
        Path go = dir.resolve("start-" + System.nanoTime());
        List<Path> ready = new ArrayList<>();
        List<Child> children = new ArrayList<>();
        for (List<String> command : commands) {
            Path output = dir.resolve("kind-" + System.nanoTime() + ".log");
            ready.add(dir.resolve("klaar-" + System.nanoTime()));
            children.add(new Child(ChildVroeg.start(ChildVroeg.command(keyFile, output, ready.get(ready.size() - 1), go,
                    command.toArray(String[]::new))), output, command));
        }
        long start = System.nanoTime();
        try {
            while (!ready.stream().allMatch(Files::exists)) {
                for (Child child : children) {
                    if (!child.process().isAlive()) fail("a child ended before the start:\n" + ChildVroeg.tail(child.output()));
                }
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS)) fail("children not ready");
                Thread.sleep(10);
            }
            Files.createFile(go);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!Files.exists(go)) children.forEach(c -> c.process().destroyForcibly());
        }
        children.forEach(c -> ChildVroeg.waitFor(c.process()));
        return children;
    }

    /** Exactly one child ran (exit 0); the other exited 1 with one Dutch line naming the first. Returns the refused. */
    private static Child oneRanTheOtherWasRefused(List<Child> children, String winningCommand) {
        List<Child> ran = children.stream().filter(c -> c.process().exitValue() == 0).toList();
        List<Child> refused = children.stream().filter(c -> c.process().exitValue() == 1).toList();
        String outputs = children.stream().map(c -> c.command() + " exit " + c.process().exitValue() + ":\n"
                + ChildVroeg.tail(c.output())).reduce("", (a, b) -> a + "\n" + b);
        assertEquals(1, ran.size(), outputs);
        assertEquals(1, refused.size(), outputs);
        String output = ChildVroeg.output(refused.get(0).output());
        Pattern line = Pattern.compile("(?m)^vroeg: het lake is in gebruik door proces " + ran.get(0).process().pid()
                + " \\(vroeg " + winningCommand + "\\) sinds \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; probeer het later opnieuw$");
        assertTrue(line.matcher(output).find(), outputs);
        assertFalse(output.contains("Exception"), output);
        return refused.get(0);
    }

    /** The ledger records each file by one run, and its signals are in bronze once. */
    private static void assertEachFileOnce(SparkSession spark, Lake lake, List<Path> files) {
        Dataset<Row> ledger = spark.read().format("delta").load(lake.location(Table.LEVERINGEN).toString());
        Dataset<Row> signals = spark.read().format("delta").load(lake.location(Table.SIGNALEN).toString());
        for (Path file : files) {
            String sha = Sha256.of(file);
            Dataset<Row> recorded = ledger.filter(col("bestand_sha256").equalTo(sha));
            assertEquals(1, recorded.select("run_id").distinct().count(), file + ": one run recorded it");
            long accepted = recorded.filter(col("recordsoort").equalTo("signaal")).first().getAs("geaccepteerd");
            Dataset<Row> landed = signals.filter(col("_bestand_sha256").equalTo(sha));
            assertEquals(accepted, landed.count(), file + ": every signal landed");
            assertEquals(accepted, landed.select("gemeentecode", "signaal_id").distinct().count(), file + ": no signal twice");
        }
    }

    private static List<Path> paths(List<String> ingestCommand) {
        return ingestCommand.subList(3, ingestCommand.size()).stream().map(Path::of).toList();
    }
}
