package nl.vroeg.ingest;

import static nl.vroeg.ingest.IngestJobTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.reference.CbsReference;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Newer CBS reference files given to {@code vroeg ingest} land like the shipped ones, through the ledger. */
@ExtendWith(SparkTest.class)
class CbsReferenceIngestTest {

    @TempDir
    Path dir;

    @Test
    void aNewerMunicipalityListLandsWithItsYearAndTwiceChangesNothing(SparkSession spark) throws IOException {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        String list2023;
        try (InputStream in = CbsReference.resource("gemeenten-alfabetisch-2023.csv")) {
            list2023 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long municipalities = list2023.lines().filter(l -> !l.isBlank()).count() - 1;
        assertTrue(list2023.contains(",GM0014,Groningen,"));
        Path file = dir.resolve("gemeenten-alfabetisch-2026.csv");
        Files.writeString(file, list2023.replace(",GM0014,Groningen,", ",GM0014,Groningen (stad),")
                + "9998,GM9998,Nieuwegemeente,26,PV26,Utrecht\n");
        // a delivery of the new municipality, ingested after the list in the same run
        Path delivery = TestFiles.ddasExample("enkelvoudigVoorbeeld.json", dir);
        Files.writeString(delivery, Files.readString(delivery).replace("\"gemeentecode\": \"0518\"", "\"gemeentecode\": \"9998\""));
        List<String> progress = new ArrayList<>();

        var result = new IngestJob(spark, lake, SparkTest.testKey(dir), progress::add).ingest(List.of(file, delivery));

        assertFalse(result.anyRejected(), result.files().toString());
        assertEquals("gemeenten-alfabetisch-2026.csv: " + (municipalities + 1) + " gemeenten", result.files().get(0).message());
        assertEquals("enkelvoudigVoorbeeld.json: 1 signalen, 1 zaken, 2 contactpogingen", result.files().get(1).message());
        lake.register(spark);
        assertEquals(List.of(String.valueOf(municipalities + 1)), rows(spark, "select count(*) from bronze.cbs_gemeenten where jaar = 2026"));
        assertEquals(List.of("GM9998"), rows(spark, "select distinct gemeentecode from bronze.signalen"));
        assertEquals(List.of("Groningen (stad)"), rows(spark, "select gemeentenaam from bronze.cbs_gemeenten"
                + " where jaar = 2026 and gemeentecode = 'GM0014'"));
        assertEquals(List.of("cbs-gemeenten cbs-gemeenten " + (municipalities + 1) + " ingelezen"), rows(spark,
                "select concat_ws(' ', bestandsoort, recordsoort, geaccepteerd, status) from bronze.leveringen"
                        + " where bestand = 'gemeenten-alfabetisch-2026.csv'"));
        long version = latestVersion(spark, lake, Table.CBS_GEMEENTEN);
        long ledgerVersion = latestVersion(spark, lake, Table.LEVERINGEN);

        var again = new IngestJob(spark, lake, SparkTest.testKey(dir), progress::add).ingest(List.of(file));

        assertEquals(IngestJob.Outcome.AL_INGELEZEN, again.files().get(0).outcome());
        assertEquals(version, latestVersion(spark, lake, Table.CBS_GEMEENTEN));
        assertEquals(ledgerVersion, latestVersion(spark, lake, Table.LEVERINGEN));
    }

    @Test
    void mergersAndInhabitantsLandAndBadReferenceFilesAreRejectedWhole(SparkSession spark) throws IOException {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        Path mergers = write("herindelingen-2026.csv", """
                ingangsdatum,oud_gm_code,oud_gemeentenaam,nieuw_gm_code,nieuw_gemeentenaam
                2026-01-01,GM0385,Edam-Volendam,GM9999,Nieuwe gemeente
                2026-01-01,0415,Landsmeer,GM9999,Nieuwe gemeente
                """);
        Path inhabitants = write("inwoners-2026.csv", """
                jaar,gemeentecode,gemeentenaam,inwoners
                2026,GM0014,Groningen,240000
                """);
        Path noYear = write("gemeenten-alfabetisch.csv", """
                Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam
                0014,GM0014,Groningen,20,PV20,Groningen
                """);
        Path badRow = write("inwoners-fout.csv", """
                jaar,gemeentecode,gemeentenaam,inwoners
                2026,GM0014,Groningen,240000
                2026,GM0034,Almere,veel
                """);

        var result = new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { })
                .ingest(List.of(mergers, inhabitants, noYear, badRow));

        assertTrue(result.anyRejected());
        List<String> messages = result.files().stream().map(IngestJob.FileResult::message).toList();
        assertEquals("herindelingen-2026.csv: 2 herindelingen", messages.get(0));
        assertEquals("inwoners-2026.csv: 1 inwonertallen", messages.get(1));
        assertTrue(messages.get(2).startsWith("Bestand gemeenten-alfabetisch.csv afgewezen: geen jaartal in de bestandsnaam"), messages.get(2));
        assertTrue(messages.get(3).startsWith("Bestand inwoners-fout.csv afgewezen: geen geldig CBS-referentiebestand"
                + " (cbs-inwoners), rij 3: een getal is ongeldig"), messages.get(3));
        lake.register(spark);
        assertEquals(List.of("GM0385 GM9999", "GM0415 GM9999"), rows(spark, "select concat_ws(' ', oude_gemeentecode, nieuwe_gemeentecode)"
                + " from bronze.cbs_herindelingen where ingangsdatum = date'2026-01-01' order by 1"));
        assertEquals(List.of("GM0014 240000"), rows(spark, "select concat_ws(' ', gemeentecode, inwoners) from bronze.cbs_inwoners where jaar = 2026"));
        assertEquals(List.of("gemeenten-alfabetisch.csv cbs-gemeenten afgewezen", "inwoners-fout.csv cbs-inwoners afgewezen"),
                rows(spark, "select concat_ws(' ', bestand, bestandsoort, status) from bronze.leveringen where status = 'afgewezen' order by 1"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static long latestVersion(SparkSession spark, Lake lake, Table table) {
        return spark.sql("describe history delta.`" + lake.location(table) + "`").first().getLong(0);
    }
}
