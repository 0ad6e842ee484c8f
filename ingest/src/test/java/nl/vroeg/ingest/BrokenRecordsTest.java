package nl.vroeg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeScanner;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * kapotte-records.json breaks every record rule of spec/inputs.md (and the schema) at least once; each record
 * read is accepted or quarantined with exactly the reasons that apply.
 */
@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenRecordsTest {

    SparkSession spark;
    Lake lake;

    @BeforeAll
    void ingest(SparkSession spark, @TempDir Path dir) throws IOException {
        this.spark = spark;
        lake = InitialisedLake.at(spark, dir.resolve("lake"));
        Path file = TestFiles.ddasExample("kapotte-records.json", dir);
        var result = new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { }).ingest(List.of(file));
        assertFalse(result.anyRejected(), "bad records do not reject the file");
        assertTrue(result.anyDataQualityError(), "but 19 of 27 records in quarantine is a data-quality error");
    }

    @Test
    void everyRecordReadIsAcceptedOrQuarantined() {
        lake.register(spark);
        assertEquals(List.of("contactpoging 5 2 3", "signaal 17 4 13", "zaak 5 2 3"),
                IngestJobTest.rows(spark, "select concat_ws(' ', recordsoort, gelezen, geaccepteerd, gequarantaineerd)"
                        + " from bronze.leveringen where bestand = 'kapotte-records.json' order by 1"));
    }

    @Test
    void eachQuarantinedRecordHasExactlyTheReasonsThatApply() {
        lake.register(spark);
        assertEquals(List.of(
                "/leveringen/0/vroegsignaalzaken/0/contactpogingen/1: onbekende of ontbrekende contactsoort",
                "/leveringen/0/vroegsignaalzaken/0/contactpogingen/2: onbekend dagdeel",
                "/leveringen/0/vroegsignaalzaken/0/contactpogingen/3: datum ontbreekt",
                "/leveringen/0/vroegsignaalzaken/1: onbekend eindresultaat",
                "/leveringen/0/vroegsignaalzaken/2: zaak verwijst naar een vroegsignaal dat in geen levering van deze leverancier en gemeente voorkomt",
                "/leveringen/0/vroegsignalen/10: schema: onbekend veld (niet in het DDAS-schema)",
                "/leveringen/0/vroegsignalen/11: schema: 'client.Geboortedatum' heeft een ongeldig formaat",
                "/leveringen/0/vroegsignalen/15: signaal zonder ID | signaal zonder signaalpartner | bedrag is negatief of geen geheel getal",
                "/leveringen/0/vroegsignalen/1: signaal zonder ID",
                "/leveringen/0/vroegsignalen/2: signaal zonder signaalpartner",
                "/leveringen/0/vroegsignalen/3: onbekend type signaalpartner",
                "/leveringen/0/vroegsignalen/4: signaaldatum ontbreekt",
                "/leveringen/0/vroegsignalen/5: ongeldige signaaldatum (verwacht JJJJ-MM-DD)",
                "/leveringen/0/vroegsignalen/6: bedrag is negatief of geen geheel getal",
                "/leveringen/0/vroegsignalen/7: bedrag is negatief of geen geheel getal",
                "/leveringen/0/vroegsignalen/8: onbekende signaalstatus",
                "/leveringen/0/vroegsignalen/9: signaal-ID komt al eerder voor in deze levering",
                "/leveringen/1/vroegsignaalzaken/0: levering met onbekende gemeentecode",
                "/leveringen/1/vroegsignalen/0: levering met onbekende gemeentecode"),
                IngestJobTest.rows(spark, "select concat(positie, ': ', array_join(redenen, ' | ')) from quarantaine.records order by 1"));
    }

    @Test
    void dataQualityProblemsOfTheClientAreAcceptedWithAFlag() {
        lake.register(spark);
        assertEquals(List.of(
                "DQ-1 postcode_ongeldig=true bsn_ontbreekt=false geboortedatum_onwaarschijnlijk=false adres=false pc4=null leeftijd=45",
                "DQ-2 postcode_ongeldig=false bsn_ontbreekt=true geboortedatum_onwaarschijnlijk=false adres=true pc4=1234 leeftijd=45",
                "DQ-3 postcode_ongeldig=false bsn_ontbreekt=false geboortedatum_onwaarschijnlijk=true adres=true pc4=1234 leeftijd=null",
                "OK-1 postcode_ongeldig=false bsn_ontbreekt=false geboortedatum_onwaarschijnlijk=false adres=true pc4=1234 leeftijd=45"),
                IngestJobTest.rows(spark, "select concat(signaal_id, ' postcode_ongeldig=', postcode_ongeldig, ' bsn_ontbreekt=', bsn_ontbreekt,"
                        + " ' geboortedatum_onwaarschijnlijk=', geboortedatum_onwaarschijnlijk, ' adres=', adres_sleutel is not null,"
                        + " ' pc4=', coalesce(pc4, 'null'), ' leeftijd=', coalesce(cast(leeftijd as string), 'null'))"
                        + " from bronze.signalen order by 1"));
    }

    @Test
    void dataQualityResultsPerMunicipalityAndFile() {
        lake.register(spark);
        assertEquals(List.of(
                "GM0518 geaccepteerd_zonder_bereik waarschuwing 1.0",
                "GM0518 ongeldige_postcode waarschuwing 25.0",
                "GM0518 ontbrekend_bsn waarschuwing 25.0",
                "GM0518 onwaarschijnlijke_geboortedatum waarschuwing 1.0",
                "bestand quarantaine_aandeel fout 70.4"),
                IngestJobTest.rows(spark, "select concat_ws(' ', coalesce(gemeentecode, 'bestand'), controle, status,"
                        + " cast(round(meetwaarde, 1) as string)) from ops.dq_resultaten order by 1"));
    }

    @Test
    void quarantineHoldsNoPersonalData() {
        assertEquals(List.of(), LakeScanner.find(spark, lake.root(), List.of("111222333", "Broekhuis", "Kapotstraat", "1234AB", "1980-01-01")));
    }
}
