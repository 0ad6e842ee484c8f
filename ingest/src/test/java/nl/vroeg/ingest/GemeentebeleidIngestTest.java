package nl.vroeg.ingest;

import static nl.vroeg.ingest.IngestJobTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
class GemeentebeleidIngestTest {

    @TempDir
    Path dir;

    @Test
    void policyLandsWithBadRowsQuarantinedAndEveryRowAccountedFor(SparkSession spark) throws IOException {
        Path policy = Files.writeString(dir.resolve("gemeentebeleid.csv"), """
                gemeentecode;geldig_vanaf;drempelbedrag;huisbezoek_capaciteit_per_maand;brp_koppeling
                GM0518;2024-01-01;;40;ja
                0518;01-07-2025;100;45;Nee
                GM0344;2025-01-01;250,00;twintig;misschien
                GM9999;2025-02-30;-5;;ja
                """, StandardCharsets.UTF_8);
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));

        var result = new IngestJob(spark, lake, SparkTest.testKey(dir.resolve("sleutel")), line -> { }).ingest(List.of(policy));

        assertEquals("gemeentebeleid.csv: 2 beleidsregels (+2 in quarantaine)", result.files().get(0).message());
        lake.register(spark);
        assertEquals(List.of("gemeentebeleid.csv gemeentebeleid beleid 4 2 2"),
                rows(spark, "select concat_ws(' ', bestand, bestandsoort, recordsoort, gelezen, geaccepteerd, gequarantaineerd)"
                        + " from bronze.leveringen where bestandsoort = 'gemeentebeleid'"));
        assertEquals(List.of("GM0518|2024-01-01|null|40|true|rij 2", "GM0518|2025-07-01|100|45|false|rij 3"),
                rows(spark, "select concat_ws('|', gemeentecode, geldig_vanaf, coalesce(cast(drempelbedrag as string), 'null'),"
                        + " huisbezoek_capaciteit_per_maand, brp_koppeling, _positie) from bronze.gemeentebeleid order by geldig_vanaf"));
        assertEquals(List.of(
                "rij 4|GM0344|[drempelbedrag is geen geheel aantal euro's onder 1.000.000, huisbezoek_capaciteit_per_maand is geen geheel getal onder 1.000.000,"
                        + " brp_koppeling is niet 'ja' of 'nee']"
                        + "|{\"gemeentecode\":\"GM0344\",\"geldig_vanaf\":\"2025-01-01\","
                        + "\"_zonder_waarde\":[\"brp_koppeling\",\"drempelbedrag\",\"huisbezoek_capaciteit_per_maand\"]}",
                "rij 5||[onbekende gemeentecode, ongeldige geldig_vanaf (verwacht JJJJ-MM-DD of DD-MM-JJJJ),"
                        + " drempelbedrag is geen geheel aantal euro's onder 1.000.000]"
                        + "|{\"brp_koppeling\":true,\"_zonder_waarde\":[\"drempelbedrag\",\"geldig_vanaf\",\"gemeentecode\"]}"),
                rows(spark, "select concat_ws('|', positie, coalesce(gemeentecode, ''), cast(redenen as string), record)"
                        + " from quarantaine.records where recordsoort = 'beleid' order by positie"));
    }
}
