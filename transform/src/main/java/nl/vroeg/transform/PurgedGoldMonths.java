package nl.vroeg.transform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.RetentionHorizon;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The gold months a retention purge froze. A gold month's figures read detail up to {@value #LOOKBACK_MONTHS}
 * months back (an event's "signal in the 12 months before"; matching looks back 6), so after a purge of detail
 * before the grens, the months before grens + {@value #LOOKBACK_MONTHS} months would come out different from the
 * now incomplete detail: the transform keeps them as they are, also with {@code --volledig}.
 */
final class PurgedGoldMonths {

    static final int LOOKBACK_MONTHS = 12;

    private final SparkSession spark;
    private final Optional<RetentionHorizon> horizon;

    private PurgedGoldMonths(SparkSession spark, Optional<RetentionHorizon> horizon) {
        this.spark = spark;
        this.horizon = horizon;
    }

    static PurgedGoldMonths of(SparkSession spark, Lake lake) {
        return new PurgedGoldMonths(spark, RetentionHorizon.of(spark, lake));
    }

    /** The first gold month a purge with this grens leaves to the transform. */
    static LocalDate frozenBefore(LocalDate grens) {
        return grens.plusMonths(LOOKBACK_MONTHS);
    }

    /** The given months without the frozen ones. */
    List<LocalDate> rebuildable(List<LocalDate> months) {
        return horizon.isEmpty() ? months : months.stream().filter(m -> !m.isBefore(horizon.get().goldVastTot())).toList();
    }

    /**
     * The months a full rebuild replaces: null (every month; the tables are overwritten) when nothing was purged,
     * else every month from the horizon up to the last one any detail or gold row can have (registered tables).
     */
    List<LocalDate> allRebuildable() {
        if (horizon.isEmpty()) return null;
        Row last = spark.sql("""
                select greatest(
                    add_months(trunc(greatest((select max(signaaldatum) from bronze.signalen),
                        (select max(datum) from bronze.gebeurtenissen),
                        (select max(einddatum_levering) from bronze.ddas_leveringen)), 'MM'), %d),
                    (select max(maand) from gold.gemeente_maand))""".formatted(LOOKBACK_MONTHS)).first();
        List<LocalDate> months = new ArrayList<>();
        if (last.isNullAt(0)) return months;
        for (LocalDate m = horizon.get().goldVastTot(); !m.isAfter(last.getAs(0)); m = m.plusMonths(1)) months.add(m);
        return months;
    }

    /** A line for the transform's progress; null when nothing was purged. */
    String describe() {
        return horizon.map(h -> "Gold: maanden vóór " + h.goldVastTot() + " blijven ongewijzigd (detail van vóór "
                + h.grens() + " is verwijderd door vroeg purge)").orElse(null);
    }
}
