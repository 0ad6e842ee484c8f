package nl.vroeg.cli;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.vroeg.lake.LakeScanner;
import nl.vroeg.lake.Postcodes;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.reference.CbsReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end through the command line, on one of its municipalities (Amersfoort: the whole chain, at a
 * quarter of the default's reports), then the other commands on the lake it made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoTest {

    Path dir;
    Path demo;
    CliRun demoRun;

    @BeforeAll
    void runTheDemo(@TempDir Path tempDir) {
        dir = tempDir;
        demo = dir.resolve("demo");
        demoRun = vroeg("demo", "--dir", demo.toString(), "--gemeenten", "GM0307");
    }

    @Test
    @Order(1)
    void demoWritesLakeReportsChartsAndDashboardAndSummarises() throws IOException {
        assertEquals(0, demoRun.exitCode(), demoRun.err());
        assertTrue(Files.isDirectory(demo.resolve("lake/gold/gemeente_maand/_delta_log")));
        // April 2025 is the latest definitive month of the demo's January to June
        try (Stream<Path> reports = Files.walk(demo.resolve("rapporten/2025-04"))) {
            List<String> names = reports.map(p -> demo.resolve("rapporten/2025-04").relativize(p).toString()).toList();
            assertTrue(names.contains("landelijk.pdf") && names.contains("gemeenten/GM0307-Amersfoort.xlsx")
                    && names.contains("provincies/PV26-Utrecht.pdf") && names.contains("partners/Energie.pdf"), names.toString());
        }
        assertTrue(Files.readString(demo.resolve("dashboard/index.html")).contains("data-grafiek"), "the national page with its charts");
        assertTrue(Files.isRegularFile(demo.resolve("dashboard/gemeenten/GM0307.html")) && Files.isRegularFile(demo.resolve("dashboard/assets/echarts.min.js")));
        assertTrue(demoRun.out().contains("Samenvatting"), demoRun.out());
        assertTrue(demoRun.out().contains("Amersfoort"), demoRun.out());
        assertTrue(Files.exists(demo.resolve("sleutel/vroeg.sleutel")));
    }

    @Test
    @Order(2)
    void sqlPrintsTheIndicatorsAsCsvIncludingTheOfficialExample() {
        CliRun run = vroeg("sql", "--lake", demo.resolve("voorbeelden/lake").toString(), "--format", "csv",
                "select gemeentecode, maand, signalen, zaken, zaken_bereikt, bereik_pct, hulpacceptatie_pct_van_bereikt"
                        + " from gold.gemeente_maand where gemeentecode = 'GM0518'");
        assertEquals(0, run.exitCode(), run.err());
        // 's-Gravenhage only has the official examples: 2 signals, 2 cases, 1 reached who accepted help
        assertEquals("gemeentecode,maand,signalen,zaken,zaken_bereikt,bereik_pct,hulpacceptatie_pct_van_bereikt\n"
                + "GM0518,2025-01-01,2,2,1,50.0,100.0\n", run.out());
    }

    @Test
    @Order(3)
    void sqlRefusesToWrite() {
        CliRun run = vroeg("sql", "--lake", demo.resolve("lake").toString(), "delete from gold.gemeente_maand");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Alleen lezen"), run.err());
        CliRun table = vroeg("sql", "--lake", demo.resolve("voorbeelden/lake").toString(), "select count(*) as n from gold.gemeente_maand where gemeentecode = 'GM0518'");
        assertTrue(table.out().contains("| 1 "), table.out());
        // the examples stay out of the generated lake: no 's-Gravenhage there; its partner events and policy are in
        CliRun demoLake = vroeg("sql", "--lake", demo.resolve("lake").toString(), "--format", "csv",
                "select (select count(*) from gold.gemeente_maand where gemeentecode = 'GM0518') as haag,"
                        + " (select count(*) from gold.gebeurtenissen_maand) > 0 as gebeurtenissen,"
                        + " (select count(*) from silver.gemeentebeleid) > 0 as beleid");
        assertEquals("haag,gebeurtenissen,beleid\n0,true,true\n", demoLake.out(), demoLake.err());
    }

    @Test
    @Order(4)
    void ingestRefusesWithoutAKey() {
        assumeTrue(System.getenv("VROEG_SLEUTEL_BESTAND") == null, "the test JVM has a key in its environment");
        CliRun run = vroeg("ingest", "--lake", dir.resolve("ander-lake").toString(), demo.resolve("invoer").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Geen sleutel"), run.err());
    }

    @Test
    @Order(5)
    void noBsnNameStreetOrPostcodeOfTheInputsAnywhereUnderTheLake() throws IOException {
        Set<String> personal = personalDataOfTheInputs(demo.resolve("invoer"));
        personal.addAll(personalDataOfTheInputs(demo.resolve("voorbeelden/invoer")));
        assertTrue(personal.size() > 1000, "the scan looks for the inputs' BSNs, names, streets and postcodes");
        assertEquals(List.of(), LakeScanner.findTokens(VroegSpark.session(), demo.resolve("lake"), personal));
        assertEquals(List.of(), LakeScanner.findTokens(VroegSpark.session(), demo.resolve("voorbeelden/lake"), personal));
    }

    /**
     * Every BSN, surname, street, full postcode and birth date of the inputs, and their contact persons' details,
     * cut into tokens; tokens of municipality names (e.g. "Berg" of Berg en Dal) and very short ones are left out,
     * since they occur legitimately.
     */
    private static Set<String> personalDataOfTheInputs(Path invoer) throws IOException {
        Set<String> municipalityTokens = new HashSet<>();
        CbsReference.shipped().gemeenten().forEach(g -> municipalityTokens.addAll(List.of(g.naam().split("[\\s,]+"))));
        Set<String> needles = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(invoer)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode levering : json.readTree(file.toFile()).path("leveringen")) {
                    for (JsonNode contact : levering.path("aanleverende_organisatie").path("contactpersoonen")) {
                        addTokens(needles, contact.path("naam").asText(), contact.path("telefoonnummer").asText(), contact.path("email").asText());
                    }
                    for (JsonNode signal : levering.path("vroegsignalen")) {
                        JsonNode c = signal.path("client");
                        addTokens(needles, c.path("Burgerservicenummer").asText(), c.path("Achternaam").asText(),
                                c.path("Straatnaam").asText(), Postcodes.normalise(c.path("Postcode").asText()),
                                c.path("Geboortedatum").asText());
                    }
                }
            }
        }
        needles.removeAll(municipalityTokens);
        needles.removeIf(token -> token.length() < 4);
        return needles;
    }

    private static void addTokens(Set<String> needles, String... values) {
        for (String value : values) {
            if (value != null) needles.addAll(LakeScanner.tokens(value));
        }
    }
}
