package nl.vroeg.security;

import nl.vroeg.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every attack on {@code vroeg sql} of issue #9.1, each reproduced on the code before the sandbox (where it
 * succeeded), now refused with exit 2 and a Dutch message, with nothing written to the lake and nothing secret
 * in the output. See SECURITY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlSandboxAttackTest {

    SandboxLake fixture;
    Map<String, String> filesBefore;

    @BeforeAll
    void makeTheLake(@TempDir Path dir) throws IOException {
        fixture = new SandboxLake(dir);
    }

    @BeforeEach
    void rememberTheLake() throws IOException {
        filesBefore = fixture.files();
    }

    @AfterEach
    void nothingWasWritten() throws IOException {
        assertEquals(filesBefore, fixture.files(), "the lake's files are unchanged");
    }

    private CliRun refused(String sql) {
        CliRun run = fixture.sql(sql);
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("vroeg: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().contains("Alleen lezen") || run.err().contains("geweigerd"), run.err());
        assertEquals("", run.out());
        return run;
    }

    @Test
    void executeImmediateDeleteIsRefused() {
        refused("execute immediate 'delete from gold.gemeente_maand where gemeentecode = ''GM0001'''");
        assertTrue(fixture.sql("select count(*) as n from gold.gemeente_maand").out().contains("| 2 "));
    }

    @Test
    void executeImmediateInsertIsRefused() {
        refused("execute immediate 'insert into gold.gemeente_maand values (''GM9999'', date''2025-01-01'', 1, 1.0)'");
    }

    @Test
    void restoreToAnEarlierVersionIsRefused() {
        refused("restore table silver.signalen to version as of 0");
    }

    @Test
    void shallowCloneIsRefused() {
        refused("create table gold.kloon shallow clone gold.gemeente_maand");
    }

    @Test
    void executeImmediateSetIsRefused() {
        refused("execute immediate 'set spark.sql.runSQLOnFiles=true'");
    }

    @Test
    void executeImmediateAddJarIsRefused() {
        refused("execute immediate 'add jar " + fixture.secretFile + "'");
    }

    @Test
    void readingEtcShadowIsRefused() {
        refused("select * from text.`/etc/shadow`");
    }

    @Test
    void readingTheKeyFileIsRefused() throws IOException {
        CliRun run = refused("select * from text.`" + fixture.keyFile + "`");
        assertFalse(run.all().contains(fixture.key()), "the key is not shown");
    }

    @Test
    void readingARawDeliveryIsRefused() {
        CliRun run = refused("select * from text.`" + fixture.rawDelivery + "`");
        assertFalse(run.all().contains(SandboxLake.BSN));
        refused("select * from csv.`" + fixture.rawDelivery + "`");
    }

    @Test
    void reflectIsRefused() {
        CliRun run = refused("select reflect('java.lang.System', 'getenv', 'VROEG_SLEUTEL_BESTAND')");
        assertTrue(run.err().contains("reflect"), run.err());
    }

    @Test
    void javaMethodIsRefused() {
        refused("select java_method('java.lang.System', 'getProperty', 'user.home')");
    }

    @Test
    void tryReflectIsRefused() {
        refused("select try_reflect('java.lang.System', 'getenv', 'HOME')");
    }

    @Test
    void binaryFileIsRefused() {
        refused("select * from binaryFile.`" + fixture.dir + "`");
    }

    @Test
    void aDeltaPathAtVersionZeroIsRefused() {
        refused("select * from delta.`" + fixture.lake.location("gold", "gemeente_maand") + "` version as of 0");
    }

    @Test
    void parquetPathsAndReadFilesAreRefused() {
        refused("select * from parquet.`" + fixture.lake.location("gold", "gemeente_maand") + "`");
        refused("select * from read_files('" + fixture.secretFile + "', format => 'text')");
    }

    @Test
    void aFileHiddenInACteOrSubqueryIsRefused() {
        refused("with x as (select * from text.`" + fixture.secretFile + "`) select * from x");
        refused("select (select max(value) from text.`" + fixture.secretFile + "`) as v");
        refused("select * from gold.gemeente_maand where gemeentecode in (select value from text.`" + fixture.secretFile + "`)");
        refused("select * from gold.gemeente_maand lateral view explode(array(reflect('java.lang.System', 'getenv', 'HOME'))) t as v");
    }

    @Test
    void aTableThatIsNotTheLakesIsRefused() {
        refused("select * from default.iets");
        refused("select * from spark_catalog.default.iets");
    }

    @Test
    void plainWritesAndSettingsAreRefused() {
        for (String sql : new String[] {"delete from gold.gemeente_maand", "update gold.gemeente_maand set signalen = 0",
                "insert into gold.gemeente_maand select * from gold.gemeente_maand", "set spark.sql.runSQLOnFiles=true", "reset",
                "add file " + fixture.secretFile, "add archive " + fixture.secretFile, "drop table gold.gemeente_maand",
                "vacuum gold.gemeente_maand", "cache table gold.gemeente_maand", "create temporary view v as select 1",
                "merge into gold.gemeente_maand t using gold.gemeente_maand s on t.gemeentecode = s.gemeentecode when matched then delete"}) {
            refused(sql);
        }
    }

    @Test
    void queriesOverTheLakeStillWork() {
        CliRun run = fixture.sql("--format", "csv", "with t as (select gemeentecode, signalen from gold.gemeente_maand)"
                + " select gemeentecode, sum(signalen) as s from t group by gemeentecode order by gemeentecode");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("gemeentecode,s\nGM0001,10\nGM0002,3\n", run.out());
    }
}
