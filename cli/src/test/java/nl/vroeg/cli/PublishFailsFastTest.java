package nl.vroeg.cli;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vroeg publish} refuses what it can before Spark starts: a password in the URL (exit 2), a lake without
 * published tables, an unreachable server (exit 1, within seconds). An empty published table is refused after
 * reading it (PublisherTest in dashboards, with a real server).
 */
class PublishFailsFastTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordInTheUrlIsAUsageError() {
        CliRun run = vroeg("publish", "--lake", dir.toString(), "--jdbc", "jdbc:postgresql://localhost/vroeg?user=a&password=geheim");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("vroeg: Zet geen wachtwoord in de JDBC-URL"), run.err());
        assertFalse(run.err().contains("geheim"), run.err());
        assertEquals(2, vroeg("publish", "--lake", dir.toString()).exitCode(), "--jdbc is required");
    }

    @Test
    void aLakeWithoutPublishedTablesIsAFailure() throws IOException {
        Files.createDirectories(dir.resolve("gold/gemeente_maand/_delta_log"));
        CliRun run = vroeg("publish", "--lake", dir.toString(), "--jdbc", "jdbc:postgresql://127.0.0.1:1/vroeg");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("geen gepubliceerde tabellen"), run.err());
    }

    @Test
    void anUnreachableDatabaseFailsWithinSecondsBeforeSparkStarts() throws IOException {
        boolean sparkBefore = SparkSession.getDefaultSession().isDefined();
        // a published table as the lake lists it (a committed version), without starting Spark to write one
        Path log = Files.createDirectories(dir.resolve("gold/gemeente_maand_gepubliceerd/_delta_log"));
        Files.writeString(log.resolve("00000000000000000000.json"), "{}\n");

        long start = System.nanoTime();
        CliRun run = vroeg("publish", "--lake", dir.toString(), "--jdbc", "jdbc:postgresql://127.0.0.1:1/vroeg?user=vroeg");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("vroeg: De servingdatabase 127.0.0.1:1/vroeg is niet bereikbaar"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(seconds < 10, seconds + " s");
        if (!sparkBefore) assertFalse(SparkSession.getDefaultSession().isDefined(), "Spark was started");
    }
}
