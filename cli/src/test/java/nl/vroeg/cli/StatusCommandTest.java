package nl.vroeg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code vroeg status} and {@code vroeg tabellen} on a small lake holding only the columns they read. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusCommandTest {

    Lake lake;

    @BeforeAll
    void makeTheLake(@TempDir Path dir) {
        lake = new Lake(dir.resolve("lake"));
        write(Table.LEVERINGEN, """
                select * from values ('r1', timestamp'2025-02-01 09:00:00', 'a', 'ingelezen'),
                  ('r2', timestamp'2025-03-02 10:00:00', 'b', 'ingelezen'), ('r2', timestamp'2025-03-02 10:00:00', 'b', 'ingelezen'),
                  ('r2', timestamp'2025-03-02 10:00:00', 'c', 'afgewezen') as t(run_id, ingest_tijd, bestand_sha256, status)""");
        write(Table.TRANSFORM_RUNS, """
                select * from values (timestamp'2025-03-02 11:00:00', false, array(date'2025-02-01', date'2025-03-01'),
                  timestamp'2025-03-02 10:00:00') as t(tijd, volledig, maanden, ingest_tot)""");
        write(Table.DQ_RESULTATEN, """
                select * from values (timestamp'2025-03-02 10:00:00', 'fout', 'b.json', 'quarantaine_aandeel', '12% gequarantaineerd'),
                  (timestamp'2025-03-02 10:00:00', 'ok', 'b.json', 'ongeldige_postcode', '0%') as t(tijd, status, bestand, controle, melding)""");
        write(Table.QUARANTAINE, "select * from values (timestamp'2025-03-02 10:00:00'), (timestamp'2025-03-02 10:00:00') as t(ingest_tijd)");
        write(Table.SIGNALEN, "select * from values (date'2020-01-10'), (date'2025-03-01') as t(signaaldatum)");
        VroegSpark.session().sql("""
                select * from values (date'2025-01-01', false), (date'2025-02-01', true), (date'2025-03-01', true),
                  (date'2025-03-01', true) as t(maand, voorlopig)""").write().format("delta")
                .save(lake.location("gold", "gemeente_maand").toString());
        // Three versions: the rows, files and bytes are those of the last, not of every file ever written.
        String zaken = lake.location("silver", "zaken").toString();
        VroegSpark.session().sql("select * from values (1), (2), (3) as t(zaak)").write().format("delta").save(zaken);
        VroegSpark.session().sql("select * from values (4), (5) as t(zaak)").write().format("delta").mode("overwrite").save(zaken);
        VroegSpark.session().sql("select * from values (6) as t(zaak)").write().format("delta").mode("append").save(zaken);
    }

    private void write(Table table, String sql) {
        SparkSession spark = VroegSpark.session();
        spark.sql(sql).write().format("delta").save(lake.location(table).toString());
    }

    @Test
    void statusShowsTablesRunsProvisionalMonthsErrorsQuarantineAndRetention() {
        CliRun run = CliRun.vroeg("status", "--lake", lake.root().toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.matches("(?s).*\\| gold\\.gemeente_maand\\s+\\| 0\\s+\\| 4\\s+\\| [\\d,]+ k?B\\s+\\| 1\\s+\\|.*"), out);
        assertTrue(out.matches("(?s).*\\| silver\\.zaken\\s+\\| 2\\s+\\| 3\\s+\\| [\\d,]+ k?B\\s+\\| 2\\s+\\|.*"), out);
        assertTrue(out.contains("Laatste ingest: 2025-03-02T10:00:00Z: 2 bestand(en), 1 afgewezen"), out);
        assertTrue(out.contains("Laatste transformatie: 2025-03-02T11:00:00Z, incrementeel, 2 maand(en) gold herbouwd"), out);
        assertTrue(out.contains("Voorlopige maanden: 2025-02, 2025-03"), out);
        assertTrue(out.contains("Datakwaliteit: 1 fout(en)\n  b.json: quarantaine_aandeel - 12% gequarantaineerd"), out);
        assertTrue(out.contains("Quarantaine: 2 record(s)"), out);
        assertTrue(out.contains("Bewaartermijn: purge nodig: signalen van vóór "), out);
    }

    @Test
    void statusOfAFolderThatIsNoLakeIsAUsageError(@TempDir Path dir) {
        assertEquals(2, CliRun.vroeg("status", "--lake", dir.resolve("nergens").toString()).exitCode());
    }

    @Test
    void tabellenGivesEveryTableItsDocsRowsAndLastChange() {
        CliRun run = CliRun.vroeg("tabellen", "--lake", lake.root().toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        var lines = run.out().lines().toList();
        assertEquals("laag,tabel,beschrijving,grain,rijen,laatst_gewijzigd", lines.get(0));
        assertEquals(8, lines.size(), run.out());
        String gold = lines.stream().filter(l -> l.startsWith("gold,gemeente_maand,")).findFirst().orElseThrow();
        assertTrue(gold.contains("Een rij per (gemeentecode, maand)") && gold.matches(".*,4,\\d{4}-.*"), gold);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("bronze,signalen,\"Elke versie van elk DDAS-signaal zoals geleverd,"
                + " gepseudonimiseerd.\",Een rij per signaal per levering,2,")), run.out());
        for (Table table : Table.values()) {
            assertTrue(!table.description().isEmpty() && !table.grain().isEmpty(), table.qualifiedName() + " has Dutch docs");
        }
    }
}
