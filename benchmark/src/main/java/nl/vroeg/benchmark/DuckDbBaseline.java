package nl.vroeg.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The DuckDB baseline, run by the benchmark as a child process so that it is measured like the product's stages:
 * <ul>
 *   <li>{@code json OUT.parquet FILE...}: the DDAS JSON files to the core of gold.gemeente_maand
 *       ({@code duckdb/current_state_from_json.sql}, then {@code duckdb/gemeente_maand_kern.sql});</li>
 *   <li>{@code silver LAKE OUT.parquet}: the same core from the lake's silver.signalen and silver.zaken, read as the
 *       Parquet files of their current Delta version;</li>
 *   <li>{@code compare LAKE KERN.parquet}: how many municipality-months of the product's gold.gemeente_maand have
 *       exactly the baseline's figures.</li>
 * </ul>
 * Prints {@code key=value} lines that the benchmark reads back.
 */
public final class DuckDbBaseline {

    static final List<String> KERN_COLUMNS = List.of("signalen", "signalen_niet_opgepakt", "zaken", "zaken_enkelvoudig",
            "zaken_meervoudig", "zaken_opeenvolgend", "zaken_met_contactpoging", "zaken_bereikt", "zaken_hulp_geaccepteerd",
            "mediaan_dagen_tot_eerste_poging");

    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: DuckDbBaseline json OUT.parquet FILE... | silver LAKE OUT.parquet | compare LAKE KERN.parquet");
            System.exit(2);
        }
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            execute(duckdb, "set threads = " + Runtime.getRuntime().availableProcessors());
            execute(duckdb, "set preserve_insertion_order = false");
            switch (args[0]) {
                case "json" -> kern(duckdb, "/duckdb/current_state_from_json.sql",
                        Map.of("files", "[" + Arrays.stream(args, 2, args.length).map(Sql::literal).collect(Collectors.joining(", ")) + "]"),
                        Path.of(args[1]));
                case "silver" -> {
                    Path lake = Path.of(args[1]);
                    kern(duckdb, "/duckdb/current_state_from_silver.sql",
                            Map.of("signalen", DeltaTableFiles.readParquet(duckdb, lake.resolve("silver/signalen")),
                                    "zaken", DeltaTableFiles.readParquet(duckdb, lake.resolve("silver/zaken"))),
                            Path.of(args[2]));
                }
                case "compare" -> compare(duckdb, Path.of(args[1]), Path.of(args[2]));
                default -> {
                    System.err.println("unknown mode " + args[0]);
                    System.exit(2);
                }
            }
        }
    }

    private static void kern(Connection duckdb, String currentState, Map<String, String> inputs, Path out) throws SQLException {
        long start = System.nanoTime();
        for (String statement : Sql.statements(currentState)) {
            String sql = statement;
            for (var input : inputs.entrySet()) sql = sql.replace("${" + input.getKey() + "}", input.getValue());
            execute(duckdb, sql);
        }
        double stateSeconds = (System.nanoTime() - start) / 1e9;
        for (String statement : Sql.statements("/duckdb/gemeente_maand_kern.sql")) execute(duckdb, statement);
        execute(duckdb, "copy kern to " + Sql.literal(out.toString()) + " (format parquet)");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("query_s=%.2f%n", seconds);
        System.out.printf("current_state_s=%.2f%n", stateSeconds);
        System.out.println("signalen=" + single(duckdb, "select count(*) from signalen"));
        System.out.println("zaken=" + single(duckdb, "select count(*) from zaken"));
        System.out.println("kern_rows=" + single(duckdb, "select count(*) from kern"));
        System.out.println("zaken_in_kern=" + single(duckdb, "select sum(zaken) from kern"));
    }

    /** Municipality rows of gold.gemeente_maand against the baseline's rows, on every column of the core. */
    private static void compare(Connection duckdb, Path lake, Path kern) throws SQLException {
        String gold = DeltaTableFiles.readParquet(duckdb, lake.resolve("gold/gemeente_maand"));
        String equal = KERN_COLUMNS.stream()
                .map(c -> "cast(g." + c + " as double) is not distinct from cast(k." + c + " as double)")
                .collect(Collectors.joining(" and "));
        String sql = "with g as (select * from " + gold + " where niveau = 'gemeente'),"
                + " k as (select * from read_parquet(" + Sql.literal(kern.toString()) + "))"
                + " select count(*), count(*) filter (where g.gemeentecode is not null and k.gemeentecode is not null and " + equal + "),"
                + " count(*) filter (where g.gemeentecode is null), count(*) filter (where k.gemeentecode is null)"
                + " from g full outer join k on g.gemeentecode = k.gemeentecode and g.maand = k.maand";
        try (Statement statement = duckdb.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            System.out.println("rows=" + row.getLong(1));
            System.out.println("equal=" + row.getLong(2));
            System.out.println("only_in_baseline=" + row.getLong(3));
            System.out.println("only_in_gold=" + row.getLong(4));
        }
        // which columns differ, and on how many rows (aggregates only: no personal data in these tables anyway)
        for (String column : KERN_COLUMNS) {
            String differing = "with g as (select * from " + gold + " where niveau = 'gemeente'),"
                    + " k as (select * from read_parquet(" + Sql.literal(kern.toString()) + "))"
                    + " select count(*) from g join k on g.gemeentecode = k.gemeentecode and g.maand = k.maand"
                    + " where cast(g." + column + " as double) is distinct from cast(k." + column + " as double)";
            long count = single(duckdb, differing);
            if (count > 0) System.out.println("differs_" + column + "=" + count);
        }
    }

    private static long single(Connection duckdb, String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection duckdb, String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement()) {
            statement.execute(sql);
        }
    }
}
