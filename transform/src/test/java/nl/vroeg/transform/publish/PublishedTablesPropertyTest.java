package nl.vroeg.transform.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import nl.vroeg.transform.TransformJob;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The properties of {@link PublishedTablesCheck} on a generated data set: Flevoland (PV24: Almere down to Urk and
 * Zeewolde) and Terschelling (GM0093, the only municipality of Fryslân here, so Fryslân is as small as it is and
 * NL = Flevoland + Fryslân is a relation with small cells), two months.
 *
 * <p>On another lake (a national month, outside the suite):
 * {@code mvn -B -o -pl transform -am verify -Dtest=PublishedTablesPropertyTest#anExistingLake
 * -Dsurefire.failIfNoSpecifiedTests=false -Dvroeg.controle.lake=/path/to/lake}
 */
@ExtendWith(SparkTest.class)
class PublishedTablesPropertyTest {

    @Test
    void noRelationHasOneHiddenCellAndNoShownPercentageBreaksTheRule(SparkSession spark, @TempDir Path dir) {
        List<String> municipalities = new java.util.ArrayList<>(GeneratorSettings.parseMunicipalities("PV24"));
        municipalities.add("GM0093");
        GeneratorSettings settings = new GeneratorSettings(municipalities, YearMonth.of(2025, 5), YearMonth.of(2025, 6), 3L);
        Path invoer = dir.resolve("invoer");
        new SampleDataGenerator(settings).generate(invoer, line -> { });
        Lake lake = new Lake(dir.resolve("lake"));
        IngestJob.Result result = new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { }).ingest(List.of(invoer));
        assertFalse(result.anyRejected(), result.files().toString());
        new TransformJob(spark, lake, TransformJob.defaultParameters(), System.err::println).run();

        assertEquals(List.of(), PublishedTablesCheck.violations(spark));
        // the check can fail: there is something to protect, and secondary suppression protected it
        assertTrue(count(spark, "select count(*) from gold.gemeente_maand_gepubliceerd where size(secundair_onderdrukt) > 0") > 0);
        assertTrue(count(spark, "select count(*) from gold.gemeente_maand_uitsplitsing_gepubliceerd"
                + " where size(secundair_onderdrukt) > 0 and gemeentecode like 'PV%'") > 0);
        assertTrue(count(spark, "select count(*) from gold.partner_uitval_gepubliceerd where size(secundair_onderdrukt) > 0") > 0);
        assertTrue(count(spark, "select count(*) from gold.gemeente_maand_gepubliceerd where bereik_pct is not null") > 0);
    }

    @Test
    void anExistingLake(SparkSession spark) {
        String path = System.getProperty("vroeg.controle.lake");
        Assumptions.assumeTrue(path != null, "only with -Dvroeg.controle.lake=DIR");
        new Lake(Path.of(path)).register(spark);
        List<String> violations = PublishedTablesCheck.violations(spark);
        System.err.println("vroeg.controle.lake " + path + ": " + (violations.isEmpty() ? "geen schendingen" : violations));
        assertEquals(List.of(), violations);
    }

    private static long count(SparkSession spark, String sql) {
        return spark.sql(sql).first().getLong(0);
    }
}
