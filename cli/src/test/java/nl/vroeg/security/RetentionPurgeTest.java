package nl.vroeg.security;

import static nl.vroeg.cli.CliRun.vroeg;
import nl.vroeg.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.RetentionHorizon;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.transform.RetentionPurge;
import nl.vroeg.transform.TransformJob;
import nl.vroeg.transform.TransformedLake;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 8, on a copy of a real lake of a small generated data set ({@link TransformedLake}: two
 * municipalities, January-March 2025, a quarantined record): the purge
 * deletes detail before the grens from every Parquet file (read raw, not through Delta) and from time travel,
 * leaves gold as it was (also through a later full transform), refuses an old file again, and a dry run changes
 * nothing.
 */
@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionPurgeTest {

    /** 20 months before the peildatum: the grens is 1 March 2025, so January and February are purged. */
    static final String PEILDATUM = "2026-11-15";
    static final String BEWAARTERMIJN = "20";
    static final LocalDate GRENS = LocalDate.of(2025, 3, 1);
    static final List<String> DETAIL_TABLES = List.of("bronze/signalen", "silver/signalen", "bronze/gebeurtenissen",
            "silver/gebeurtenissen", "bronze/zaken", "silver/zaken", "silver/zaak_signalen", "silver/contactpogingen",
            "silver/zaak_kenmerken", "quarantaine/records");

    SparkSession spark;
    Path dir;
    Lake lake;
    Pseudonymiser key;
    List<Path> generated;
    Map<String, List<String>> goldBefore;
    long signalsBefore;
    List<String> purgedSignalIds;
    List<String> purgedCaseIds;
    long versionBeforePurge;
    /** A delivery with signals before the grens. */
    String oldFile;

    @BeforeAll
    void copyTheTransformedLake(SparkSession spark, @TempDir Path dir) {
        this.spark = spark;
        this.dir = dir;
        TransformedLake transformed = TransformedLake.get(spark);
        generated = transformed.generated();
        lake = transformed.copy(dir.resolve("lake"));
        key = Pseudonymiser.fromKeyFile(transformed.keyFile());
        lake.register(spark);
        goldBefore = gold();
        signalsBefore = spark.table("bronze.signalen").count();
        purgedSignalIds = strings("select distinct signaal_id from bronze.signalen where signaaldatum < date'" + GRENS + "'");
        purgedCaseIds = strings("select distinct zaak_id from silver.zaak_kenmerken where eerste_signaaldatum < date'" + GRENS + "'");
        assertTrue(purgedSignalIds.size() > 5 && purgedCaseIds.size() > 2, "the data set has detail before the grens");
        assertTrue(spark.table("quarantaine.records").count() > 0, "the data set has quarantined records");
        oldFile = strings("select _bron_bestand from bronze.signalen where signaaldatum < date'" + GRENS + "' order by _bron_bestand limit 1").get(0);
    }

    @Test
    @Order(1)
    void aDryRunReportsAndChangesNothing() {
        Map<String, Long> versions = versions();
        CliRun run = vroeg("purge", "--lake", lake.root().toString(), "--bewaartermijn", BEWAARTERMIJN, "--peildatum", PEILDATUM, "--droog");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Droog, zou verwijderen: detail van vóór " + GRENS), run.out());
        assertTrue(run.err().contains("bronze.signalen: " + countBeforeGrens("bronze.signalen") + " rij(en)"), run.err());
        Map<String, Long> after = versions();
        after.remove("ops.purge_runs");
        versions.remove("ops.purge_runs");
        assertEquals(versions, after, "a dry run writes no table but its own record");
        assertTrue(RetentionHorizon.of(spark, lake).isEmpty(), "a dry run sets no horizon");
        lake.register(spark);
        assertEquals(List.of("true"), strings("select cast(droog as string) from ops.purge_runs"));
        assertEquals(goldBefore, gold());
    }

    @Test
    @Order(2)
    void thePurgeDeletesDetailFromEveryParquetFileAndFromTimeTravel() {
        lake.register(spark);
        versionBeforePurge = spark.sql("describe history delta.`" + lake.location("bronze", "signalen") + "`").agg(
                org.apache.spark.sql.functions.max("version")).first().getLong(0);
        long expected = countBeforeGrens("bronze.signalen");
        CliRun run = vroeg("purge", "--lake", lake.root().toString(), "--bewaartermijn", BEWAARTERMIJN, "--peildatum", PEILDATUM);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("bewaarcontrole staat alleen tijdens deze purge uit"), run.err());

        lake.register(spark);
        assertEquals(signalsBefore - expected, spark.table("bronze.signalen").count());
        Row recorded = spark.sql("select * from ops.purge_runs where not droog").first();
        assertEquals(GRENS, recorded.getAs("grens"));
        assertEquals(GRENS.plusMonths(12), recorded.getAs("gold_vast_tot"));
        assertEquals(expected, recorded.<scala.collection.Map<String, Long>>getAs("rijen").get("bronze.signalen").get());

        // raw Parquet, every file under each table folder (current or not), read without Delta
        for (String table : DETAIL_TABLES) {
            Dataset<Row> raw = rawParquet(table);
            if (raw == null) continue;
            List<String> columns = List.of(raw.columns());
            if (columns.contains("signaal_id")) assertEquals(0, raw.where(raw.col("signaal_id").isin(purgedSignalIds.toArray())).count(), table);
            if (columns.contains("zaak_id")) assertEquals(0, raw.where(raw.col("zaak_id").isin(purgedCaseIds.toArray())).count(), table);
            if (columns.contains("signaaldatum")) assertEquals(0, raw.where("signaaldatum < date'" + GRENS + "'").count(), table);
            if (columns.contains("datum") && table.contains("gebeurtenissen")) assertEquals(0, raw.where("datum < date'" + GRENS + "'").count(), table);
        }
        // nor in a Delta checkpoint (Parquet, in _delta_log)
        List<String> hits = parquetFiles(lake.root()).stream().filter(p -> p.toString().contains("_delta_log")).flatMap(file -> spark.read().parquet(file.toString()).toJSON()
                .collectAsList().stream().filter(json -> purgedSignalIds.stream().anyMatch(id -> json.contains("\"" + id + "\"")))
                .map(json -> lake.root().relativize(file).toString())).distinct().toList();
        assertEquals(List.of(), hits);

        // time travel to before the purge cannot bring them back
        CliRun asOf = vroeg("sql", "--lake", lake.root().toString(), "--as-of", Long.toString(versionBeforePurge), "--format", "csv",
                "select count(*) as n from bronze.signalen where signaaldatum < date'" + GRENS + "'");
        assertTrue(asOf.exitCode() != 0 || asOf.out().equals("n\n0\n"), asOf.out() + asOf.err());
        assertThrows(Exception.class, () -> spark.sql("select * from delta.`" + lake.location("bronze", "signalen")
                + "` version as of " + versionBeforePurge + " where signaaldatum < date'" + GRENS + "'").collectAsList());

        assertEquals(goldBefore, gold(), "gold is kept as it was");
    }

    @Test
    @Order(3)
    void aLaterTransformAlsoFullLeavesGoldUnchanged() {
        List<String> progress = new java.util.ArrayList<>();
        new TransformJob(spark, lake, TransformJob.defaultParameters(), progress::add).run(true);
        assertTrue(progress.contains("Gold: maanden vóór " + GRENS.plusMonths(12) + " blijven ongewijzigd (detail van vóór "
                + GRENS + " is verwijderd door vroeg purge)"), progress.toString());
        assertEquals(goldBefore, gold());
        new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run();
        assertEquals(goldBefore, gold());
    }

    @Test
    @Order(4)
    void anOldFileIsRefusedAndItsPurgedRowsDoNotComeBack() throws IOException {
        Path old = generated.stream().filter(p -> p.getFileName().toString().equals(oldFile)).findFirst().orElseThrow();
        IngestJob.Result same = new IngestJob(spark, lake, key, line -> { }).ingest(List.of(old));
        assertEquals(IngestJob.Outcome.AL_INGELEZEN, same.files().get(0).outcome(), "the same bytes: already ingested");

        Path changed = dir.resolve("opnieuw").resolve("opnieuw-" + old.getFileName());
        Files.createDirectories(changed.getParent());
        Files.writeString(changed, Files.readString(old) + "\n"); // other bytes, other SHA-256, same records
        IngestJob.Result again = new IngestJob(spark, lake, key, line -> { }).ingest(List.of(changed));
        IngestJob.FileResult result = again.files().get(0);
        assertEquals(IngestJob.Outcome.AFGEWEZEN, result.outcome(), result.message());
        assertTrue(result.message().contains(changed.getFileName() + " afgewezen") && result.message().contains("grens van de bewaartermijn")
                && result.message().contains(GRENS.toString()), result.message());
        lake.register(spark);
        assertEquals(0, countBeforeGrens("bronze.signalen"));
        assertNotEquals(0, spark.table("bronze.signalen").count());
    }

    @Test
    @Order(5)
    void quarantineIsPurgedByIngestDate() {
        new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run();
        // a peildatum far ahead, so that the ingest date of every quarantined record (today) is before the grens
        LocalDate future = LocalDate.now().plusMonths(3);
        RetentionPurge.Result result = new RetentionPurge(spark, lake, line -> { }).run(future, 1, false);
        assertTrue(result.rijen().get("quarantaine.records") > 0, result.toString());
        assertEquals(0, rawParquet("quarantaine/records") == null ? 0 : rawParquet("quarantaine/records").count());
        assertEquals(goldBefore, gold());
    }

    private long countBeforeGrens(String table) {
        return spark.table(table).where("signaaldatum < date'" + GRENS + "'").count();
    }

    private Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String name : lake.tableNames()) {
            String[] parts = name.split("\\.");
            versions.put(name, spark.sql("describe history delta.`" + lake.location(parts[0], parts[1]) + "`")
                    .agg(org.apache.spark.sql.functions.max("version")).first().getLong(0));
        }
        return versions;
    }

    /** Every gold table, row by row (sorted JSON lines). */
    private Map<String, List<String>> gold() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String name : lake.tableNames().stream().filter(n -> n.startsWith("gold.")).toList()) {
            String[] parts = name.split("\\.");
            tables.put(name, spark.read().format("delta").load(lake.location(parts[0], parts[1]).toString()).toJSON()
                    .collectAsList().stream().sorted().toList());
        }
        assertTrue(tables.size() >= 6 && tables.get("gold.gemeente_maand").size() > 5, tables.keySet().toString());
        return tables;
    }

    private List<String> strings(String sql) {
        return spark.sql(sql).as(Encoders.STRING()).collectAsList();
    }

    /** Every Parquet data file of a table folder (not only those of its current version), read as plain Parquet. */
    private Dataset<Row> rawParquet(String table) {
        Path folder = lake.root().resolve(table);
        List<String> files = parquetFiles(folder).stream().filter(p -> !p.toString().contains("_delta_log"))
                .map(Path::toString).toList();
        if (files.isEmpty()) return null;
        return spark.read().option("mergeSchema", "true").parquet(files.toArray(String[]::new));
    }

    private static List<Path> parquetFiles(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
