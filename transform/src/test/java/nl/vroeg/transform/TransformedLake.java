package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SharedTestFolder;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The generated data set of {@link GeneratedDataGoldenTest} ({@link #SETTINGS}: seed 8, Terschelling and
 * Oudewater, January to March 2025, 19 files with their small share of invalid values) and one policy file whose
 * only row is quarantined (so that {@code quarantaine.records} is not empty; gold does not change), ingested as
 * {@code vroeg ingest DIR} would and transformed: made once per test run of a module ({@link SharedTestFolder}),
 * for every test that needs a transformed lake of real deliveries. Tests that only read use {@link #lake()} (and
 * register it: the session's table names are the last registered lake's); tests that write work on a
 * {@link #copy}.
 */
public final class TransformedLake {

    public static final GeneratorSettings SETTINGS = new GeneratorSettings(List.of("GM0093", "GM0589"),
            YearMonth.of(2025, 1), YearMonth.of(2025, 3), 8L);

    private static final String GENERATED = "gegenereerd.txt";
    private static TransformedLake shared;

    private final Path input;
    private final List<Path> generated;
    private final Path keyFile;
    private final Lake lake;

    private TransformedLake(Path input, List<Path> generated, Path keyFile, Lake lake) {
        this.input = input;
        this.generated = generated;
        this.keyFile = keyFile;
        this.lake = lake;
    }

    public static synchronized TransformedLake get(SparkSession spark) {
        if (shared == null) {
            Path dir = SharedTestFolder.get("getransformeerd-lake", folder -> make(spark, folder));
            try {
                List<Path> generated = Files.readAllLines(dir.resolve(GENERATED)).stream().map(dir.resolve("invoer")::resolve).toList();
                shared = new TransformedLake(dir.resolve("invoer"), generated, dir.resolve("sleutel").resolve("vroeg.sleutel"), new Lake(dir.resolve("lake")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Generates the files, ingests and transforms them; writes the names of the generated files, in their order. */
    private static void make(SparkSession spark, Path dir) {
        Path input = dir.resolve("invoer");
        List<Path> generated = new SampleDataGenerator(SETTINGS).generate(input, line -> { }).all();
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        try {
            Files.writeString(input.resolve("beleid-ongeldig.csv"), // a policy row whose amount is no amount: quarantined
                    "gemeentecode;geldig_vanaf;drempelbedrag;huisbezoek_capaciteit_per_maand;brp_koppeling\nGM0093;2025-01-01;veel;40;ja\n");
            Files.write(dir.resolve(GENERATED), generated.stream().map(f -> f.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pseudonymiser.createKeyFile(keyFile);
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        IngestJob.Result result = new IngestJob(spark, lake, Pseudonymiser.fromKeyFile(keyFile), line -> { }).ingest(List.of(input));
        assertEquals(generated.size() + 1, result.files().size());
        assertFalse(result.anyRejected(), result.files().toString());
        new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run();
    }

    /** The lake, to read only. */
    public Lake lake() {
        return lake;
    }

    /** A copy of the lake at {@code to}, for a test that writes. */
    public Lake copy(Path to) {
        return InitialisedLake.copy(lake, to);
    }

    /**
     * The other lake's gold equals this one's, row by row: the same gold tables (every gold model's, and the
     * published ones), none empty, no row missing and none too many.
     */
    public void assertSameGold(SparkSession spark, Lake other) {
        List<String> tables = lake.tableNames().stream().filter(t -> t.startsWith("gold.")).toList();
        assertTrue(tables.containsAll(TransformJob.models().stream().filter(m -> m.layer().equals("gold")).map(Model::name).toList())
                && tables.stream().anyMatch(t -> t.endsWith("_gepubliceerd")), tables.toString());
        assertEquals(tables, other.tableNames().stream().filter(t -> t.startsWith("gold.")).toList());
        for (String table : tables) {
            String[] name = table.split("\\.");
            Dataset<Row> expected = spark.read().format("delta").load(lake.location(name[0], name[1]).toString());
            Dataset<Row> actual = spark.read().format("delta").load(other.location(name[0], name[1]).toString());
            assertTrue(expected.count() > 0, table + " is empty");
            assertEquals(List.of(), expected.exceptAll(actual).limit(5).collectAsList(), table + ": rows of the clean build missing");
            assertEquals(List.of(), actual.exceptAll(expected).limit(5).collectAsList(), table + ": rows the clean build does not have");
        }
    }

    /** The generated files. */
    public List<Path> generated() {
        return generated;
    }

    /** The folder of every file ingested: the generated ones and the quarantined policy row. */
    public Path input() {
        return input;
    }

    /** The key file the lake was ingested with. */
    public Path keyFile() {
        return keyFile;
    }
}
