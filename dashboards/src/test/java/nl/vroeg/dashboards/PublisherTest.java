package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class PublisherTest {

    private static TestDatabase database;

    @BeforeAll
    static void startDatabase() {
        database = TestDatabase.start();
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) database.close();
    }

    @Test
    void publishingTwiceLeavesOneCopyWithValuesIntact(SparkSession spark, @TempDir Path dir) {
        Lake lake = GoldFixture.write(spark, new Lake(dir));
        Publisher publisher = new Publisher(spark, lake, database.jdbcUrl(), database.schema());
        int goldRows = GoldFixture.rows().size();

        assertEquals(goldRows, publisher.publish());
        assertEquals(goldRows, publisher.publish());

        database.jdbi().useHandle(h -> {
            assertEquals(goldRows, rowCount(h));
            Map<String, Object> amsterdam = row(h, "GM0363", GoldFixture.JUNE);
            assertEquals(1234L, amsterdam.get("signalen"));
            assertEquals(100.0 * 145 / 321, (Double) amsterdam.get("bereik_pct"), 0.0, "doubles survive exactly");
            assertEquals(false, amsterdam.get("voorlopig"));
            Map<String, Object> haag = row(h, "GM0518", GoldFixture.JUNE);
            assertEquals("'s-Gravenhage", haag.get("gemeentenaam"));
            assertNull(haag.get("signalen"), "a suppressed count stays NULL");
            assertNull(haag.get("bereik_pct"), "a hidden percentage stays NULL");
            assertEquals(true, haag.get("voorlopig"));
            assertEquals(List.of("zaken_hulp_geaccepteerd"), h.createQuery("select unnest(secundair_onderdrukt) from "
                    + table() + " where gemeentecode = 'GM0363' and maand = date'2025-05-01'").mapTo(String.class).list());
            assertEquals(0, h.createQuery("select cardinality(secundair_onderdrukt) from " + table()
                    + " where gemeentecode = 'GM0363' and maand = date'2025-06-01'").mapTo(Integer.class).one());
            assertEquals(List.of(GoldFixture.APRIL, GoldFixture.MAY, GoldFixture.JUNE),
                    h.createQuery("select distinct maand from " + table() + " order by maand").mapTo(LocalDate.class).list());

            String comment = h.createQuery("select obj_description(cast(:t as regclass), 'pg_class')")
                    .bind("t", table()).mapTo(String.class).one();
            assertTrue(comment.contains("1 tot en met 4") && comment.contains("niet getoond"), comment);
            assertEquals(Map.of("maand", "date", "signalen", "bigint", "bereik_pct", "double precision",
                            "voorlopig", "boolean", "gemeentenaam", "text"),
                    columnTypes(h, "maand", "signalen", "bereik_pct", "voorlopig", "gemeentenaam"));
        });
    }

    @Test
    void aFailedPublicationChangesNothing(SparkSession spark, @TempDir Path dir) {
        Lake good = GoldFixture.write(spark, new Lake(dir.resolve("goed")));
        new Publisher(spark, good, database.jdbcUrl(), database.schema()).publish();
        // A duplicate key makes COPY fail after the delete: the transaction must roll both back.
        List<Row> rows = new ArrayList<>(GoldFixture.rows());
        rows.add(rows.get(0));
        Lake broken = GoldFixture.write(spark, new Lake(dir.resolve("fout")), rows);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new Publisher(spark, broken, database.jdbcUrl(), database.schema()).publish());

        assertFalse(failure.getMessage().contains("GM0363") || failure.getMessage().contains("Amsterdam"),
                "no row contents in the message: " + failure.getMessage());
        assertEquals(GoldFixture.rows().size(), database.jdbi().withHandle(PublisherTest::rowCount));
    }

    private static String table() {
        return database.schema() + "." + ServingTable.NAME;
    }

    private static int rowCount(Handle h) {
        return h.createQuery("select count(*) from " + table()).mapTo(Integer.class).one();
    }

    private static Map<String, Object> row(Handle h, String gemeentecode, LocalDate maand) {
        return h.createQuery("select * from " + table() + " where gemeentecode = :code and maand = :maand")
                .bind("code", gemeentecode).bind("maand", maand).mapToMap().one();
    }

    private static Map<String, String> columnTypes(Handle h, String... columns) {
        return h.createQuery("select column_name, data_type from information_schema.columns "
                        + "where table_schema = :schema and table_name = :table and column_name in (<columns>)")
                .bind("schema", database.schema()).bind("table", ServingTable.NAME).bindList("columns", (Object[]) columns)
                .setMapKeyColumn("column_name").setMapValueColumn("data_type")
                .collectInto(new GenericType<Map<String, String>>() {});
    }
}
