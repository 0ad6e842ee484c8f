package nl.vroeg.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How far retention purges ({@code ops.purge_runs}, dry runs left out) have deleted: detail rows dated before
 * {@code grens} are gone, so ingest refuses such rows again, and gold months before {@code goldVastTot} (whose
 * figures read detail from before the grens) are never rebuilt.
 */
public record RetentionHorizon(LocalDate grens, LocalDate goldVastTot) {

    /** The horizon of the lake's purges; empty when nothing was ever purged. */
    public static Optional<RetentionHorizon> of(SparkSession spark, Lake lake) {
        if (!lake.exists(Table.PURGE_RUNS)) return Optional.empty();
        Row row = spark.read().format("delta").load(lake.location(Table.PURGE_RUNS).toString())
                .where(col("droog").equalTo(false)).agg(max("grens"), max("gold_vast_tot")).first();
        return row.isNullAt(0) ? Optional.empty() : Optional.of(new RetentionHorizon(row.getAs(0), row.getAs(1)));
    }
}
