package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vroeg.lake.ChildJvm;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idempotence under a real crash: a child JVM ingests a big DDAS file and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a moment seen from outside, in the lake folder, in the middle of the
 * write. The same file is then ingested again in this JVM and must land exactly as a clean ingest of it does.
 */
@ExtendWith(SparkTest.class)
class IngestCrashTest {

    /** One month of Amsterdam: some 3,600 signals and 2,700 cases, a write of seconds in a fresh JVM. */
    private static final GeneratorSettings BIG_DELIVERY =
            new GeneratorSettings(List.of("GM0363"), YearMonth.of(2025, 1), YearMonth.of(2025, 1), 7L);
    private static final long CHILD_TIMEOUT_SECONDS = 180;
    /** Tables a DDAS file writes, in the order it writes them; the ledger comes last. */
    private static final List<Table> WRITTEN = List.of(Table.SIGNALEN, Table.ZAKEN, Table.DDAS_LEVERINGEN,
            Table.QUARANTAINE, Table.DQ_RESULTATEN, Table.LEVERINGEN);
    /** Differ per run by design; everything else must be identical to a clean ingest. */
    private static final Set<String> PER_RUN = Set.of("run_id", "ingest_tijd", "tijd", "_run_id", "_ingest_tijd");

    @TempDir
    static Path shared;
    static Path keyFile;
    static Pseudonymiser key;
    static Path file;
    static String sha;
    static Lake clean;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateTheFileAndIngestItCleanly(SparkSession spark) {
        keyFile = shared.resolve("sleutel").resolve("sleutel.txt");
        Pseudonymiser.createKeyFile(keyFile);
        key = Pseudonymiser.fromKeyFile(keyFile);
        file = new SampleDataGenerator(BIG_DELIVERY).writeDeliveries(shared.resolve("ddas"), line -> { }).get(0);
        sha = Sha256.of(file);
        clean = InitialisedLake.at(spark, shared.resolve("schoon"));
        new IngestJob(spark, clean, key, line -> { }).ingest(List.of(file));
        assertTrue(ofTheFile(spark, clean, Table.SIGNALEN).count() > 3000, "the file is as big as the kill points need");
    }

    @Test
    void killedWhileTheSignalFilesAreWrittenTheRerunLandsTheFileOnce(SparkSession spark) {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        Set<Path> before = parquetFiles(lake, Table.SIGNALEN);
        long committed = logVersion(lake, Table.SIGNALEN);

        killChildWhen(lake, () -> !before.containsAll(parquetFiles(lake, Table.SIGNALEN)),
                "the first new Parquet file of bronze.signalen");

        // Mid-write: data files on disk that no commit names, nothing committed and nothing in the ledger.
        assertEquals(committed, logVersion(lake, Table.SIGNALEN), "killed too late: bronze.signalen was already committed");
        Set<Path> orphans = orphans(spark, lake, Table.SIGNALEN);
        assertFalse(orphans.isEmpty(), "the crash left uncommitted data files");
        assertNotInLedger(spark, lake);

        rerunLandsAsTheCleanIngest(spark, lake);
        // Equal rows above mean Delta did not read them; here: they are still there, outside the snapshot.
        assertTrue(orphans(spark, lake, Table.SIGNALEN).containsAll(orphans), "the crash's uncommitted files are not in the table");
    }

    @Test
    void killedAfterTheSignalsWereCommittedTheRerunLandsTheRestOnce(SparkSession spark) {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        long committed = logVersion(lake, Table.SIGNALEN);
        long ledger = logVersion(lake, Table.LEVERINGEN);

        killChildWhen(lake, () -> logVersion(lake, Table.SIGNALEN) > committed, "the commit of bronze.signalen");

        assertEquals(committed + 1, logVersion(lake, Table.SIGNALEN));
        assertEquals(ledger, logVersion(lake, Table.LEVERINGEN), "killed too late: the ledger was already written");
        assertNotInLedger(spark, lake);

        rerunLandsAsTheCleanIngest(spark, lake);
    }

    /**
     * Starts the child JVM on the big file and kills it (SIGKILL) as soon as the lake shows the kill point. Fails
     * when the child ends before that point: a crash test that never crashed proves nothing.
     */
    private void killChildWhen(Lake lake, BooleanSupplier killPoint, String what) {
        Path output = dir.resolve("child.log");
        Process child;
        try {
            child = childJvm(lake).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        try {
            while (!killPoint.getAsBoolean()) {
                if (!child.isAlive()) {
                    fail("The child ended (exit " + child.exitValue() + ") before " + what + "; output:\n" + tail(output));
                }
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS)) {
                    fail("No " + what + " after " + CHILD_TIMEOUT_SECONDS + " s; output:\n" + tail(output));
                }
                Thread.sleep(2);
            }
            child.destroyForcibly();
            child.waitFor();
            System.out.printf("IngestCrashTest: killed at %s, %d ms after the child's start%n", what,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            child.destroyForcibly();
        }
    }

