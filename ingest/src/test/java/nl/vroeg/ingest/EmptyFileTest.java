package nl.vroeg.ingest;

import static nl.vroeg.ingest.IngestJobTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class EmptyFileTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileOfEachKindIsRejectedWholeByNameEveryTime(SparkSession spark) throws IOException {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        List<Path> files = List.of(Files.createFile(dir.resolve("leeg.json")), Files.createFile(dir.resolve("leeg.csv")),
                Files.createFile(dir.resolve("leeg.xlsx")));

        var result = new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { }).ingest(files);
        var again = new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { }).ingest(files.subList(0, 1));

        assertTrue(result.anyRejected());
        assertEquals(List.of(
                "Bestand leeg.json afgewezen: leeg bestand (0 bytes). Er is niets van ingelezen.",
                "Bestand leeg.csv afgewezen: leeg bestand (0 bytes). Er is niets van ingelezen.",
                "Bestand leeg.xlsx afgewezen: leeg bestand (0 bytes). Er is niets van ingelezen."),
                result.files().stream().map(IngestJob.FileResult::message).toList());
        assertTrue(again.anyRejected(), "an empty file is an error every time it is offered");
        lake.register(spark);
        // Every offer of an empty file is a ledger row: empty contents all share one SHA-256, so none is "seen".
        assertEquals(List.of("leeg.csv afgewezen", "leeg.json afgewezen", "leeg.json afgewezen", "leeg.xlsx afgewezen"),
                rows(spark, "select concat_ws(' ', bestand, status) from bronze.leveringen where gelezen = 0 order by 1"));
    }
}
