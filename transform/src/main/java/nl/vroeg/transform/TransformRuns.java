package nl.vroeg.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** {@code ops.transform_runs}: what each transform run was built from, so the next one knows what is new. */
final class TransformRuns {

    /** modellenSha256: the models the run was built with; null for a run of a version that did not record it. */
    record Run(Instant tijd, Instant ingestTot, String parameters, String modellenSha256) {
    }

    private final SparkSession spark;
    private final Lake lake;

    TransformRuns(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    Optional<Run> latest() {
        if (!lake.exists(Table.TRANSFORM_RUNS)) return Optional.empty();
        return spark.read().format("delta").load(lake.location(Table.TRANSFORM_RUNS).toString()).collectAsList().stream()
                .map(r -> new Run(r.getAs("tijd"), r.getAs("ingest_tot"), r.getAs("parameters"),
                        List.of(r.schema().fieldNames()).contains("modellen_sha256") ? r.getAs("modellen_sha256") : null))
                .max(Comparator.comparing(Run::tijd));
    }

    /** The ingest time of the latest file in the ledger: everything up to it is in this run. */
    Instant latestIngest() {
        if (!lake.exists(Table.LEVERINGEN)) return null;
        return ledger().agg(max("ingest_tijd")).first().getAs(0);
    }

    /** CBS municipalities, mergers or inhabitants loaded since: every month's figures may change. */
    boolean referenceDataChangedSince(Instant since) {
        return !ledger().filter(col("bestandsoort").startsWith("cbs-").and(col("ingest_tijd").gt(since))).isEmpty();
    }

    void record(Instant ingestTot, String parameters, boolean volledig, List<LocalDate> maanden, String modellenSha256) {
        Row row = RowFactory.create(UUID.randomUUID().toString(), Instant.now(), ingestTot, parameters, volledig, maanden,
                modellenSha256);
        // mergeSchema: a lake whose runs table predates a column gets it on the next run
        spark.createDataFrame(List.of(row), Table.TRANSFORM_RUNS.schema()).write().format("delta").mode("append")
                .option("mergeSchema", "true").save(lake.location(Table.TRANSFORM_RUNS).toString());
    }

    private Dataset<Row> ledger() {
        return spark.read().format("delta").load(lake.location(Table.LEVERINGEN).toString());
    }
}
