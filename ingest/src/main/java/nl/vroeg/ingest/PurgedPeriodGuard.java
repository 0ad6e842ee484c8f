package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.RetentionHorizon;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * After a retention purge ({@code vroeg purge}), a file with signals or partner events dated before the purge's
 * grens is refused whole: landing it would bring deleted detail back. Checked on the first table a file writes
 * (signals, events), so nothing of a refused file lands.
 */
final class PurgedPeriodGuard {

    /** The tables whose rows a purge deletes by a date of their own, with that date and its Dutch plural. */
    private static final Map<Table, List<String>> DATED = Map.of(
            Table.SIGNALEN, List.of("signaaldatum", "signalen met een signaaldatum"),
            Table.GEBEURTENISSEN, List.of("datum", "gebeurtenissen met een datum"));

    private final Optional<RetentionHorizon> horizon;

    PurgedPeriodGuard(SparkSession spark, Lake lake) {
        this.horizon = RetentionHorizon.of(spark, lake);
    }

    void refuseRowsBeforeTheHorizon(Table table, Dataset<Row> rows) {
        if (horizon.isEmpty() || !DATED.containsKey(table)) return;
        String date = DATED.get(table).get(0);
        List<Row> before = rows.where(col(date).lt(lit(horizon.get().grens())))
                .groupBy("_bron_bestand").count().collectAsList();
        if (before.isEmpty()) return;
        throw Rejection.of(before.get(0).getString(0), before.get(0).getLong(1) + " " + DATED.get(table).get(1)
                + " vóór " + horizon.get().grens() + ", de grens van de bewaartermijn (vroeg purge); gegevens van vóór die grens"
                + " zijn verwijderd en worden niet opnieuw ingelezen. Lever het bestand aan zonder die records");
    }
}
