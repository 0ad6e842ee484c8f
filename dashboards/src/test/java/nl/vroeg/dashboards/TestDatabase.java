package nl.vroeg.dashboards;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A real PostgreSQL for tests: the server at {@code PG_TEST_URL} when set (a JDBC URL to a database where the test
 * may create schemas; user and password in the URL or PGUSER/PGPASSWORD), else an embedded one (zonky). Each
 * instance works in a schema of its own, dropped on close, so runs sharing a server cannot disturb each other.
 */
final class TestDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final String schema = "vroeg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final EmbeddedPostgres embedded;

    private TestDatabase(String jdbcUrl, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
    }

    static TestDatabase start() {
        String url = System.getenv("PG_TEST_URL");
        if (url != null && !url.isBlank()) return new TestDatabase(url, null);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), postgres);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start (as root it runs through 'unshare --user'); "
                    + "set PG_TEST_URL to test against a running server instead", e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String schema() {
        return schema;
    }

    /** Connects as the publisher does (same URL, same environment). */
    Jdbi jdbi() {
        return Jdbi.create(jdbcUrl, Publisher.connectionProperties(System.getenv()));
    }

    @Override
    public void close() {
        try {
            jdbi().useHandle(h -> h.execute("drop schema if exists " + schema + " cascade"));
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
