package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gold tables for a small generated data set against checked-in golden files
 * ({@code src/test/resources/golden/gegenereerd_*.csv}) whose every figure was recomputed independently from the
 * generated files by {@code tools/golden/herbereken.py} (Python, standard library only; see the header comment of
 * each golden file).
 *
 * <p>The data set ({@link TransformedLake#SETTINGS}): the sample-data generator with seed 8, Terschelling (GM0093, Fryslân) and
 * Oudewater (GM0589, Utrecht), January to March 2025, with its small share of invalid values (two signals with a
 * bad postcode, a partner event without a valid one): per data supplier and month one DDAS file (cases re-sent as
 * they progress; each municipality has its own supplier), per month four partner event files (energy, water and
 * CAK as CSV, housing as XLSX) and gemeentebeleid.csv, 19 files. They are ingested as {@code vroeg ingest DIR}
 * would (the two identical, empty water files count once) and transformed once per Maven run of the module
 * ({@link TransformedLake}, which other tests read too; beside them a policy file whose only row is quarantined,
 * which changes no gold figure).
 *
 * <p>The gold figures depend on the data only: every run pseudonymises with a fresh random key, no model may read
 * the clock ({@link #noModelReadsTheClock}; voorlopig follows the delivery and event dates), and the generator is
 * byte-deterministic: {@code gegenereerd_invoer.csv} fixes the SHA-256 of every generated file, so a change of
 * the generator shows there first.
 *
 * <p>Regenerating the golden files, deliberately only (after a change of the generator or of a definition):
 * <pre>
 * mvn -B -pl transform -am verify -Dtest=GeneratedDataGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.bijwerken=true
 * </pre>
 * writes the actual rows into {@code src/test/resources/golden/gegenereerd_*.csv} (keeping each file's header
 * comment and columns) instead of comparing, and copies the generated files to
 * {@code target/gegenereerd-invoer/}. Then review before committing: from the repository root,
 * {@code python3 tools/golden/herbereken.py transform/target/gegenereerd-invoer transform/src/test/resources/golden}
 * must report 0 differences (or each difference be understood and fixed), and the header comments be updated.
 */
@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDataGoldenTest {

    /** {@code -Dgolden.bijwerken=true}: write the golden files instead of comparing with them. */
    private static final boolean BIJWERKEN = Boolean.getBoolean("golden.bijwerken");
    private static final Path GOLDEN_SOURCES = Path.of("src", "test", "resources", "golden");
    /** Functions whose value depends on when (or how often) a model runs. */
    private static final List<String> CLOCK_FUNCTIONS = List.of("current_date", "current_timestamp", "curdate", "now(",
            "localtimestamp", "current_timezone", "unix_timestamp()", "rand(", "uuid(");

    private SparkSession spark;
    private List<Path> generated;
    private Lake lake;

    @BeforeAll
    void generateIngestAndTransform(SparkSession spark) {
        this.spark = spark;
        TransformedLake transformed = TransformedLake.get(spark); // every file ingested, none rejected
        generated = transformed.generated();
        if (BIJWERKEN) copyForReview(generated);
        lake = transformed.lake();
        lake.register(spark);
    }

    @Test
    void generationIsByteDeterministic(@TempDir Path again) throws IOException {
        List<Path> second = new SampleDataGenerator(TransformedLake.SETTINGS).generate(again, line -> { }).all();
        assertEquals(names(generated), names(second));
        for (int i = 0; i < generated.size(); i++) {
            assertArrayEquals(Files.readAllBytes(generated.get(i)), Files.readAllBytes(second.get(i)),
                    generated.get(i).getFileName() + " differs between two generations");
        }
        List<String> actual = new ArrayList<>(List.of("bestand,bytes,sha256"));
        for (Path file : generated.stream().sorted().toList()) {
            actual.add(file.getFileName() + "," + Files.size(file) + "," + Sha256.of(file));
        }
        compare("gegenereerd_invoer.csv", actual);
    }

    @Test
    void everySilverAndGoldColumnIsDescribedInTheLake() {
        DocumentedLake.assertDocumented(spark, lake);
    }

    @Test
    void gemeenteMaand() {
        compareTable("gegenereerd_gemeente_maand.csv", "gold.gemeente_maand", "true");
    }

    @Test
    void uitsplitsingNonEmptyGroups() {
        compareTable("gegenereerd_gemeente_maand_uitsplitsing.csv", "gold.gemeente_maand_uitsplitsing",
                "coalesce(signalen, 0) + coalesce(zaken, 0) > 0");
    }

    @Test
    void gebeurtenissenMaand() {
        compareTable("gegenereerd_gebeurtenissen_maand.csv", "gold.gebeurtenissen_maand", "true");
    }

    @Test
    void afloop() {
        compareTable("gegenereerd_afloop.csv", "gold.afloop", "true");
    }

    @Test
    void noModelReadsTheClock() {
        for (Model model : TransformJob.models()) {
            String sql = model.sql().replaceAll("--[^\n]*", "").toLowerCase(Locale.ROOT).replace(" ", "");
            for (String function : CLOCK_FUNCTIONS) {
                assertFalse(sql.contains(function), model.layer() + "." + model.table() + " uses " + function);
            }
        }
    }

    private void compareTable(String golden, String table, String where) {
        List<String> expected = Golden.expected("/golden/" + golden);
        compare(golden, Golden.actual(spark, table, where, expected));
    }

    /** Compares with the golden file, or with {@code golden.bijwerken} writes it (header comment kept). */
    private static void compare(String golden, List<String> actual) {
        if (!BIJWERKEN) {
            assertEquals(Golden.expected("/golden/" + golden), actual, golden);
            return;
        }
        Path file = GOLDEN_SOURCES.resolve(golden);
        assertTrue(Files.isDirectory(GOLDEN_SOURCES), "run from the transform module: " + GOLDEN_SOURCES.toAbsolutePath());
        try {
            List<String> lines = new ArrayList<>();
            if (Files.exists(file)) {
                try (Stream<String> old = Files.lines(file, StandardCharsets.UTF_8)) {
                    old.filter(l -> l.startsWith("#")).forEach(lines::add);
                }
            }
            lines.addAll(actual);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("golden.bijwerken: " + file.toAbsolutePath() + " written (" + (actual.size() - 1) + " rows)");
    }

    /** The generated files, for tools/golden/herbereken.py. */
    private static void copyForReview(List<Path> files) {
        Path target = Path.of("target", "gegenereerd-invoer");
        try {
            Files.createDirectories(target);
            try (Stream<Path> old = Files.list(target)) {
                for (Path file : old.toList()) Files.delete(file);
            }
            for (Path file : files) Files.copy(file, target.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("golden.bijwerken: generated files copied to " + target.toAbsolutePath());
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
