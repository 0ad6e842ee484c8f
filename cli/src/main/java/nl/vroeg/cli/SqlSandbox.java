package nl.vroeg.cli;

import io.delta.tables.DeltaTable;
import java.nio.file.AccessDeniedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SandboxFileSystem;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.util.StringUtils;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The researchers' SQL over one lake, read-only by three walls:
 * <ol>
 * <li>{@link ReadOnlySql}: only queries and statements that look, over the lake's tables, reviewed functions;</li>
 * <li>a view layer: each table a researcher names is a view ({@code gold.x} = {@code select * from
 * delta.`<lake>/gold/x`}), and Spark refuses to insert, update, delete or merge into a view;</li>
 * <li>the session's file system ({@link SandboxFileSystem}): no write anywhere, no read outside the lake, and
 * {@code spark.sql.runSQLOnFiles=false}.</li>
 * </ol>
 * Only the tables a statement names are registered (lazily, once per sandbox), so {@code select 1} does not touch
 * the lake and a shell's later statements over the same tables answer without reading their Delta logs again.
 */
public final class SqlSandbox {

    private final Lake lake;
    /**
     * The views this sandbox made, by table, with the {@code --as-of} each shows ("" = now): a shell's later
     * statements reuse them instead of reading the Delta logs again (a view of now follows new commits).
     */
    private final Map<String, String> registered = new HashMap<>();
    /** The process's session: it defines the views (reading the Delta logs), and answers history and detail. */
    private final SparkSession base;
    /** The researchers' session: runs their statements behind the guard. */
    private final SparkSession session;

    private SqlSandbox(Lake lake, SparkSession base, SparkSession session) {
        this.lake = lake;
        this.base = base;
        this.session = session;
    }

    public static SqlSandbox open(Lake lake) {
        SparkSession base = VroegSpark.session();
        SparkSession session = base.newSession();
        session.conf().set("spark.sql.runSQLOnFiles", "false");
        SandboxFileSystem.settings(lake.root()).forEach((key, value) -> session.conf().set(key, value));
        return new SqlSandbox(lake, base, session);
    }

    /** The guarded session (tests use it to show that even an unchecked write commits nothing). */
    public SparkSession session() {
        return session;
    }

    /**
     * Checks one statement, registers the tables it names (as they were at {@code asOf}: null for now, a
     * version number for a statement over one table, or a moment), and runs it.
     *
     * @return the result; a query runs when it is read
     * @throws Vroeg.UserError (exit 2) with a Dutch message when refused or wrong
     */
    public Dataset<Row> run(String sql, String asOf) {
        List<String> tables = lake.tableNames();
        ReadOnlySql.Statement statement = ReadOnlySql.check(session, sql, tables);
        try {
            return switch (statement.kind()) {
                case SHOW_TABLES -> showTables(tables, statement.layer(), statement.pattern());
                case DELTA_HISTORY -> DeltaTable.forPath(base, path(only(statement))).history();
                case DELTA_DETAIL -> DeltaTable.forPath(base, path(only(statement))).detail();
                case QUERY, LOOK -> {
                    register(statement.tables(), asOf);
                    Dataset<Row> result = session.sql(sql);
                    if (statement.kind() == ReadOnlySql.Kind.QUERY && !(statement.plan() instanceof Command)) { // explain: only plans
                        ReadOnlySql.checkAnalyzed(result.queryExecution().analyzed(), lake.root());
                    }
                    yield result;
                }
            };
        } catch (Exception e) { // Spark's AnalysisException is checked, though Scala does not declare it
            throw translated(e, tables);
        }
    }

    /** A Spark error (at analysis or while reading) as the Dutch one-liner, or unchanged. */
    public static RuntimeException translated(Exception e) {
        return translated(e, List.of());
    }

    /** As {@link #translated(Exception)}; an unknown table names the lake's {@code tables}. */
    private static RuntimeException translated(Exception e, List<String> tables) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException denied) {
                return new Vroeg.UserError("Alleen lezen: " + denied.getReason() + ".", 2, e);
            }
        }
        Vroeg.UserError dutch = SqlErrors.translate(e, tables);
        if (dutch != null) return dutch;
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }

    private static String only(ReadOnlySql.Statement statement) {
        return statement.tables().iterator().next();
    }

    private String path(String table) {
        return lake.location(table).toString();
    }

    /** {@code show tables}: every layer's tables (or one layer's), from the lake's folders. */
    private Dataset<Row> showTables(List<String> tables, String layer, String pattern) {
        StructType schema = new StructType().add("namespace", DataTypes.StringType).add("tableName", DataTypes.StringType)
                .add("isTemporary", DataTypes.BooleanType);
        List<Row> rows = new ArrayList<>();
        for (String table : tables) {
            String[] parts = table.split("\\.");
            if (layer != null && !layer.equals(parts[0])) continue;
            if (pattern != null && StringUtils.filterPattern(CollectionConverters.asScala(List.of(parts[1])).toSeq(), pattern).isEmpty()) continue;
            rows.add(RowFactory.create(parts[0], parts[1], false));
        }
        return session.createDataFrame(rows, schema);
    }

    /**
     * Each named table as a view ({@code gold.x}) of its Delta table, current or as it was at {@code asOf}. The
     * Delta table itself is registered under a name outside the layers ({@code vroeg_lake.gold__x}), which the
     * allow-list never lets a researcher name; the view is all they see.
     */
    private void register(Set<String> tables, String asOf) {
        if (TableVersions.isVersion(asOf) && tables.size() != 1) {
            throw new Vroeg.UserError("--as-of met een versienummer kan alleen bij een query over één tabel (deze noemt er "
                    + tables.size() + "); gebruik een tijdstip, bijv. --as-of \"2025-03-01 12:00:00\".", 2);
        }
        Instant moment = asOf == null || TableVersions.isVersion(asOf) ? null : TableVersions.moment(asOf);
        TableVersions versions = new TableVersions(base, lake);
        String shows = asOf == null ? "" : asOf.strip();
        if (registered.isEmpty()) {
            for (String layer : Lake.LAYERS) base.sql("create schema if not exists " + layer);
            base.sql("create schema if not exists " + HIDDEN);
        }
        for (String table : tables) {
            if (shows.equals(registered.get(table))) continue;
            String clause = asOf == null ? "" : " version as of " + (moment == null ? versions.existing(table, Long.parseLong(asOf.strip())) : versions.at(table, moment, asOf));
            String hidden = HIDDEN + "." + table.replace(".", "__");
            forget(hidden);
            forget(table);
            base.sql("create table " + hidden + " using delta location '" + path(table).replace("'", "''") + "'");
            base.sql("create view " + table + " as select * from " + hidden + clause);
            registered.put(table, shows);
        }
    }

    /** The schema of the Delta tables behind the views. */
    private static final String HIDDEN = "vroeg_lake";

    /** Drops a name (table or view) from the session catalog; the data stays (the tables are external). */
    private void forget(String name) {
        try {
            base.sql("drop table if exists " + name);
        } catch (Exception aView) { // DROP TABLE of a view is refused (a checked AnalysisException)
            base.sql("drop view if exists " + name);
        }
    }
}
