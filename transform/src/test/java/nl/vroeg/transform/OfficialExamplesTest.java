package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** gold.gemeente_maand for the two official DDAS examples against a hand computation. */
@ExtendWith(SparkTest.class)
class OfficialExamplesTest {

    @Test
    void gemeenteMaandMatchesTheHandComputation(SparkSession spark, @TempDir Path dir) throws IOException {
        Lake lake = new Lake(dir.resolve("lake"));
        new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { })
                .ingest(List.of(copy("enkelvoudigVoorbeeld.json", dir), copy("meervoudigVoorbeeld.json", dir)));

        new TransformJob(spark, lake, TransformJob.defaultParameters(), System.err::println).run();

        List<String> expected = Golden.expected("/golden/officiele_voorbeelden_gemeente_maand.csv");
        assertEquals(expected, Golden.actual(spark, "gold.gemeente_maand", "true", expected));
        // published: every municipality has fewer than 5 signals and cases
        assertEquals(0L, spark.sql("select count(*) from gold.gemeente_maand_gepubliceerd"
                + " where signalen is not null or zaken is not null or bereik_pct is not null").first().getLong(0));
    }

    @Test
    void everyModelReadsOnlyModelsBuiltBeforeIt() {
        assertEquals("silver.gemeenten", TransformJob.models().get(0).layer() + "." + TransformJob.models().get(0).table());
    }

    private static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = OfficialExamplesTest.class.getResourceAsStream("/ddas/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
