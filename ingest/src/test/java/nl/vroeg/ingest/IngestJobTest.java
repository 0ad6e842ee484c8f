package nl.vroeg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeScanner;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.reference.CbsReference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class IngestJobTest {

    @TempDir
    Path dir;
    Lake lake;
    Pseudonymiser key;
    final List<String> progress = new ArrayList<>();

    @BeforeEach
    void setUp(SparkSession spark) {
        lake = InitialisedLake.at(spark, dir.resolve("lake"));
        key = SparkTest.testKey(dir.resolve("sleutel"));
    }

    @Test
    void officialExamplesLandWithNothingQuarantinedAndAreAccountedFor(SparkSession spark) throws IOException {
        Path enkelvoudig = example("enkelvoudigVoorbeeld.json");
        Path meervoudig = example("meervoudigVoorbeeld.json");
        var result = job(spark).ingest(List.of(enkelvoudig, meervoudig));

        assertFalse(result.anyRejected());
        lake.register(spark);
        assertEquals(List.of(
                "enkelvoudigVoorbeeld.json contactpoging 2 2 0",
                "enkelvoudigVoorbeeld.json signaal 1 1 0",
                "enkelvoudigVoorbeeld.json zaak 1 1 0",
                "meervoudigVoorbeeld.json contactpoging 6 6 0",
                "meervoudigVoorbeeld.json signaal 4 4 0",
                "meervoudigVoorbeeld.json zaak 4 4 0"),
                rows(spark, "select concat_ws(' ', bestand, recordsoort, gelezen, geaccepteerd, gequarantaineerd) from bronze.leveringen"
                        + " where bestandsoort = 'ddas' order by 1"));
        assertEquals(0L, spark.sql("select count(*) from quarantaine.records").first().getLong(0));
        assertEquals(List.of("GM0307 VS-2025-0101 1122 34", "GM0518 VS-2025-0002 5678 31"),
                rows(spark, "select concat_ws(' ', gemeentecode, signaal_id, pc4, leeftijd) from bronze.signalen"
                        + " where signaal_id in ('VS-2025-0002', 'VS-2025-0101') order by 1"));
        assertEquals(List.of("GM0518 VS-2025-0002 [VS-2025-0002] 2"),
                rows(spark, "select concat_ws(' ', gemeentecode, zaak_id, cast(signaal_ids as string), size(contactpogingen))"
                        + " from bronze.zaken where zaak_id = 'VS-2025-0002'"));
    }

    @Test
    void noPersonalDataOfTheInputsAnywhereUnderTheLake(SparkSession spark) throws IOException {
        job(spark).ingest(List.of(example("enkelvoudigVoorbeeld.json"), example("meervoudigVoorbeeld.json")));

        // Not the surname "Dijk": it is part of a municipality name (Dijk en Waard) in the shipped CBS data.
        List<String> personal = List.of("123456789", "987654321", "112233445", "556677889", "Kramer", "Jansen",
                "Meijer", "Voorbeeldstraat", "Waterweg", "Parklaan", "Bosweg", "1234AB", "5678CD", "1122EE", "2233FF",
                "1985-06-15", "1993-04-22", "Voorbeeldstad", "Tweedehoven", "j.devries", "010-1234567", "J. de Vries");
        assertEquals(List.of(), LakeScanner.find(spark, lake.root(), personal));
        assertTrue(Files.walk(lake.root()).anyMatch(p -> p.toString().endsWith(".parquet")), "the scan saw data files");
    }

    @Test
    void theSameFileTwiceChangesNothing(SparkSession spark) throws IOException {
        Path file = example("meervoudigVoorbeeld.json");
        job(spark).ingest(List.of(file));
        long version = latestVersion(spark, Table.SIGNALEN);
        long ledgerVersion = latestVersion(spark, Table.LEVERINGEN);

        var again = job(spark).ingest(List.of(file));

        assertEquals(IngestJob.Outcome.AL_INGELEZEN, again.files().get(0).outcome());
        assertEquals(version, latestVersion(spark, Table.SIGNALEN));
        assertEquals(ledgerVersion, latestVersion(spark, Table.LEVERINGEN));
    }

    @Test
    void aRerunAfterACrashMidwayCompletesWithoutDuplicates(SparkSession spark) throws IOException {
        Path file = example("meervoudigVoorbeeld.json");
        // The crashed run (another process, now dead): its batch journal was written and bronze.signalen
        // committed, then it died before the cases and the ledger.
        DeltaAppender appender = new DeltaAppender(spark, lake);
        DdasDelivery delivery = new DdasReader(key, CbsReference.shipped(), file.getFileName().toString()).read(file);
        String sha = Sha256.of(file);
        IngestContext crashed = new IngestContext(file.getFileName().toString(), sha, "gecrashte-run", Instant.now(), key.keyId());
        Files.createDirectories(lake.root().resolve("_ingest"));
        Files.writeString(lake.root().resolve("_ingest").resolve("partij-gecrasht.json"),
                "{\"pid\": " + Long.MAX_VALUE + ", \"gestart\": \"\", \"bestand_sha256\": [\"" + sha + "\"]}");
        appender.append(Table.SIGNALEN, delivery.signals().stream().map(s -> DdasIngest.signalRow(delivery.header(), s, crashed)).toList(), "gecrasht");

        var rerun = job(spark).ingest(List.of(file));

        assertEquals(IngestJob.Outcome.INGELEZEN, rerun.files().get(0).outcome());
        lake.register(spark);
        assertEquals(List.of("4 signalen, 4 zaken, 1 ledger, 0 van de gecrashte run"), rows(spark, "select concat("
                + " (select count(*) from bronze.signalen), ' signalen, ',"
                + " (select count(*) from bronze.zaken), ' zaken, ',"
                + " (select count(distinct bestand_sha256) from bronze.leveringen where bestandsoort = 'ddas'), ' ledger, ',"
                + " (select count(*) from bronze.signalen where _run_id = 'gecrashte-run'), ' van de gecrashte run')"));
        assertFalse(Files.list(lake.root().resolve("_ingest")).findAny().isPresent(), "the journal is cleared");
    }

    @Test
    void theFilesOfARunLandWithOneCommitPerTableAndTheLedgerAfterTheirData(SparkSession spark) throws IOException {
        List<Path> files = new ArrayList<>(List.of(example("enkelvoudigVoorbeeld.json"), example("meervoudigVoorbeeld.json")));
        for (int i = 1; i <= 5; i++) {
            files.add(Files.writeString(dir.resolve("gebeurtenissen-" + i + ".csv"), "partnertype;partner;gebeurtenis;datum;"
                    + "gemeentecode;postcode;huisnummer\nEnergie;Energie " + i + ";AFSLUITING;2025-02-0" + i + ";GM0518;1234AB;" + i + "\n"));
        }
        List<Table> written = List.of(Table.SIGNALEN, Table.ZAKEN, Table.DDAS_LEVERINGEN, Table.DQ_RESULTATEN,
                Table.GEBEURTENISSEN, Table.LEVERINGEN);
        List<Long> before = written.stream().map(t -> latestVersion(spark, t)).toList();

        var result = job(spark).ingest(files);

        assertEquals(List.of(IngestJob.Outcome.INGELEZEN), result.files().stream().map(IngestJob.FileResult::outcome).distinct().toList());
        assertEquals(before.stream().map(v -> v + 1).toList(), written.stream().map(t -> latestVersion(spark, t)).toList(),
                "one commit per table for the seven files");
        lake.register(spark);
        assertEquals(List.of("7 bestanden, 0 onvolledig"), rows(spark, "select concat(count(distinct bestand), ' bestanden, ',"
                + " count_if(gelezen <> geaccepteerd + gequarantaineerd), ' onvolledig') from bronze.leveringen where run_id in"
                + " (select run_id from bronze.leveringen where bestand = 'gebeurtenissen-1.csv')"));
        // The ledger's time is not before the commit of the data it records, and after every bronze time of its files.
        Instant signalsCommitted = spark.sql("describe history bronze.signalen limit 1").first().<Instant>getAs("timestamp");
        Instant ledgerTime = spark.sql("select min(ingest_tijd) from bronze.leveringen where bestand = 'gebeurtenissen-1.csv'")
                .first().<Instant>getAs(0);
        assertFalse(ledgerTime.isBefore(signalsCommitted), ledgerTime + " before the data commit " + signalsCommitted);
        assertEquals(List.of("true"), rows(spark, "select max(_ingest_tijd) < (select max(ingest_tijd) from bronze.leveringen)"
                + " from bronze.gebeurtenissen"));
        // Files sharing a commit keep their ingest order: distinct bronze times, increasing in the order given.
        assertEquals(List.of("gebeurtenissen-1.csv", "gebeurtenissen-2.csv", "gebeurtenissen-3.csv", "gebeurtenissen-4.csv",
                "gebeurtenissen-5.csv"), rows(spark, "select _bron_bestand from bronze.gebeurtenissen order by _ingest_tijd"));
    }

    @Test
    void invalidJsonIsRejectedWholeNamingFileAndPlace(SparkSession spark) throws IOException {
        Path broken = dir.resolve("kapot.json");
        Files.writeString(broken, "{\n  \"codeGegevensleverancier\": \"X\",\n  \"leveringen\": [ { \"teller\": 1, Jansen } ]\n}");

        var result = job(spark).ingest(List.of(broken));

        assertTrue(result.anyRejected());
        String message = result.files().get(0).message();
        assertTrue(message.contains("kapot.json") && message.contains("regel 3"), message);
        assertFalse(message.contains("Jansen"), message);
        lake.register(spark);
        assertEquals(0L, spark.sql("select count(*) from bronze.signalen").first().getLong(0));
        assertEquals(List.of("bestand afgewezen"), rows(spark, "select concat_ws(' ', recordsoort, status) from bronze.leveringen where bestand = 'kapot.json'"));
    }

    private IngestJob job(SparkSession spark) {
        return new IngestJob(spark, lake, key, progress::add);
    }

    private long latestVersion(SparkSession spark, Table table) {
        return TestFiles.latestVersion(spark, lake, table);
    }

    private Path example(String name) throws IOException {
        return TestFiles.ddasExample(name, dir);
    }

    static List<String> rows(SparkSession spark, String sql) {
        return spark.sql(sql).collectAsList().stream().map((Row r) -> String.valueOf(r.get(0))).toList();
    }
}
