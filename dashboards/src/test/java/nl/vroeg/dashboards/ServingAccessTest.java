package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.VroegSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who sees what in the serving database (spec/privacy.md, "Who sees what"), with real logins: a lake with detail
 * rows of Amersfoort (GM0307) and 's-Gravenhage (GM0518) is published by an account that is no superuser (so
 * FORCE ROW LEVEL SECURITY applies to the owner too), then a user of each municipality and an analyst log in.
 */
@ExtendWith(SparkTest.class)
class ServingAccessTest {

    private static final String PASSWORD = "test-wachtwoord-1";
    private static TestDatabase database;
    private static String owner;
    private static String amersfoort;
    private static String haag;
    private static String analist;

    @BeforeAll
    static void publishAndCreateLogins(@TempDir Path dir) {
        database = TestDatabase.start();
        owner = database.createLogin("beheer", PASSWORD);
        database.jdbi().useHandle(h -> {
            h.execute("alter role " + owner + " createrole");
            h.execute("grant create on database " + h.createQuery("select current_database()").mapTo(String.class).one() + " to " + owner);
            // group roles made by an earlier publisher (another test class) must be administrable by this one
            for (String group : List.of(ServingRoles.GEMEENTE, ServingRoles.ANALIST)) {
                if (h.createQuery("select count(*) from pg_roles where rolname = :r").bind("r", group).mapTo(Integer.class).one() > 0) {
                    h.execute("grant " + group + " to " + owner + " with admin option");
                }
            }
        });
        Lake lake = LakeFixture.withDetail(VroegSpark.session(), new Lake(dir));
        new Publisher(VroegSpark.session(), lake, database.connection(owner, PASSWORD), database.schemas()).publish();
        amersfoort = database.createLogin("alice", PASSWORD, "gm0307");
        haag = database.createLogin("bob", PASSWORD, "gm0518");
        analist = database.createLogin("carol", PASSWORD, ServingRoles.ANALIST);
    }

    @AfterAll
    static void dropSchemas() {
        if (database != null) database.close();
    }

    @Test
    void aMunicipalitySeesItsOwnDetailRowsAndNoneOfAnothers() throws SQLException {
        try (Connection alice = database.login(amersfoort, PASSWORD); Connection bob = database.login(haag, PASSWORD)) {
            assertEquals(List.of("GM0307", "GM0307", "GM0307"), column(alice, "select gemeentecode from " + detail("zaken")));
            assertEquals(List.of("GM0518", "GM0518"), column(bob, "select gemeentecode from " + detail("zaken")));
            for (String table : List.of("zaken", "gemeente_maand", "gemeente_maand_uitsplitsing", ServingRoles.MAPPING)) {
                assertEquals(List.of("0"), column(alice, "select count(*) from " + detail(table) + " where gemeentecode = 'GM0518'"), table);
                assertEquals(List.of("0"), column(bob, "select count(*) from " + detail(table) + " where gemeentecode <> 'GM0518'"), table);
                assertEquals(List.of("0"), column(alice, "select count(*) from pg_stats where schemaname = '"
                        + database.schemas().detail() + "' and tablename = '" + table + "'"), "no statistics of protected rows");
            }
            assertEquals(List.of("GM0307"), column(alice, "select gemeentecode from " + detail("gemeente_maand")));
        }
    }

    @Test
    void detailHoldsNoKeysPseudonymsIdsOrExactValues() {
        List<String> columns = database.jdbi().withHandle(h -> h.createQuery("select column_name from information_schema.columns"
                + " where table_schema = :s and table_name = 'zaken' order by ordinal_position")
                .bind("s", database.schemas().detail()).mapTo(String.class).list());
        for (String forbidden : List.of("leverancier", "zaak_id", "eerste_signaal_id", "eerste_signaaldatum", "adres_sleutel",
                "persoon_sleutel", "sleutel_id", "leeftijd", "bedrag_totaal", "gemeentecode_actueel")) {
            assertTrue(!columns.contains(forbidden), forbidden + " in " + columns);
        }
        String all = database.jdbi().withHandle(h -> h.createQuery("select string_agg(z::text, ' ') from " + detail("zaken") + " z")
                .mapTo(String.class).one());
        assertTrue(!all.contains("pseudoniem") && !all.contains("zaak-") && !all.contains("signaal-") && !all.contains("2025-01-17"), all);
        assertTrue(all.contains("<27") && all.contains("1000+") && all.contains("onbekend") && all.contains("{Brief,Telefoon}"), all);
    }

