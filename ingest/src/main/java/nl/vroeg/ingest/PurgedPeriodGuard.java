package nl.vroeg.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.RetentionHorizon;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.SparkSession;

/**
 * After a retention purge ({@code vroeg purge}), a file with signals or partner events dated before the purge's
 * grens is refused whole: landing it would bring deleted detail back. Checked on every row a file adds to the
 * batch, so the refusal rolls back only that file's rows ({@link IngestBatch#rollback}).
 */
final class PurgedPeriodGuard {

    /** The tables whose rows a purge deletes by a date of their own, with that date column and its Dutch plural. */
    private static final Map<Table, String[]> DATED = Map.of(
            Table.SIGNALEN, new String[] {"signaaldatum", "signalen met een signaaldatum"},
            Table.GEBEURTENISSEN, new String[] {"datum", "gebeurtenissen met een datum"});

    private final Optional<LocalDate> grens;

    PurgedPeriodGuard(SparkSession spark, Lake lake) {
        this.grens = RetentionHorizon.of(spark, lake).map(RetentionHorizon::grens);
    }

    void check(TableRow row) {
        String[] dated = DATED.get(row.table());
        if (grens.isEmpty() || dated == null) return;
        Object date = row.values().get(dated[0]);
        if (date instanceof LocalDate d && d.isBefore(grens.get())) {
            throw Rejection.of(String.valueOf(row.values().get("_bron_bestand")), dated[1] + " vóór " + grens.get()
                    + ", de grens van de bewaartermijn (vroeg purge); gegevens van vóór die grens zijn verwijderd en"
                    + " worden niet opnieuw ingelezen. Lever het bestand aan zonder die records");
        }
    }
}
