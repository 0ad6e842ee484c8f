package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedFixture;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code vroeg publish} against a real PostgreSQL: what lands, how it is described, and how it is replaced. */
@ExtendWith(SparkTest.class)
class PublisherTest {

    private static final List<String> TODAYS_TABLES = List.of("afloop", "gebeurtenissen_maand", "gemeente_maand",
            "gemeente_maand_uitsplitsing");

    private TestDatabase database;

    @BeforeEach
    void schemas() {
        database = TestDatabase.start();
    }

    @AfterEach
    void dropSchemas() {
        database.close();
    }

    @Test
    void everyPublishedTableOfTheLakeLandsWithItsCommentsAndArraysAsTextArrays(SparkSession spark, @TempDir Path dir) {
        Lake lake = GoldFixture.write(spark, LakeFixture.published(spark, new Lake(dir)));
        // a table the transform does not write yet, with a column nobody described: published all the same; the
        // comments of the lake's schema become the columns' COMMENTs
        LakeFixture.write(spark, lake, "gold", "partner_uitval_gepubliceerd", "gemeentecode string comment 'Gebiedscode',"
                        + " maand date comment 'Maand (de eerste dag)', nieuwe_kolom bigint",
                List.of(RowFactory.create("NL", LakeFixture.JANUARY, 7L)));

        Map<String, Long> counts = publisher(spark, lake).publish();

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put(published("afloop"), 1L);
        expected.put(published("gebeurtenissen_maand"), 1L);
        expected.put(published("gemeente_maand"), (long) GoldFixture.rows().size());
        expected.put(published("gemeente_maand_uitsplitsing"), 2L);
        expected.put(published("partner_uitval"), 1L);
        expected.put(database.schemas().detail() + "." + ServingRoles.MAPPING, 2L); // GM0363 and GM0518 of GoldFixture
        assertEquals(expected, counts);
        database.jdbi().useHandle(h -> {
            for (var table : expected.entrySet()) {
                assertEquals(table.getValue(), h.createQuery("select count(*) from " + table.getKey()).mapTo(Long.class).one(), table.getKey());
            }
            Map<String, Object> amsterdam = row(h, "GM0363", GoldFixture.JUNE);
            assertEquals(1234L, amsterdam.get("signalen"));
            assertEquals(100.0 * 145 / 321, (Double) amsterdam.get("bereik_pct"), 0.0, "doubles survive exactly");
            assertEquals(false, amsterdam.get("voorlopig"));
            Map<String, Object> haag = row(h, "GM0518", GoldFixture.JUNE);
            assertEquals("'s-Gravenhage", haag.get("gemeentenaam"));
            assertNull(haag.get("signalen"), "a suppressed count stays NULL");
            assertNull(haag.get("bereik_pct"), "a hidden percentage stays NULL");

            // arrays are text[], element by element, whatever the text
            assertEquals(List.of("zaken_hulp_geaccepteerd"), h.createQuery("select unnest(secundair_onderdrukt) from "
                    + published("gemeente_maand") + " where gemeentecode = 'GM0363' and maand = date'2025-05-01'").mapTo(String.class).list());
            assertEquals(List.of("zaken_bereikt", "met \"quote\" en , komma"), h.createQuery("select unnest(secundair_onderdrukt) from "
                    + published("afloop")).mapTo(String.class).list());
            assertEquals(0, h.createQuery("select cardinality(secundair_onderdrukt) from " + published("gemeente_maand")
                    + " where gemeentecode = 'GM0363' and maand = date'2025-06-01'").mapTo(Integer.class).one());
            assertEquals(Map.of("maand", "date", "signalen", "bigint", "bereik_pct", "double precision", "voorlopig", "boolean",
                    "gemeentenaam", "text", "secundair_onderdrukt", "text[]"), columnTypes(h, "gemeente_maand",
                    "maand", "signalen", "bereik_pct", "voorlopig", "gemeentenaam", "secundair_onderdrukt"));

            String comment = h.createQuery("select obj_description(cast(:t as regclass), 'pg_class')")
                    .bind("t", published("gemeente_maand")).mapTo(String.class).one();
            assertTrue(comment.contains("1 tot en met 4") && comment.contains("niet getoond"), comment);
            for (String table : TODAYS_TABLES) {
                StructType schema = spark.read().format("delta").load(lake.location("gold", table + "_gepubliceerd").toString()).schema();
                assertEquals(Arrays.stream(schema.fields()).filter(f -> f.getComment().isEmpty()).map(StructField::name).toList(),
                        columnsWithoutComment(h, table), table + ": a column has a COMMENT when the lake describes it");
            }
            assertEquals(List.of("nieuwe_kolom"), columnsWithoutComment(h, "partner_uitval"));
            assertEquals("Maand (de eerste dag)", h.createQuery("select col_description(cast(:t as regclass), 2)")
                    .bind("t", published("partner_uitval")).mapTo(String.class).one());
        });
    }

