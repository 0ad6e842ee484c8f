package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The gold tables for the two official DDAS examples against a hand computation (one ingest and transform). */
@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialExamplesTest {

    private SparkSession spark;

    @BeforeAll
    void ingestAndTransformTheExamples(SparkSession spark, @TempDir Path dir) throws IOException {
        this.spark = spark;
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { })
                .ingest(List.of(copy("enkelvoudigVoorbeeld.json", dir), copy("meervoudigVoorbeeld.json", dir)));

        new TransformJob(spark, lake, TransformJob.defaultParameters(), System.err::println).run();
    }

    @Test
    void gemeenteMaandMatchesTheHandComputation() {
        List<String> expected = Golden.expected("/golden/officiele_voorbeelden_gemeente_maand.csv");
        assertEquals(expected, Golden.actual(spark, "gold.gemeente_maand", "true", expected));
        // published: every municipality has fewer than 5 signals and cases
        assertEquals(0L, count("select count(*) from gold.gemeente_maand_gepubliceerd"
                + " where signalen is not null or zaken is not null or bereik_pct is not null"));
    }

    @Test
    void uitsplitsingMatchesTheHandComputation() {
        List<String> expected = Golden.expected("/golden/officiele_voorbeelden_gemeente_maand_uitsplitsing.csv");
        assertEquals(expected, Golden.actual(spark, "gold.gemeente_maand_uitsplitsing",
                "coalesce(signalen, 0) + coalesce(zaken, 0) > 0", expected));
        // the other groups: every group of every breakdown for each of the 5 areas, empty (0, or NULL where the
        // breakdown does not count that unit)
        assertEquals(5 * 45L, count("select count(*) from gold.gemeente_maand_uitsplitsing"));
        assertEquals(0L, count("select count(*) from gold.gemeente_maand_uitsplitsing"
                + " where coalesce(signalen, 0) + coalesce(zaken, 0) = 0"
                + " and not (signalen <=> case when groepeert = 'zaken' then null else 0 end"
                + " and zaken <=> case when groepeert = 'signalen' then null else 0 end"
                + " and zaken_bereikt <=> zaken and zaken_hulp_geaccepteerd <=> zaken"
                + " and bereik_pct is null and hulpacceptatie_pct_van_bereikt is null)"));
    }

    @Test
    void publishedUitsplitsingShowsNoCountBelow5() {
        // every count is 0 to 2: the non-zero ones are hidden, the zeros shown; all denominators are below 10
        assertEquals(0L, count("select count(*) from gold.gemeente_maand_uitsplitsing_gepubliceerd"
                + " where coalesce(signalen, 0) + coalesce(zaken, 0) + coalesce(zaken_bereikt, 0)"
                + " + coalesce(zaken_hulp_geaccepteerd, 0) > 0 or bereik_pct is not null"
                + " or hulpacceptatie_pct_van_bereikt is not null or size(secundair_onderdrukt) > 0"));
        assertEquals(count("select count(*) from gold.gemeente_maand_uitsplitsing where zaken = 0"),
                count("select count(*) from gold.gemeente_maand_uitsplitsing_gepubliceerd where zaken = 0"));
    }

    @Test
    void everyModelReadsOnlyModelsBuiltBeforeIt() {
        // the order follows the references: staging (over bronze) first, then silver, then gold
        List<Model> models = TransformJob.models();
        List<String> names = models.stream().map(Model::name).toList();
        assertEquals("staging.ingelezen_bestanden", names.get(0));
        for (int i = 0; i < models.size(); i++) {
            for (String reference : models.get(i).references()) {
                if (!reference.startsWith("bronze.")) {
                    assertTrue(names.indexOf(reference) >= 0 && names.indexOf(reference) < i, names.get(i) + " reads " + reference);
                }
            }
        }
        List<String> layers = List.of("staging", "silver", "gold");
        assertEquals(names.stream().sorted(Comparator.comparing(n -> layers.indexOf(n.substring(0, n.indexOf('.'))))).toList(), names);
        // every staging model applies the completed-file filter, directly or through another staging model
        for (Model model : models) {
            if (model.layer().equals("staging") && !model.table().equals("ingelezen_bestanden")) {
                assertTrue(reads(models, model, "staging.ingelezen_bestanden"), model.name());
            }
            if (!model.layer().equals("staging")) {
                assertTrue(model.references().stream().noneMatch(r -> r.startsWith("bronze.")), model.name() + " reads bronze");
            }
        }
    }

    /** Whether {@code model} reads {@code table}, directly or through the models it reads. */
    private static boolean reads(List<Model> models, Model model, String table) {
        for (String reference : model.references()) {
            if (reference.equals(table)) return true;
            for (Model read : models) {
                if (read.name().equals(reference) && reads(models, read, table)) return true;
            }
        }
        return false;
    }

    private long count(String sql) {
        return spark.sql(sql).first().getLong(0);
    }

    private static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = OfficialExamplesTest.class.getResourceAsStream("/ddas/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
