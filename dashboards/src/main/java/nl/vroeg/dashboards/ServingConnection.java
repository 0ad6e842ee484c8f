package nl.vroeg.dashboards;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * How {@code vroeg publish} reaches PostgreSQL. The password never comes from the command line (the process list
 * shows arguments): a URL with a password is refused; it comes from {@code $PGPASSWORD}, else the PostgreSQL JDBC
 * driver reads the password file itself ({@code $PGPASSFILE}, else {@code ~/.pgpass}; pgjdbc's
 * {@code PgPassParser}, used by {@code Driver.parseURL} when no password is given). The user comes from the URL or
 * {@code $PGUSER}. Connecting times out after {@value #CONNECT_TIMEOUT_SECONDS} s, so an unreachable server is
 * reported at once.
 */
public final class ServingConnection {

    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final String url;
    private final Properties properties;

    private ServingConnection(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /** @throws IllegalArgumentException (Dutch) for a URL that is no PostgreSQL URL or that carries a password */
    public static ServingConnection of(String jdbcUrl, Map<String, String> environment) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Geen PostgreSQL-JDBC-URL: verwacht jdbc:postgresql://host[:poort]/database.");
        }
        if (carriesPassword(jdbcUrl)) {
            throw new IllegalArgumentException("Zet geen wachtwoord in de JDBC-URL: de proceslijst toont het. Gebruik"
                    + " $PGPASSWORD of ~/.pgpass (zie README, \"Serving database\").");
        }
        Properties properties = new Properties();
        if (environment.get("PGUSER") != null) properties.setProperty("user", environment.get("PGUSER"));
        if (environment.get("PGPASSWORD") != null) properties.setProperty("password", environment.get("PGPASSWORD"));
        properties.setProperty(PGProperty.CONNECT_TIMEOUT.getName(), String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty(PGProperty.LOGIN_TIMEOUT.getName(), String.valueOf(2 * CONNECT_TIMEOUT_SECONDS));
        // Server error details are left out of messages: for COPY they would quote the offending row.
        properties.setProperty(PGProperty.LOG_SERVER_ERROR_DETAIL.getName(), "false");
        properties.setProperty(PGProperty.APPLICATION_NAME.getName(), "vroeg publish");
        return new ServingConnection(jdbcUrl, properties);
    }

    /** Any URL parameter named like a password ({@code password}, {@code sslpassword}, URL-encoded or not). */
    static boolean carriesPassword(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        String authority = jdbcUrl.substring(0, query < 0 ? jdbcUrl.length() : query);
        if (authority.contains("@")) return true; // user:password@host, which libpq-style URLs allow
        if (query < 0) return false;
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            String name = parameter.split("=", 2)[0];
            if (URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("password")) return true;
        }
        return false;
    }

    /**
     * Connects once, before any work.
     *
     * @throws IllegalStateException with one Dutch line naming the server (never the password)
     */
    public void check() {
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new IllegalStateException(failure(e), e);
        }
    }

    Jdbi jdbi() {
        return Jdbi.create(url, properties);
    }

    /** host:port/database, for messages. */
    String server() {
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null) return url;
        return PGProperty.PG_HOST.getOrDefault(parsed) + ":" + PGProperty.PG_PORT.getOrDefault(parsed) + "/"
                + PGProperty.PG_DBNAME.getOrDefault(parsed);
    }

    private String failure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason;
        if (state.startsWith("28")) {
            reason = "inloggen geweigerd (gebruiker via de URL of $PGUSER, wachtwoord via $PGPASSWORD of ~/.pgpass)";
        } else if (state.equals("3D000")) {
            reason = "die database bestaat niet";
        } else if (state.startsWith("08")) {
            reason = "geen verbinding binnen " + CONNECT_TIMEOUT_SECONDS + " s (draait de server, klopt host:poort?)";
        } else {
            reason = firstLine(e.getMessage());
        }
        return "De servingdatabase " + server() + " is niet bereikbaar: " + reason + "; er is niets gepubliceerd.";
    }

    private static String firstLine(String message) {
        return message == null ? "onbekende fout" : message.lines().findFirst().orElse("onbekende fout");
    }
}
