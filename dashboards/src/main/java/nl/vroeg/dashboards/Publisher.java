package nl.vroeg.dashboards;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code vroeg publish}: replaces the serving table {@code vroeg.gemeente_maand} in PostgreSQL with the current
 * {@code gold.gemeente_maand_gepubliceerd}. Everything happens in one transaction, so readers see the old figures
 * until the new ones are committed, never an empty or half-filled table, and a failed run changes nothing.
 * Row contents are never logged.
 */
public final class Publisher {

    private static final int COPY_CHUNK_BYTES = 1 << 16;

    private final SparkSession spark;
    private final Lake lake;
    private final String jdbcUrl;
    private final ServingTable table;

    /**
     * @param jdbcUrl a PostgreSQL JDBC URL; user and password may be URL parameters, else PGUSER and PGPASSWORD
     *                from the environment are used
     */
    public Publisher(SparkSession spark, Lake lake, String jdbcUrl) {
        this(spark, lake, jdbcUrl, ServingTable.DEFAULT_SCHEMA);
    }

    /** Tests publish into a schema of their own, so they cannot disturb a shared database's {@code vroeg} schema. */
    Publisher(SparkSession spark, Lake lake, String jdbcUrl, String schema) {
        this.spark = spark;
        this.lake = lake;
        this.jdbcUrl = jdbcUrl;
        this.table = new ServingTable(schema);
    }

    /** @return the number of rows now in the serving table */
    public int publish() {
        Iterator<Row> rows = PublishedGold.readForServing(spark, lake).toLocalIterator();
        Jdbi jdbi = Jdbi.create(jdbcUrl, connectionProperties(System.getenv()));
        try {
            long written = jdbi.inTransaction(handle -> replaceContents(handle, rows));
            return Math.toIntExact(written);
        } catch (SQLException e) {
            throw new IllegalStateException("Publiceren naar " + table.qualifiedName() + " is mislukt; er is niets gewijzigd. "
                    + e.getMessage(), e);
        }
    }

    private long replaceContents(Handle handle, Iterator<Row> rows) throws SQLException {
        table.createStatements().forEach(handle::execute);
        // Other publishers wait here (plain readers do not), so two runs cannot interleave their deletes and copies.
        handle.execute("lock table " + table.qualifiedName() + " in exclusive mode");
        handle.execute("delete from " + table.qualifiedName());
        long written = copy(handle.getConnection().unwrap(PGConnection.class), rows);
        handle.execute("analyze " + table.qualifiedName());
        return written;
    }

    /** Streams the rows through COPY (several times faster than batched inserts), in chunks of about 64 KB. */
    private long copy(PGConnection connection, Iterator<Row> rows) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(table.copyStatement());
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(COPY_CHUNK_BYTES + 1024);
            while (rows.hasNext()) {
                chunk.writeBytes(CopyText.line(rows.next()).getBytes(StandardCharsets.UTF_8));
                if (chunk.size() >= COPY_CHUNK_BYTES) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            return copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    /**
     * User and password from PGUSER/PGPASSWORD, as libpq does; parameters in the URL take precedence over these.
     * Server error details are left out of exception messages: for COPY they would quote the offending row.
     */
    static Properties connectionProperties(Map<String, String> environment) {
        Properties properties = new Properties();
        if (environment.get("PGUSER") != null) properties.setProperty("user", environment.get("PGUSER"));
        if (environment.get("PGPASSWORD") != null) properties.setProperty("password", environment.get("PGPASSWORD"));
        properties.setProperty("logServerErrorDetail", "false");
        properties.setProperty("ApplicationName", "vroeg publish");
        return properties;
    }
}