    @Test
    void publishingTwiceGivesTheSameContents(SparkSession spark, @TempDir Path dir) {
        Lake lake = LakeFixture.withDetail(spark, new Lake(dir));
        Publisher publisher = publisher(spark, lake);

        Map<String, Long> first = publisher.publish();
        Map<String, List<String>> contents = database.jdbi().withHandle(this::contents);
        Map<String, Long> second = publisher.publish();

        assertEquals(first, second);
        assertEquals(contents, database.jdbi().withHandle(this::contents));
        assertEquals(8, contents.size(), "4 published tables, the role mapping and 3 detail marts: " + contents.keySet());
    }

    @Test
    void aConcurrentReaderSeesTheOldOrTheNewStateNeverAMix(SparkSession spark, @TempDir Path dir) throws Exception {
        Lake before = GoldFixture.write(spark, LakeFixture.published(spark, new Lake(dir.resolve("voor"))));
        Lake after = LakeFixture.published(spark, new Lake(dir.resolve("na"))); // PublishedFixture's gemeente_maand
        publisher(spark, before).publish();
        // one statement, one snapshot: both tables as the reader sees them together
        String state = "select (select count(*) || '/' || coalesce(sum(signalen), 0) from " + published("gemeente_maand") + ")"
                + " || ' ' || (select count(*) from " + published("gemeente_maand_uitsplitsing") + ")";
        String old = database.jdbi().withHandle(h -> h.createQuery(state).mapTo(String.class).one());

        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean publishing = new AtomicBoolean(true);
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> database.jdbi().withHandle(h -> {
            int reads = 0;
            while (publishing.get()) {
                seen.add(h.createQuery(state).mapTo(String.class).one());
                reads++;
            }
            return reads;
        }));
        publisher(spark, after).publish();
        publishing.set(false);
        int reads = reader.get(30, TimeUnit.SECONDS);

