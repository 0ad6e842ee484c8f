package nl.vroeg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.reference.CbsReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DdasReader on its own (no Spark): levering-level schema rules and progress on large files. */
class DdasReaderTest {

    @TempDir
    Path dir;

    @Test
    void aLeveringWithoutTellerOrAanleverendeOrganisatieIsQuarantinedWithItsRecords() throws IOException {
        DdasDelivery delivery = read("leveringen-zonder-verplichte-velden.json", line -> { }, 10_000);

        assertEquals(List.of(
                "/leveringen/0/vroegsignalen/0: schema: levering zonder 'teller'",
                "/leveringen/1/vroegsignalen/0: schema: levering zonder 'aanleverende_organisatie'",
                "/leveringen/1/vroegsignaalzaken/0: schema: levering zonder 'aanleverende_organisatie'",
                "/leveringen/2/vroegsignalen/0: schema: 'teller' van de levering is geen geheel getal"
                        + " | schema: 'aanleverende_organisatie' is geen object"),
                delivery.quarantined().stream().map(q -> q.pointer() + ": " + String.join(" | ", q.redenen())).toList());
        assertEquals(List.of("VS-T-0004", "VS-T-0005", "VS-T-0006"), delivery.signals().stream().map(DdasDelivery.Signal::id).toList());
    }

    @Test
    void progressIsReportedEverySoManySignals() throws IOException {
        List<String> lines = new ArrayList<>();
        read("leveringen-zonder-verplichte-velden.json", lines::add, 2);

        assertEquals(List.of("leveringen-zonder-verplichte-velden.json: 2 signalen gelezen",
                "leveringen-zonder-verplichte-velden.json: 4 signalen gelezen",
                "leveringen-zonder-verplichte-velden.json: 6 signalen gelezen"), lines);
    }

    @Test
    void progressCountsWithDutchThousandsSeparators() {
        List<String> lines = new ArrayList<>();
        RowProgress progress = new RowProgress("groot.json", lines::add, 10_000, "signalen");
        for (int i = 0; i < 20_000; i++) progress.row();

        assertEquals(List.of("groot.json: 10.000 signalen gelezen", "groot.json: 20.000 signalen gelezen"), lines);
    }

    @Test
    void theLedgerSummaryUsesDutchThousandsSeparators() {
        assertEquals("199.800 signalen (+1.234 in quarantaine), 7 zaken", IngestJob.summary(List.of(
                new Ledger.Entry(DdasDelivery.SIGNAAL, 201_034, 199_800, 1_234), new Ledger.Entry(DdasDelivery.ZAAK, 7, 7, 0))));
    }

    private DdasDelivery read(String name, java.util.function.Consumer<String> progress, int every) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/ddas/" + name)) {
            Files.copy(in, file);
        }
        return new DdasReader(SparkTest.testKey(dir), CbsReference.shipped(), name, progress, every).read(file);
    }
}
