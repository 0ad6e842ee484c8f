package nl.vroeg.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The lake on disk: one folder per layer, one Delta table per folder below it
 * ({@code <root>/gold/gemeente_maand}). Tables are path-based; {@link #register} gives them their SQL
 * names ({@code gold.gemeente_maand}) in a session, since there is no metastore to remember them.
 */
public record Lake(Path root) {

    public static final List<String> LAYERS = List.of("bronze", "silver", "gold", "quarantaine", "ops");

    public Lake {
        root = root.toAbsolutePath().normalize();
    }

    public Path location(String layer, String name) {
        return root.resolve(layer).resolve(name);
    }

    public Path location(Table table) {
        return location(table.layer(), table.tableName());
    }

    /** The folder of a table by its qualified name ({@code gold.gemeente_maand}). */
    public Path location(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return location(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
    }

    /**
     * Whether {@code path} lies in this lake (or is its root), symbolic links resolved for both: a key file or an
     * output folder there would be readable by whoever reads the lake. Paths that do not exist yet are judged by
     * their nearest existing folder.
     */
    public boolean contains(Path path) {
        return real(path).startsWith(real(root));
    }

    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the table has a committed version. A folder whose {@code _delta_log} holds no commit (a process
     * died while creating the table: only data files and {@code _staged_commits}) is not a table; the next
     * writer removes it ({@link #removeUncommittedTables}).
     */
    public boolean exists(String layer, String name) {
        Path log = location(layer, name).resolve("_delta_log");
        if (!Files.isDirectory(log)) return false;
        try (Stream<Path> files = Files.list(log)) {
            return files.anyMatch(f -> COMMITTED.matcher(f.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A commit ({@code 00000000000000000000.json}) or a checkpoint, which stands for the commits it replaced. */
    private static final Pattern COMMITTED = Pattern.compile("\\d{20}\\.(json|checkpoint\\..+)");

    /**
     * Deletes every table folder without a committed version, left by a process that died creating the table
     * (the layer folders hold tables only).
     * Only a writer holding the {@link LakeLock} may call this: nobody else can be creating a table then.
     *
     * @return the qualified names of the folders removed
     */
    public List<String> removeUncommittedTables() {
        List<String> removed = new ArrayList<>();
        for (String layer : LAYERS) {
            for (Path folder : folders(root.resolve(layer))) {
                String name = folder.getFileName().toString();
                if (!exists(layer, name)) {
                    deleteRecursively(folder);
                    removed.add(layer + "." + name);
                }
            }
        }
        return removed;
    }

    private static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(Table table) {
        return exists(table.layer(), table.tableName());
    }

    /** The qualified names ({@code layer.table}) of every Delta table on disk, in layer order. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (String layer : LAYERS) {
            Path dir = root.resolve(layer);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> tables = Files.list(dir)) {
                tables.map(p -> p.getFileName().toString())
                        .filter(name -> exists(layer, name))
                        .sorted()
                        .forEach(name -> names.add(layer + "." + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /**
     * Registers every table of this lake under its SQL name in the session, replacing registrations of
     * another lake (tests share one session). Tables are external: dropping a name never deletes data.
     */
    public void register(SparkSession spark) {
        register(spark, null);
    }

    /**
     * As {@link #register(SparkSession)}, but each name is a view of the table as it was at {@code asOf}:
     * a Delta version number or a timestamp. Tables that did not exist then are left out.
     *
     * @return the names that could be registered
     */
    public List<String> register(SparkSession spark, String asOf) {
        for (String layer : LAYERS) {
            spark.sql("create schema if not exists " + layer);
            for (var table : spark.sql("show tables in " + layer).collectAsList()) {
                unregister(spark, layer + "." + table.getString(1));
            }
        }
        List<String> registered = new ArrayList<>();
        for (String name : tableNames()) {
            String[] parts = name.split("\\.");
            if (registerTable(spark, parts[0], parts[1], asOf)) registered.add(name);
        }
        return registered;
    }

    /** Forgets a name, table or view; the data stays (tables are external). */
    private static void unregister(SparkSession spark, String name) {
        try {
            spark.sql("drop table if exists " + name);
        } catch (Exception aView) { // Spark refuses DROP TABLE of a view with a (checked) AnalysisException
            spark.sql("drop view if exists " + name);
        }
    }

    /** (Re)registers one table, e.g. after a job wrote it; see {@link #register(SparkSession, String)}. */
    public boolean registerTable(SparkSession spark, String layer, String table, String asOf) {
        String name = layer + "." + table;
        String path = location(layer, table).toString();
        try {
            spark.sql("create schema if not exists " + layer); // atomic: the publication registers from several threads
            unregister(spark, name);
            if (asOf == null) {
                spark.sql("create table " + name + " using delta location '" + path.replace("'", "''") + "'");
            } else {
                String clause = asOf.matches("\\d+") ? "version as of " + asOf : "timestamp as of '" + asOf.replace("'", "") + "'";
                spark.sql("create view " + name + " as select * from delta.`" + path.replace("`", "``") + "` " + clause);
            }
            return true;
        } catch (Exception tableDidNotExistThen) { // Delta's errors are checked AnalysisExceptions
            if (asOf == null) throw new IllegalStateException("Cannot register " + name, tableDidNotExistThen);
            return false;
        }
    }
}
