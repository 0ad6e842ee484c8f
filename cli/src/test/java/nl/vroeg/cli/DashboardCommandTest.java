package nl.vroeg.cli;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedFixture;
import nl.vroeg.lake.PublishedLakeFixture;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code vroeg dashboard} fails fast, with one Dutch line and exit 1, where there is nothing to publish. */
@ExtendWith(SparkTest.class)
class DashboardCommandTest {

    @TempDir
    Path dir;

    @Test
    void aLakeWithoutPublishedFiguresIsExit1BeforeSparkStartsAndWritesNothing() throws Exception {
        Path lake = Files.createDirectories(dir.resolve("lake"));
        CliRun run = vroeg("dashboard", "--lake", lake.toString(), "--uit", dir.resolve("site").toString());
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("vroeg: Geen gepubliceerde cijfers in " + lake + " (gold.gemeente_maand_gepubliceerd ontbreekt): draai eerst"
                + " 'vroeg transform'.", run.err().strip());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void anEmptyPublishedTableOrAMonthWithoutFiguresIsExit1(SparkSession spark) {
        Lake empty = new Lake(dir.resolve("leeg"));
        spark.createDataFrame(List.<Row>of(), PublishedFixture.SCHEMA).write().format("delta")
                .save(empty.location("gold", "gemeente_maand_gepubliceerd").toString());
        CliRun run = vroeg("dashboard", "--lake", empty.root().toString(), "--uit", dir.resolve("site").toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("vroeg: Er zijn nog geen gepubliceerde cijfers"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());

        Lake lake = new Lake(dir.resolve("lake"));
        PublishedLakeFixture.write(spark, lake, false);
        CliRun month = vroeg("dashboard", "--lake", lake.root().toString(), "--uit", dir.resolve("site").toString(), "--maand", "2030-01");
        assertEquals(1, month.exitCode(), month.all());
        assertTrue(month.err().startsWith("vroeg: Geen gepubliceerde cijfers over januari 2030; er zijn cijfers over januari 2025 t/m"
                + " maart 2025."), month.err());
        assertFalse(Files.exists(dir.resolve("site")), "nothing written");

        CliRun ok = vroeg("dashboard", "--lake", lake.root().toString(), "--uit", dir.resolve("site").toString(), "--maand", "2025-03");
        assertEquals(0, ok.exitCode(), ok.all());
        assertTrue(Files.isRegularFile(dir.resolve("site").resolve("gemeenten").resolve("GM0307.html")));
        assertTrue(ok.err().contains("5 pagina's over maart 2025"), ok.err());
    }
}