    /** A child JVM ({@link ChildJvm}); the key by the variable the product reads. */
    private ProcessBuilder childJvm(Lake lake) {
        List<String> command = ChildJvm.command(Child.class, lake.root().toString(), file.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put(Pseudonymiser.KEY_FILE_VARIABLE, keyFile.toString());
        return builder;
    }

    /** The child JVM: {@code vroeg ingest <file>} into the lake, with the key the environment names. */
    static final class Child {
        public static void main(String[] args) {
            int status = 0;
            try {
                new IngestJob(VroegSpark.session(), new Lake(Path.of(args[0])), Pseudonymiser.fromEnvironment(), System.out::println)
                        .ingest(List.of(Path.of(args[1])));
            } catch (Throwable e) {
                e.printStackTrace();
                status = 1;
            }
            System.exit(status); // Spark's non-daemon threads would keep the JVM alive
        }
    }

    private void rerunLandsAsTheCleanIngest(SparkSession spark, Lake lake) {
        var rerun = new IngestJob(spark, lake, key, line -> { }).ingest(List.of(file)).files().get(0);
        assertEquals(IngestJob.Outcome.INGELEZEN, rerun.outcome(), rerun.message());

        List<Row> ledger = ofTheFile(spark, lake, Table.LEVERINGEN).collectAsList();
        assertEquals(3, ledger.size(), "one ledger row per record kind: " + ledger);
        for (Row r : ledger) {
            assertEquals(Ledger.INGELEZEN, r.<String>getAs("status"));
            assertEquals(r.<Long>getAs("gelezen"), r.<Long>getAs("geaccepteerd") + r.<Long>getAs("gequarantaineerd"), r.toString());
        }
        assertEquals(1, ledger.stream().map(r -> r.getAs("run_id")).distinct().count(), "one run recorded the file");
        assertEquals(ledger.stream().filter(r -> r.getAs("recordsoort").equals(DdasDelivery.SIGNAAL)).findFirst().orElseThrow()
                .<Long>getAs("geaccepteerd"), ofTheFile(spark, lake, Table.SIGNALEN).count());

        assertNoDuplicates(ofTheFile(spark, lake, Table.SIGNALEN), "gemeentecode", "signaal_id");
        assertNoDuplicates(ofTheFile(spark, lake, Table.ZAKEN), "gemeentecode", "zaak_id");
        for (Table table : WRITTEN) {
            assertSameRows(ofTheFile(spark, clean, table), ofTheFile(spark, lake, table), table);
        }
    }

    /** The same multiset of rows, run columns aside: one job per table (counts rows per distinct row, +1/-1). */
    private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, Table table) {
        Dataset<Row> e = withoutRunColumns(expected);
        Column[] columns = Arrays.stream(e.columns()).map(functions::col).toArray(Column[]::new);
        List<Row> differences = e.withColumn("_verschil", lit(1))
                .unionByName(withoutRunColumns(actual).withColumn("_verschil", lit(-1)))
                .groupBy(columns).agg(sum("_verschil").as("_verschil")).filter(col("_verschil").notEqual(0))
                .limit(5).collectAsList();
        assertEquals(List.of(), differences, table.qualifiedName() + " differs from a clean ingest (_verschil 1: a row missing, -1: one too many)");
    }

    private static void assertNotInLedger(SparkSession spark, Lake lake) {
        assertEquals(0, ofTheFile(spark, lake, Table.LEVERINGEN).count(), "killed too late: the ledger recorded the file");
    }

    private static void assertNoDuplicates(Dataset<Row> rows, String... identity) {
        List<Row> duplicates = rows.groupBy(Arrays.stream(identity).map(functions::col).toArray(Column[]::new))
                .count().filter(col("count").gt(1)).limit(5).collectAsList();
        assertEquals(List.of(), duplicates, "duplicate " + String.join("+", identity));
    }

    private static Dataset<Row> ofTheFile(SparkSession spark, Lake lake, Table table) {
        String shaColumn = Arrays.asList(table.schema().fieldNames()).contains("bestand_sha256") ? "bestand_sha256" : "_bestand_sha256";
        return spark.read().format("delta").load(lake.location(table).toString()).filter(col(shaColumn).equalTo(sha));
    }

    private static Dataset<Row> withoutRunColumns(Dataset<Row> rows) {
        return rows.drop(PER_RUN.toArray(String[]::new));
    }

    /** Data files on disk that the table's current snapshot does not name. */
    private static Set<Path> orphans(SparkSession spark, Lake lake, Table table) {
        Set<Path> read = Arrays.stream(spark.read().format("delta").load(lake.location(table).toString()).inputFiles())
                .map(f -> Path.of(URI.create(f))).collect(Collectors.toSet());
        Set<Path> orphans = new HashSet<>(parquetFiles(lake, table));
        orphans.removeAll(read);
        return orphans;
    }

    private static Set<Path> parquetFiles(Lake lake, Table table) {
        try (Stream<Path> files = Files.list(lake.location(table))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest committed version, from the commit files: cheap enough to poll every few milliseconds. */
    private static long logVersion(Lake lake, Table table) {
        try (Stream<Path> files = Files.list(lake.location(table).resolve("_delta_log"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{20}\\.json"))
                    .mapToLong(n -> Long.parseLong(n.substring(0, 20))).max().orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
