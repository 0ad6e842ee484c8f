package nl.vroeg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.vroeg.cli.SqlSandbox;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's walls behind the statement check: the guarded session is called directly (as if the check had
 * missed a statement) and still commits nothing and reads nothing outside the lake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxFileSystemTest {

    SandboxLake fixture;
    SqlSandbox sandbox;
    SparkSession guarded;
    String table;

    @BeforeAll
    void makeTheLake(@TempDir Path dir) throws IOException {
        fixture = new SandboxLake(dir);
        sandbox = SqlSandbox.open(fixture.lake);
        guarded = sandbox.session();
        sandbox.run("select count(*) from gold.gemeente_maand", null).collectAsList(); // registers the view
        table = fixture.lake.location("gold", "gemeente_maand").toString();
    }

    private long version() {
        return DeltaTable.forPath(VroegSpark.session(), table).history().selectExpr("max(version)").first().getLong(0);
    }

    @Test
    void aDeltaWriteThroughTheGuardedSessionCommitsNothing() throws IOException {
        Map<String, String> before = fixture.files();
        long version = version();
        assertThrows(Exception.class, () -> guarded.sql("select 'GM9999' as gemeentecode, date'2025-01-01' as maand, 1 as signalen, 1.0 as bereik_pct")
                .write().format("delta").mode("append").save(table));
        assertThrows(Exception.class, () -> DeltaTable.forPath(guarded, table).delete("gemeentecode = 'GM0001'"));
        assertThrows(Exception.class, () -> guarded.range(1).write().mode("overwrite").parquet(fixture.lake.root().resolve("gold/nieuw").toString()));
        assertEquals(version, version());
        assertEquals(before, fixture.files());
        assertEquals(2L, VroegSpark.session().read().format("delta").load(table).count());
    }

    @Test
    void writesThroughTheViewsAreRefusedBySpark() throws IOException {
        Map<String, String> before = fixture.files();
        assertThrows(Exception.class, () -> guarded.sql("delete from gold.gemeente_maand"));
        assertThrows(Exception.class, () -> guarded.sql("insert into gold.gemeente_maand select * from gold.gemeente_maand"));
        assertThrows(Exception.class, () -> guarded.sql("update gold.gemeente_maand set signalen = 0"));
        assertEquals(before, fixture.files());
    }

    @Test
    void readsOutsideTheLakeAreRefusedAndInsideAllowed() {
        assertThrows(Exception.class, () -> guarded.read().text(fixture.secretFile.toString()).collectAsList());
        assertThrows(Exception.class, () -> guarded.read().text(fixture.keyFile.toString()).collectAsList());
        assertThrows(Exception.class, () -> guarded.sql("select * from text.`" + fixture.rawDelivery + "`").collectAsList());
        assertThrows(Exception.class, () -> guarded.read().text("http://127.0.0.1:9/x").collectAsList());
        assertEquals(2L, guarded.read().format("delta").load(table).count());
        assertEquals(2L, guarded.sql("select * from gold.gemeente_maand").count());
    }
}
