package nl.vroeg.cli;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vroeg maand}: the month's deliveries ingested, transformed and reported in one process. */
class MaandCommandTest {

    @TempDir
    Path dir;

    @Test
    void theMonthsDeliveriesBecomeTheMonthsReports() throws IOException {
        Lake lake = InitialisedLake.at(VroegSpark.session(), dir.resolve("lake"));
        Path invoer = dir.resolve("invoer");
        SampleDataGenerator.writeOfficialExamples(invoer); // 's-Gravenhage and Amersfoort, January 2025
        Path rapporten = dir.resolve("rapporten");

        CliRun run = vroeg(key(), "maand", "--lake", lake.root().toString(), "--uit", rapporten.toString(), "--maand", "2025-01",
                "--bereik-doel", "42,5", invoer.toString());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().indexOf("== 1/3 Inlezen ==") < run.err().indexOf("== 2/3 Transformeren ==")
                && run.err().indexOf("== 2/3 Transformeren ==") < run.err().indexOf("== 3/3 Rapporteren =="), run.err());
        // the hand computation of the official examples (issue #2): 's-Gravenhage 2 cases, 1 reached (50%), against
        // the reach target given (42,5: a decimal comma)
        Row haag = VroegSpark.session().read().format("delta").load(lake.location("gold", "gemeente_maand").toString())
                .where("gemeentecode = 'GM0518' and maand = date'2025-01-01'")
                .selectExpr("zaken", "zaken_bereikt", "cast(bereik_doel_pct as double)", "cast(bereik_verschil_doel_pp as double)").first();
        assertEquals(List.of(2L, 1L, 42.5, 7.5), List.of(haag.getLong(0), haag.getLong(1), haag.getDouble(2), haag.getDouble(3)));
        try (Stream<Path> written = Files.list(rapporten.resolve("2025-01").resolve("gemeenten"))) {
            List<String> names = written.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("GM0518-")).sorted().toList();
            assertEquals(2, names.size(), "a pdf and an xlsx for 's-Gravenhage: " + names);
            assertTrue(names.get(0).endsWith(".pdf") && names.get(1).endsWith(".xlsx"), names.toString());
        }
        assertTrue(Files.isRegularFile(rapporten.resolve("2025-01").resolve("landelijk.pdf")));
    }

    @Test
    void aRefusedFileStopsTheRunBeforeTheTransformAndTheReports() throws IOException {
        Lake lake = InitialisedLake.at(VroegSpark.session(), dir.resolve("lake"));
        Path invoer = dir.resolve("invoer");
        SampleDataGenerator.writeOfficialExamples(invoer);
        Files.writeString(invoer.resolve("kapot.json"), "{\"leveringen\": [");
        Path rapporten = dir.resolve("rapporten");

        CliRun run = vroeg(key(), "maand", "--lake", lake.root().toString(), "--uit", rapporten.toString(), invoer.toString());

        assertEquals(3, run.exitCode(), run.all());
        assertTrue(run.err().contains("kapot.json"), "the refused file is named: " + run.err());
        assertTrue(run.err().contains("er is niet getransformeerd en er zijn geen rapportages geschreven"), run.err());
        assertFalse(run.err().contains("== 2/3 Transformeren =="), run.err());
        assertFalse(lake.exists("gold", "gemeente_maand"), "nothing was transformed");
        assertFalse(Files.exists(rapporten), "no reports");
    }

    private Map<String, String> key() {
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        if (!Files.exists(keyFile)) Pseudonymiser.createKeyFile(keyFile);
        return Map.of(Pseudonymiser.KEY_FILE_VARIABLE, keyFile.toString());
    }
}
