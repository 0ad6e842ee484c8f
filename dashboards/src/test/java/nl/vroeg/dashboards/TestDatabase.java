package nl.vroeg.dashboards;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A real PostgreSQL for tests: the server at {@code PG_TEST_URL} when set (a JDBC URL to a database where the test
 * may create schemas and roles: a superuser, user and password as URL parameters or PGUSER/PGPASSWORD), else one
 * embedded server (zonky) shared by the whole test JVM and stopped when it exits. Each instance works in schemas
 * of its own, dropped on close, so runs sharing a server cannot disturb each other's tables; roles are global
 * (the municipal and group roles are created idempotently, login roles get unique names and are dropped).
 */
final class TestDatabase implements AutoCloseable {

    private static Server server;

    private final String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final ServingSchemas schemas = new ServingSchemas("vroeg_test_" + id, "vroeg_test_detail_" + id);
    private final java.util.List<String> logins = new java.util.ArrayList<>();

    /** Where the server is and who administers it (a superuser). */
    private record Server(String url, String user, String password) {
    }

    static TestDatabase start() {
        server();
        return new TestDatabase();
    }

    private static synchronized Server server() {
        if (server != null) return server;
        String url = System.getenv("PG_TEST_URL");
        if (url != null && !url.isBlank()) {
            Map<String, String> params = new HashMap<>();
            int query = url.indexOf('?');
            if (query >= 0) {
                for (String p : url.substring(query + 1).split("&")) {
                    String[] kv = p.split("=", 2);
                    params.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            server = new Server(query < 0 ? url : url.substring(0, query), params.getOrDefault("user", System.getenv("PGUSER")),
                    params.getOrDefault("password", System.getenv("PGPASSWORD")));
            return server;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            server = new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", null);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start (as root it runs through 'unshare --user'); "
                    + "set PG_TEST_URL to test against a running server instead", e);
        }
    }

    ServingSchemas schemas() {
        return schemas;
    }

    /** The administrator's connection, as {@code vroeg publish} would make it: no password in the URL. */
    ServingConnection connection() {
        return connection(server.user(), server.password());
    }

    ServingConnection connection(String user, String password) {
        Map<String, String> environment = new HashMap<>();
        if (user != null) environment.put("PGUSER", user);
        if (password != null) environment.put("PGPASSWORD", password);
        return ServingConnection.of(server.url(), environment);
    }

    Jdbi jdbi() {
        return connection().jdbi();
    }

    /** A plain JDBC login with that user's password (as a municipality's analyst would connect). */
    Connection login(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(server.url(), properties);
    }

    /** A new LOGIN role with a password (unique name, dropped on close), granted the given roles. */
    String createLogin(String prefix, String password, String... granted) {
        String name = prefix + "_" + id;
        jdbi().useHandle(h -> {
            h.execute("create role " + name + " login password " + ServingTable.literal(password));
            for (String role : granted) h.execute("grant " + role + " to " + name);
        });
        logins.add(name);
        return name;
    }

    @Override
    public void close() {
        jdbi().useHandle(h -> {
            h.execute("drop schema if exists " + schemas.published() + " cascade");
            h.execute("drop schema if exists " + schemas.detail() + " cascade");
            for (String login : logins) {
                h.execute("drop owned by " + login + " cascade");
                h.execute("drop role if exists " + login);
            }
        });
    }
}