    @Test
    void everyoneWithARoleSeesAllPublishedRowsTheAnalistNoDetail() throws SQLException {
        for (String user : List.of(amersfoort, haag, analist)) {
            try (Connection c = database.login(user, PASSWORD)) {
                assertEquals(List.of(String.valueOf(LakeFixture.PUBLISHED_ROWS)), column(c, "select count(*) from " + published("gemeente_maand")));
                assertEquals(List.of("1"), column(c, "select count(*) from " + published("afloop")));
            }
        }
        try (Connection carol = database.login(analist, PASSWORD)) {
            for (String table : List.of("zaken", "gemeente_maand", ServingRoles.MAPPING)) refused(carol, "select * from " + detail(table));
        }
    }

    @Test
    void noEscalationBySetRole() throws SQLException {
        try (Connection alice = database.login(amersfoort, PASSWORD)) {
            for (String role : List.of("gm0518", owner, "postgres")) refused(alice, "set role " + role);
            // her own roles give her nothing more
            column(alice, "set role gm0307");
            assertEquals(List.of("0"), column(alice, "select count(*) from " + detail("zaken") + " where gemeentecode = 'GM0518'"));
        }
    }

    @Test
    void policiesAndRowLevelSecurityCannotBeChangedByReaders() throws SQLException {
        try (Connection alice = database.login(amersfoort, PASSWORD)) {
            String zaken = detail("zaken");
            refused(alice, "alter policy eigen_gemeente on " + zaken + " using (true)");
            refused(alice, "drop policy eigen_gemeente on " + zaken);
            refused(alice, "create policy alles on " + zaken + " for select using (true)");
            refused(alice, "alter table " + zaken + " disable row level security");
            refused(alice, "alter table " + zaken + " no force row level security");
            refused(alice, "insert into " + detail(ServingRoles.MAPPING) + " values ('GM0518', 'gm0307')");
        }
        assertEquals(List.of(), database.jdbi().withHandle(h -> h.createQuery("select c.relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = :s and c.relkind = 'r' and not (c.relrowsecurity and c.relforcerowsecurity)")
                .bind("s", database.schemas().detail()).mapTo(String.class).list()), "every detail table has ENABLE and FORCE");
    }

    @Test
    void readersCannotWriteOrCreate() throws SQLException {
        for (String user : List.of(amersfoort, analist)) {
            try (Connection c = database.login(user, PASSWORD)) {
                for (String table : List.of(published("gemeente_maand"), detail("zaken"))) {
                    refused(c, "insert into " + table + " (gemeentecode) values ('GM0307')");
                    refused(c, "update " + table + " set gemeentecode = 'GM0518'");
                    refused(c, "delete from " + table);
                    refused(c, "truncate " + table);
                }
                refused(c, "create table " + published("eigen") + " (a int)");
                refused(c, "create table " + detail("eigen") + " (a int)");
                refused(c, "create schema eigen_" + user);
            }
        }
    }

    @Test
    void aGemeentecodeThatIsNoCodeNeverReachesTheDatabase(@TempDir Path dir) {
        Lake lake = LakeFixture.withDetail(VroegSpark.session(), new Lake(dir));
        String attack = "GM0307\"; drop table x; --";
        LakeFixture.zaakKenmerken(VroegSpark.session(), lake, List.of(LakeFixture.zaak(attack, "z9", 30, 10L)));

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> new Publisher(VroegSpark.session(), lake, database.connection(owner, PASSWORD), database.schemas()).publish());

        assertTrue(refusal.getMessage().startsWith("Ongeldige gemeentecode"), refusal.getMessage());
        assertEquals(0, (int) database.jdbi().withHandle(h -> h.createQuery("select count(*) from pg_roles where rolname like 'gm0307_%'")
                .mapTo(Integer.class).one()));
        assertEquals(LakeFixture.AMERSFOORT_CASES + LakeFixture.HAAG_CASES, (int) database.jdbi().withHandle(h ->
                h.createQuery("select count(*) from " + detail("zaken")).mapTo(Integer.class).one()), "the last publication stands");
    }

    private static String published(String table) {
        return database.schemas().published() + "." + table;
    }

    private static String detail(String table) {
        return database.schemas().detail() + "." + table;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            if (!s.execute(sql)) return values;
            try (ResultSet rs = s.getResultSet()) {
                while (rs.next()) values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Refused for lack of privilege (SQLSTATE 42501), not for some other reason such as a typo. */
    private static void refused(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> column(c, sql), sql);
        assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
    }
}
