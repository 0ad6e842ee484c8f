package nl.vroeg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The researchers' workbench: lazy registration, show tables, Dutch errors, --as-of. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlCommandTest {

    Path dir;
    Lake lake;

    CliRun sql(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "sql";
        full[1] = "--lake";
        full[2] = lake.root().toString();
        System.arraycopy(args, 0, full, 3, args.length);
        return CliRun.vroeg(full);
    }

    @BeforeAll
    void makeTheLake(@TempDir Path tempDir) {
        dir = tempDir;
        lake = new Lake(dir.resolve("lake"));
        SparkSession spark = VroegSpark.session();
        String proef = lake.location("gold", "proef").toString();
        spark.sql("select 1 as x union all select 2").write().format("delta").save(proef);
        spark.sql("select 3 as x").write().format("delta").mode("append").save(proef);
        spark.sql("select 'a' as y").write().format("delta").save(lake.location("silver", "ander").toString());
        spark.sql("select 'q' as z").write().format("delta").save(lake.location("ops", "runs").toString());
    }

    @Test
    void aQueryWithoutTablesDoesNotTouchTheLake() {
        CliRun run = new CliRun(0, "", "");
        Lake real = lake;
        lake = new Lake(dir.resolve("bestaat-niet"));
        try {
            run = sql("--format", "csv", "select 1 as een");
        } finally {
            lake = real;
        }
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("een\n1\n", run.out());
    }

    @Test
    void onlyTheNamedTablesAreRegistered() throws Exception {
        SparkSession spark = VroegSpark.session();
        spark.sql("drop view if exists silver.ander");
        spark.sql("drop view if exists gold.proef");
        CliRun run = sql("--format", "csv", "select count(*) as n from gold.proef");
        assertEquals("n\n3\n", run.out(), run.err());
        assertTrue(spark.catalog().tableExists("gold.proef"));
        assertFalse(spark.catalog().tableExists("silver.ander"), "a table the query does not name is not registered");
    }

    @Test
    void showTablesListsEveryLayer() {
        CliRun run = sql("--format", "csv", "show tables");
        assertEquals("namespace,tableName,isTemporary\nsilver,ander,false\ngold,proef,false\nops,runs,false\n", run.out(), run.err());
        assertEquals("namespace,tableName,isTemporary\ngold,proef,false\n", sql("--format", "csv", "show tables in gold").out());
        assertEquals("namespace,tableName,isTemporary\ngold,proef,false\n", sql("--format", "csv", "show tables like 'pr*'").out());
    }

    @Test
    void errorsAreOneDutchLineWithExitTwo() {
        CliRun unknown = sql("select * from gold.bestaat_niet");
        assertEquals(2, unknown.exitCode());
        assertEquals("vroeg: Onbekende tabel gold.bestaat_niet. Tabellen in gold: gold.proef.", unknown.err().strip());
        CliRun column = sql("select nee from gold.proef");
        assertEquals(2, column.exitCode());
        assertTrue(column.err().startsWith("vroeg: Onbekende kolom"), column.err());
        assertEquals(1, column.err().strip().lines().count(), column.err());
        CliRun syntax = sql("selec 1");
        assertEquals(2, syntax.exitCode());
        assertTrue(syntax.err().startsWith("vroeg: De SQL klopt niet bij"), syntax.err());
        assertEquals(1, syntax.err().strip().lines().count(), syntax.err());
        CliRun union = sql("select x from gold.proef union all select x, x from gold.proef");
        assertEquals(2, union.exitCode());
        assertEquals("vroeg: De delen van UNION hebben niet evenveel kolommen.", union.err().strip());
        CliRun aggregate = sql("select x from gold.proef where sum(x) > 1");
        assertEquals(2, aggregate.exitCode());
        assertTrue(aggregate.err().startsWith("vroeg: In WHERE kan geen aggregaat"), aggregate.err());
    }

    @Test
    void vroegDebugKeepsSparksStackTrace() {
        CliRun run = CliRun.vroeg(Map.of("VROEG_DEBUG", "1"), "sql", "--lake", lake.root().toString(), "select nee from gold.proef");
        assertEquals(2, run.exitCode(), run.all());
        String printed = run.all();
        assertTrue(printed.contains("vroeg: Onbekende kolom `nee`") && printed.contains("Caused by: org.apache.spark.sql.AnalysisException")
                && printed.contains("\tat org.apache.spark."), printed);
    }

    @Test
    void asOfAVersionReadsOneTableAsItWas() {
        assertEquals("n\n2\n", sql("--format", "csv", "--as-of", "0", "select count(*) as n from gold.proef").out());
        CliRun missing = sql("--as-of", "7", "select count(*) from gold.proef");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().strip().matches("vroeg: Tabel gold\\.proef heeft geen versie 7; er zijn versies 0-1 \\(van \\S+Z tot \\S+Z, UTC\\)\\."),
                missing.err());
        CliRun two = sql("--as-of", "0", "select * from gold.proef, silver.ander");
        assertEquals(2, two.exitCode());
        assertTrue(two.err().contains("één tabel"), two.err());
    }

    @Test
    void asOfAMomentReadsEveryTableAsItWasThen() {
        CliRun now = sql("--format", "csv", "--as-of", Instant.now().toString(), "select count(*) as n from gold.proef, silver.ander");
        assertEquals("n\n3\n", now.out(), now.err());
        CliRun before = sql("--as-of", "2000-01-01", "select * from gold.proef");
        assertEquals(2, before.exitCode());
        assertTrue(before.err().contains("bestond op 2000-01-01 nog niet") && before.err().contains("versies 0-1"), before.err());
    }
}
