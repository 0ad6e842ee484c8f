package nl.vroeg.lake;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of a process (local unless $VROEG_SPARK_MASTER names a cluster), with the settings measured to be fast on a 2-core machine. */
public final class VroegSpark {

    private VroegSpark() {
    }

    private static SparkSession session;

    public static synchronized SparkSession session() {
        if (session == null) session = create();
        return session;
    }

    /**
     * Set by the tests ({@code -Dvroeg.spark.tinyData=true}): their lakes hold a few hundred rows, for which the
     * settings for small data always apply (measured: a transform of a one-municipality lake in half the time).
     */
    public static final String TINY_DATA = "vroeg.spark.tinyData";

    /** The Spark master: {@code $VROEG_SPARK_MASTER} (e.g. {@code spark://host:7077}), else two local cores. */
    public static String master() {
        String master = System.getenv("VROEG_SPARK_MASTER");
        return master == null || master.isBlank() ? "local[2]" : master.strip();
    }

    /**
     * The settings that depend on where the session runs. Locally the driver stays on the loopback address. On a
     * cluster the executors are JVMs of their own that load vroeg's classes from the same distribution: its jar
     * names its libraries in the manifest, so its absolute path is the whole classpath (the distribution and the
     * lake must be at the same paths on every worker); the driver's address is Spark's ($SPARK_LOCAL_IP).
     */
    private static Map<String, String> placement(String master) {
        if (master.startsWith("local[")) return Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1");
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        return Map.of("spark.executor.extraClassPath", classpath);
    }

    /**
     * Chooses the settings for the queries that follow: for small data (one shuffle partition, interpreted
     * expressions: on a small lake compiling generated code for every query costs more than it saves), or for large.
     * The tests' tiny-data mode always keeps those for small data. Each job says what small is for its input.
     */
    public static void settingsFor(SparkSession spark, boolean smallData) {
        sizeSettings(Boolean.getBoolean(TINY_DATA) || smallData).forEach(spark.conf()::set);
    }

    private static Map<String, String> sizeSettings(boolean small) {
        return Map.of("spark.sql.shuffle.partitions", small ? "1" : "4",
                "spark.sql.codegen.wholeStage", String.valueOf(!small),
                "spark.sql.codegen.factoryMode", small ? "NO_CODEGEN" : "FALLBACK");
    }

    private static SparkSession create() {
        JitDirectives.install(); // Spark's generated code: C1 only
        boolean tiny = Boolean.getBoolean(TINY_DATA);
        String master = master();
        SparkSession.Builder builder = SparkSession.builder().appName("vroeg").master(master);
        placement(master).forEach(builder::config);
        sizeSettings(tiny).forEach(builder::config);
        return builder
                .config("spark.default.parallelism", tiny ? "1" : "4")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.catalogImplementation", "in-memory")
                .config("spark.sql.sources.parallelPartitionDiscovery.parallelism", "4")
                .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
                .config("spark.hadoop.fs.AbstractFileSystem.file.impl", NioLocalFileSystem.Fs.class.getName())
                .config("spark.databricks.delta.snapshotPartitions", "2")
                // Outside Parquet readers (DuckDB, BI tools) would count rows a deletion vector hides.
                .config("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false")
                // Delta answers min/max/count from file statistics as java.sql.Date, which breaks with the
                // java8 date API below (ClassCastException LocalDate); the tables are small enough to scan.
                .config("spark.databricks.delta.optimizeMetadataQuery.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // LocalDate and Instant in Rows, both ways.
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/vroeg-spark-warehouse")
                .getOrCreate();
    }
}
