package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose ingest was interrupted after some of its tables were committed (the ledger is written last) stays
 * out of silver and gold until a re-run of the ingest completes it (the crash itself: ingest's IngestCrashTest).
 */
@ExtendWith(SparkTest.class)
class InterruptedIngestTest {

    @Test
    void silverReadsOnlyFilesTheLedgerRecordsAsIngested(SparkSession spark, @TempDir Path dir) {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        Pseudonymiser key = SparkTest.testKey(dir);
        DdasFixture fixture = new DdasFixture("2025-01-01", "2025-01-31");
        DdasFixture.Levering utrecht = fixture.levering("0344");
        utrecht.signal("U-1", "2025-01-10");
        utrecht.zaak("Inwoner hoeft geen hulp vanuit vroegsignalering", "U-1").attempt("Telefoon", "2025-01-12", true);
        Path file = fixture.write(dir.resolve("levering.json"));
        new IngestJob(spark, lake, key, line -> { }).ingest(List.of(file));
        // as if the process died after committing the data tables but before the ledger
        String ledger = "delta.`" + lake.location(Table.LEVERINGEN) + "`";
        long complete = spark.sql("describe history " + ledger).first().getLong(0);
        spark.sql("delete from " + ledger + " where bestand = 'levering.json'");
        TransformJob transform = new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { });

        transform.run();

        assertEquals(List.of("1 0 0"), counts(spark));

        // the re-run completes the file: it writes the ledger rows (here: the ledger as it was after the ingest)
        spark.sql("restore table " + ledger + " to version as of " + complete);
        transform.run();

        assertEquals(List.of("1 1 1"), counts(spark));
    }

    /** Signals in bronze, in silver, and in gold for Utrecht in January 2025. */
    private static List<String> counts(SparkSession spark) {
        return spark.sql("select concat_ws(' ', (select count(*) from bronze.signalen), (select count(*) from silver.signalen),"
                + " (select coalesce(sum(signalen), 0) from gold.gemeente_maand where gemeentecode = 'GM0344'))")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
    }
}
