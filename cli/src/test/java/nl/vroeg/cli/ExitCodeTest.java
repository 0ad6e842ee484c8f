package nl.vroeg.cli;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of README.md: 2 usage error, 3 input rejected, 4 data-quality error. */
class ExitCodeTest {

    @TempDir
    Path dir;

    @Test
    void aWrongOptionOrPathIsAUsageErrorAndNothingIsCreated() {
        Path lake = dir.resolve("lake");
        assertEquals(2, vroeg("transform", "--onbekend").exitCode());
        assertEquals(2, vroeg("ingest").exitCode(), "a path is required");

        CliRun missingFile = vroeg("ingest", "--lake", lake.toString(), dir.resolve("levering.json").toString());
        assertEquals(2, missingFile.exitCode(), missingFile.err());
        assertTrue(missingFile.err().contains("Bestaat niet: " + dir.resolve("levering.json")), missingFile.err());
        for (String command : new String[] {"transform", "report", "purge"}) {
            CliRun noLake = vroeg(command, "--lake", lake.toString());
            assertEquals(2, noLake.exitCode(), command + ": " + noLake.err());
            assertTrue(noLake.err().startsWith("vroeg: Geen lake in " + lake), noLake.err());
        }
        assertFalse(Files.exists(lake), "no command created the lake folder");
    }

    @Test
    void aModelThatCannotRunIsOneDutchLineNamingItWithExit1() throws IOException {
        Path lake = Files.createDirectories(dir.resolve("leeg-lake")); // no bronze tables: the first model cannot analyse
        CliRun run = vroeg("transform", "--lake", lake.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("vroeg: Model staging\\.\\w+ faalt: Onbekende tabel .*\\n"), run.err());
    }

    @Test
    void aRejectedFileIsExit3AndTooMuchQuarantineExit4() throws IOException {
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        Pseudonymiser.createKeyFile(keyFile);
        Path broken = Files.writeString(dir.resolve("kapot.json"), "{\"leveringen\": [");
        Path poor = dir.resolve("veel-quarantaine.json");
        try (InputStream example = ExitCodeTest.class.getResourceAsStream("/ddas-voorbeelden/meervoudigVoorbeeld.json")) {
            String json = new String(example.readAllBytes(), StandardCharsets.UTF_8);
            // one of the example's few signals gets a status outside the code list: quarantined, > 10% of the records
            Files.writeString(poor, json.replaceFirst("\"status\": \"Nog niet opgepakt\"", "\"status\": \"geen idee\""));
        }
        assertTrue(Files.readString(poor).contains("geen idee"), "the example still has the status this test changes");

        Map<String, String> key = Map.of(Pseudonymiser.KEY_FILE_VARIABLE, keyFile.toString());
        Lake lake = InitialisedLake.at(VroegSpark.session(), dir.resolve("lake")); // the tables are not what this test is about
        CliRun rejected = vroeg(key, "ingest", "--lake", lake.root().toString(), broken.toString());
        assertEquals(3, rejected.exitCode(), rejected.all());
        assertTrue(rejected.all().contains("kapot.json"), "the message names the file: " + rejected.all());
        CliRun quarantined = vroeg(key, "ingest", "--lake", lake.root().toString(), poor.toString());
        assertEquals(4, quarantined.exitCode(), quarantined.all());
    }
}
