package nl.vroeg.transform.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedFixture;
import nl.vroeg.lake.PublishedLakeFixture;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import nl.vroeg.transform.TransformJob;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The properties of {@link PublishedTablesCheck} on a generated data set: Flevoland (PV24: Almere down to Urk and
 * Zeewolde) and Terschelling (GM0093, the only municipality of Fryslân here, so Fryslân is as small as it is and
 * NL = Flevoland + Fryslân is a relation with small cells), two months.
 *
 * <p>On another lake (a national month): {@link ExistingLakePropertyTest}.
 */
@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedTablesPropertyTest {

    private Lake lake;

    @BeforeAll
    void ingestAndTransformOnce(SparkSession spark, @TempDir Path dir) {
        List<String> municipalities = new java.util.ArrayList<>(GeneratorSettings.parseMunicipalities("PV24"));
        municipalities.add("GM0093");
        GeneratorSettings settings = new GeneratorSettings(municipalities, YearMonth.of(2025, 5), YearMonth.of(2025, 6), 3L);
        Path invoer = dir.resolve("invoer");
        new SampleDataGenerator(settings).generate(invoer, line -> { });
        lake = InitialisedLake.at(spark, dir.resolve("lake"));
        IngestJob.Result result = new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { }).ingest(List.of(invoer));
        assertFalse(result.anyRejected(), result.files().toString());
        new TransformJob(spark, lake, TransformJob.defaultParameters(), System.err::println).run();
    }

    @Test
    void noRelationHasOneHiddenCellAndNoShownPercentageBreaksTheRule(SparkSession spark) {
        assertEquals(List.of(), PublishedTablesCheck.violations(spark));
        // the check can fail: there is something to protect, and secondary suppression protected it
        assertTrue(count(spark, "select count(*) from gold.gemeente_maand_gepubliceerd where size(secundair_onderdrukt) > 0") > 0);
        assertTrue(count(spark, "select count(*) from gold.gemeente_maand_uitsplitsing_gepubliceerd"
                + " where size(secundair_onderdrukt) > 0 and gemeentecode like 'PV%'") > 0);
        assertTrue(count(spark, "select count(*) from gold.partner_uitval_gepubliceerd where size(secundair_onderdrukt) > 0") > 0);
        assertTrue(count(spark, "select count(*) from gold.gemeente_maand_gepubliceerd where bereik_pct is not null") > 0);
    }

    /** The hand-made published tables of the report and dashboard tests have the columns the transform writes. */
    @Test
    void theFixturesOfTheOutputTestsHaveThePublishedColumns(SparkSession spark) {
        Map<String, StructType> fixtures = Map.of("gemeente_maand_gepubliceerd", PublishedFixture.SCHEMA,
                "gemeente_maand_uitsplitsing_gepubliceerd", PublishedLakeFixture.BREAKDOWN,
                "gebeurtenissen_maand_gepubliceerd", PublishedLakeFixture.EVENTS,
                "afloop_gepubliceerd", PublishedLakeFixture.AFLOOP,
                "partner_uitval_gepubliceerd", PublishedLakeFixture.PARTNER_UITVAL);
        List<String> differences = new java.util.ArrayList<>();
        for (var fixture : fixtures.entrySet()) {
            StructType real = spark.read().format("delta").load(lake.location("gold", fixture.getKey()).toString()).schema();
            if (!columns(real).equals(columns(fixture.getValue()))) differences.add("gold." + fixture.getKey() + ": " + real.toDDL());
        }
        assertEquals(List.of(), differences);
    }

    private static List<String> columns(StructType schema) {
        return java.util.Arrays.stream(schema.fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }

    private static long count(SparkSession spark, String sql) {
        return spark.sql(sql).first().getLong(0);
    }
}
