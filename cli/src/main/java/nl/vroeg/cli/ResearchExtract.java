package nl.vroeg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code vroeg extract}: the tables a research project asked for, each read at the version it had at one pinned
 * moment (so the tables agree with each other), filtered to the months asked, keys re-keyed for the project
 * ({@link ExtractQuery}, {@link ProjectKey}), as one sorted Parquet file per table with a manifest, written all
 * or nothing ({@link ExtractFolder}). Reads the lake only and takes no lock.
 */
final class ResearchExtract {

    private final SparkSession spark;
    private final Lake lake;
    private final Consumer<String> progress;

    ResearchExtract(SparkSession spark, Lake lake, Consumer<String> progress) {
        this.spark = spark;
        this.lake = lake;
        this.progress = progress;
    }

    /** Writes the extract into {@code request.out()}; {@code about} goes into the manifest as it is. */
    void write(ExtractRequest request, ProjectKey projectKey, Map<String, Object> about) {
        SparkSession session = spark.newSession(); // the re-keying function lives in this session only
        session.udf().register(ExtractQuery.REKEY, projectKey, DataTypes.StringType);
        session.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS"); // what DuckDB, arrow and pandas expect

        Map<String, Object> manifestHead = new LinkedHashMap<>(about);
        Map<String, Long> versions = pin(request, manifestHead);
        Map<String, String> months = new LinkedHashMap<>();
        months.put("van", request.van() == null ? null : request.van().toString());
        months.put("tot", request.tot() == null ? null : request.tot().toString());
        manifestHead.put("maanden", request.monthsAsked() ? months : null);
        ExtractManifest manifest = new ExtractManifest(manifestHead);
        try (ExtractFolder folder = ExtractFolder.beside(request.out())) {
            for (String table : request.tables()) {
                Dataset<Row> source = session.read().format("delta").option("versionAsOf", versions.get(table)).load(path(table));
                ExtractQuery query = ExtractQuery.of(lake, table, source.schema(), versions, request.van(), request.tot());
                Path file = writeSorted(session.sql(query.sql()), folder.dir(), table);
                Dataset<Row> written = session.read().parquet(file.toString());
                long rows = written.count();
                manifest.add(query, versions.get(table), written.schema(), rows, file);
                progress.accept(table + " (versie " + versions.get(table) + "): " + rows + " rij(en)"
                        + (query.rekeyed().isEmpty() ? "" : ", herversleuteld: " + String.join(", ", query.rekeyed()))
                        + (query.filter() == null && request.monthsAsked() ? "; geen maandkolom, dus alle rijen" : ""));
            }
            manifest.write(folder.dir());
            folder.commit();
        }
    }

    /**
     * Every table's version at one moment: {@code --as-of} or now (to the millisecond, as Delta records
     * commit times, so that {@code --as-of} that moment reads the same versions again), or one table's {@code --as-of} version. Records the moment as
     * {@code stand} and the versions read for a month filter as {@code gelezen_voor_maandfilter}.
     */
    private Map<String, Long> pin(ExtractRequest request, Map<String, Object> manifestHead) {
        TableVersions history = new TableVersions(spark, lake);
        List<String> tables = new ArrayList<>(request.tables());
        Map<String, Long> helpers = new LinkedHashMap<>();
        for (String table : request.tables()) {
            String source = ExtractQuery.MONTH_FROM.get(table);
            if (request.monthsAsked() && source != null && !tables.contains(source)) tables.add(source);
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        if (TableVersions.isVersion(request.asOf())) {
            if (tables.size() > 1) {
                throw Vroeg.UserError.usage("--as-of met een versienummer kan niet met --van/--tot op " + tables.get(0)
                        + ": de maanden komen uit " + tables.get(1) + "; gebruik een tijdstip.");
            }
            long version = Long.parseLong(request.asOf());
            versions.put(tables.get(0), history.existing(tables.get(0), version));
            manifestHead.put("stand", "versie " + version + " van " + tables.get(0));
        } else {
            Instant moment = request.asOf() != null ? TableVersions.moment(request.asOf()) : Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String shown = request.asOf() != null ? request.asOf() : moment.toString();
            for (String table : tables) versions.put(table, history.at(table, moment, shown));
            manifestHead.put("stand", moment.toString());
        }
        versions.forEach((table, version) -> {
            if (!request.tables().contains(table)) helpers.put(table, version);
        });
        if (!helpers.isEmpty()) manifestHead.put("gelezen_voor_maandfilter", helpers);
        return versions;
    }

    /** The rows as one Parquet file {@code <tabel>.parquet}, sorted on every column so equal data gives equal bytes. */
    private static Path writeSorted(Dataset<Row> rows, Path dir, String table) {
        Path spark = dir.resolve(".spark-" + table);
        Column[] order = Stream.of(rows.schema().fields()).filter(f -> orderable(f.dataType()))
                .map(f -> functions.col("`" + f.name().replace("`", "``") + "`").asc_nulls_first()).toArray(Column[]::new);
        rows.repartition(1).sortWithinPartitions(order).write().parquet(spark.toString());
        Path file = dir.resolve(table + ".parquet");
        try (Stream<Path> parts = Files.list(spark)) {
            List<Path> written = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
            if (written.size() != 1) throw new IllegalStateException("Spark wrote " + written.size() + " files for " + table);
            Files.move(written.get(0), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExtractFolder.delete(spark);
        ParquetFooter.sortEncodings(file);
        return file;
    }

    /** Maps cannot be sorted; a row's other columns order it. */
    private static boolean orderable(DataType type) {
        if (type instanceof MapType) return false;
        if (type instanceof ArrayType array) return orderable(array.elementType());
        if (type instanceof StructType struct) return Stream.of(struct.fields()).map(StructField::dataType).allMatch(ResearchExtract::orderable);
        return true;
    }

    private String path(String table) {
        return lake.location(table).toString();
    }
}
