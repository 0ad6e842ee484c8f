package nl.vroeg.dashboards;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * {@code vroeg publish}: replaces the serving database's tables with the lake's: every {@code gold.*_gepubliceerd}
 * in the published schema ({@code vroeg}), the detail marts in the detail schema ({@code vroeg_detail}) under
 * row-level security, a NOLOGIN role per municipality ({@link ServingRoles}). Everything happens in one
 * transaction (PostgreSQL's DDL is transactional) after an advisory lock, so two publishers never interleave,
 * readers see the old state until the new one is committed, and a failed run changes nothing.
 * Row contents are never logged.
 */
public final class Publisher {

    /** pg_advisory_xact_lock key of every publication ("vroeg" in ASCII). */
    static final long LOCK_KEY = 0x76726f6567L;

    private final SparkSession spark;
    private final Lake lake;
    private final ServingConnection connection;
    private final ServingSchemas schemas;

    public Publisher(SparkSession spark, Lake lake, ServingConnection connection) {
        this(spark, lake, connection, ServingSchemas.DEFAULT);
    }

    /** Tests publish into schemas of their own, so they cannot disturb a shared database's. */
    Publisher(SparkSession spark, Lake lake, ServingConnection connection, ServingSchemas schemas) {
        this.spark = spark;
        this.lake = lake;
        this.connection = connection;
        this.schemas = schemas;
    }

    /** Whether the lake has any published table: checked before Spark starts. */
    public static boolean hasPublishedTables(Lake lake) {
        return !ServingSource.publishedTableNames(lake).isEmpty();
    }

    /** @return the rows now in each serving table (schema.table), in publication order */
    public Map<String, Long> publish() {
        List<ServingSource> published = ServingSource.published(spark, lake, schemas.published());
        if (published.stream().allMatch(s -> s.rows().isEmpty())) {
            throw new IllegalStateException("Het lake heeft geen gepubliceerde cijfers (gold.*_gepubliceerd ontbreekt of is leeg):"
                    + " draai eerst 'vroeg transform'; er is niets gepubliceerd.");
        }
        List<ServingSource> detail = ServingSource.detail(spark, lake, schemas.detail());
        Map<String, String> roles = municipalRoles(published, detail);
        try {
            return connection.jdbi().inTransaction(handle -> write(handle, published, detail, roles));
        } catch (SQLException | JdbiException e) {
            Throwable cause = e instanceof JdbiException && e.getCause() != null ? e.getCause() : e;
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
            throw new IllegalStateException("Publiceren naar " + connection.server() + " is mislukt; er is niets gewijzigd: " + reason, e);
        }
    }

    /**
     * gemeentecode to role name of every municipality in a detail table or a published municipality row, each
     * validated ({@link ServingRoles#roleOf}) before anything is written.
     */
    private static Map<String, String> municipalRoles(List<ServingSource> published, List<ServingSource> detail) {
        Map<String, String> roles = new TreeMap<>();
        List<ServingSource> all = new ArrayList<>(detail);
        all.addAll(published);
        for (ServingSource source : all) {
            boolean hasLevel = List.of(source.rows().columns()).contains("niveau");
            if (!source.table().detail() && !hasLevel) continue;
            var rows = source.table().detail() ? source.rows() : source.rows().where(functions.col("niveau").equalTo("gemeente"));
            for (Row row : rows.select("gemeentecode").distinct().collectAsList()) {
                roles.put(row.getString(0), ServingRoles.roleOf(row.getString(0)));
            }
        }
        return roles;
    }

    private Map<String, Long> write(Handle handle, List<ServingSource> published, List<ServingSource> detail,
                                    Map<String, String> roles) throws SQLException {
        lock(handle);
        handle.execute("create schema if not exists " + schemas.published());
        handle.execute("create schema if not exists " + schemas.detail());
        List<String> names = new ArrayList<>(roles.values());
        names.addAll(List.of(ServingRoles.GEMEENTE, ServingRoles.ANALIST));
        Map<String, ServingRoles.Existing> existing = new HashMap<>();
        handle.createQuery(ServingRoles.EXISTING_QUERY).bindList("names", names).map((rs, ctx) ->
                existing.put(rs.getString(1), new ServingRoles.Existing(rs.getBoolean(2), rs.getBoolean(3)))).list();
        ServingRoles.roleStatements(roles.values(), existing, schemas).forEach(handle::execute);

        ServingWriter writer = new ServingWriter(handle);
        ServingTable mapping = mappingTable();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ServingSource source : published) counts.put(source.table().qualifiedName(), writer.replace(source.table(), lines(source), null));
        List<String> mappingLines = roles.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue() + "\n").toList();
        counts.put(mapping.qualifiedName(), writer.replace(mapping, mappingLines.iterator(), mapping.qualifiedName()));
        for (ServingSource source : detail) {
            counts.put(source.table().qualifiedName(), writer.replace(source.table(), lines(source), mapping.qualifiedName()));
        }
        return counts;
    }

    /** Waits until no other publication holds the lock; it is released when this transaction ends. */
    static void lock(Handle handle) {
        handle.createQuery("select 1 from (select pg_advisory_xact_lock(:key)) l").bind("key", LOCK_KEY).mapTo(Integer.class).one();
    }

    private ServingTable mappingTable() {
        return new ServingTable(schemas.detail(), ServingRoles.MAPPING, "vroeg publish",
                "Welke rol de detailrijen van welke gemeente mag lezen (row-level security van " + schemas.detail()
                        + "); bij elke publicatie vervangen. Elke rol ziet alleen haar eigen regel.",
                List.of(new ServingColumn("gemeentecode", ColumnType.TEXT, "Gemeentecode (GMnnnn)"),
                        new ServingColumn("rol", ColumnType.TEXT, "De NOLOGIN-rol van de gemeente (gmnnnn), lid van "
                                + ServingRoles.GEMEENTE + "; de beheerder kent haar toe aan inloggebruikers")),
                true);
    }

    private static Iterator<String> lines(ServingSource source) {
        Iterator<Row> rows = source.rows().toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                return CopyText.line(rows.next());
            }
        };
    }
}