        String now = database.jdbi().withHandle(h -> h.createQuery(state).mapTo(String.class).one());
        assertEquals(GoldFixture.rows().size() + "/" + 26_390 + " 2", old);
        assertEquals(LakeFixture.PUBLISHED_ROWS + "/" + 3 * (2000 + 12 + 2000 + 12 + 2012) + " 2", now);
        assertTrue(reads > 0, "the reader read while the publication ran");
        seen.removeAll(List.of(old, now));
        assertEquals(Set.of(), seen, "states other than the old and the new one");
    }

    @Test
    void aSecondPublisherWaitsForTheFirst(SparkSession spark, @TempDir Path dir) throws Exception {
        Lake lake = LakeFixture.published(spark, new Lake(dir));
        try (Handle first = database.jdbi().open()) {
            first.begin();
            Publisher.lock(first);
            CompletableFuture<Map<String, Long>> second = CompletableFuture.supplyAsync(() -> publisher(spark, lake).publish());
            Thread.sleep(3000);
            assertFalse(second.isDone(), "the second publication waits for the lock");
            first.rollback();
            assertEquals(LakeFixture.PUBLISHED_ROWS, second.get(60, TimeUnit.SECONDS).get(published("gemeente_maand")));
        }
    }

    @Test
    void aFailedPublicationChangesNothing(SparkSession spark, @TempDir Path dir) {
        Lake good = LakeFixture.published(spark, new Lake(dir.resolve("goed")));
        publisher(spark, good).publish();
        Map<String, List<String>> contents = database.jdbi().withHandle(this::contents);
        // a view of the operator's on the table: re-creating it for a changed column list fails, after the other tables
        database.jdbi().useHandle(h -> h.execute("create view " + published("afloop_view") + " as select * from " + published("afloop")));
        Lake changed = GoldFixture.write(spark, LakeFixture.published(spark, new Lake(dir.resolve("anders"))));
        LakeFixture.write(spark, changed, "gold", "afloop_gepubliceerd", "gemeentecode string, maand date, extra bigint",
                List.of(RowFactory.create("GM0363", LakeFixture.JANUARY, 1L)));

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> publisher(spark, changed).publish());

        assertTrue(failure.getMessage().startsWith("Publiceren naar ") && failure.getMessage().contains("er is niets gewijzigd"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("GM0363") || failure.getMessage().contains("Amsterdam"), failure.getMessage());
        Map<String, List<String>> after = database.jdbi().withHandle(this::contents);
        after.remove(published("afloop_view"));
        assertEquals(contents, after);
    }

    @Test
    void aLakeWithoutPublishedFiguresIsRefused(SparkSession spark, @TempDir Path dir) {
        Lake lake = new Lake(dir);
        spark.createDataFrame(new ArrayList<org.apache.spark.sql.Row>(), PublishedFixture.SCHEMA).write().format("delta")
                .save(lake.location("gold", "gemeente_maand_gepubliceerd").toString());

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> publisher(spark, lake).publish());

        assertTrue(failure.getMessage().contains("geen gepubliceerde cijfers"), failure.getMessage());
        assertEquals(0, (int) database.jdbi().withHandle(h -> h.createQuery("select count(*) from pg_namespace where nspname = :s")
                .bind("s", database.schemas().published()).mapTo(Integer.class).one()));
    }

    private Publisher publisher(SparkSession spark, Lake lake) {
        return new Publisher(spark, lake, database.connection(), database.schemas());
    }

    private String published(String table) {
        return database.schemas().published() + "." + table;
    }

    /** Every table of both schemas with its rows as text, sorted. */
    private Map<String, List<String>> contents(Handle h) {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : h.createQuery("select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_schema in (:a, :b) order by 1")
                .bind("a", database.schemas().published()).bind("b", database.schemas().detail()).mapTo(String.class).list()) {
            contents.put(table, h.createQuery("select t::text from " + table + " t order by 1").mapTo(String.class).list());
        }
        return contents;
    }

    private Map<String, Object> row(Handle h, String gemeentecode, LocalDate maand) {
        return h.createQuery("select * from " + published("gemeente_maand") + " where gemeentecode = :code and maand = :maand")
                .bind("code", gemeentecode).bind("maand", maand).mapToMap().one();
    }

    private Map<String, String> columnTypes(Handle h, String table, String... columns) {
        Map<String, String> types = new LinkedHashMap<>();
        h.createQuery("select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a"
                        + " where a.attrelid = cast(:t as regclass) and a.attname in (<columns>)")
                .bind("t", published(table)).bindList("columns", (Object[]) columns)
                .map((rs, ctx) -> types.put(rs.getString(1), rs.getString(2))).list();
        return types;
    }

    private List<String> columnsWithoutComment(Handle h, String table) {
        return h.createQuery("select a.attname from pg_attribute a where a.attrelid = cast(:t as regclass) and a.attnum > 0"
                        + " and not a.attisdropped and col_description(a.attrelid, a.attnum) is null order by a.attnum")
                .bind("t", published(table)).mapTo(String.class).list();
    }
}
