package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The published detail beside {@link PublishedFigures}: the breakdowns, the partner events, {@code afloop} and the
 * drop-out by reason per partner type. All but the breakdowns are optional: while a lake has no published version
 * of them, their readers return empty.
 */
public final class PublishedDetails {

    public static final String UITSPLITSING = "gemeente_maand_uitsplitsing_gepubliceerd";
    public static final String GEBEURTENISSEN = "gebeurtenissen_maand_gepubliceerd";
    public static final String AFLOOP = "afloop_gepubliceerd";
    public static final String PARTNER_UITVAL = "partner_uitval_gepubliceerd";

    private PublishedDetails() {
    }

    /** The breakdowns of every area in the given months (an absent table reads as none). */
    public static List<PublishedBreakdown> breakdowns(SparkSession spark, Lake lake, Collection<LocalDate> maanden) {
        return read(spark, lake, UITSPLITSING, maanden).map(rows -> rows.stream().map(PublishedDetails::toBreakdown).toList())
                .orElse(List.of());
    }

    /** Partner events of every area in the given months; empty when the lake does not publish them. */
    public static Optional<List<PublishedEvents>> events(SparkSession spark, Lake lake, Collection<LocalDate> maanden) {
        return read(spark, lake, GEBEURTENISSEN, maanden).map(rows -> rows.stream().map(PublishedDetails::toEvents).toList());
    }

    /** afloop of every area in the given cohort months; empty when the lake does not publish it. */
    public static Optional<List<PublishedAfloop>> afloop(SparkSession spark, Lake lake, Collection<LocalDate> maanden) {
        return read(spark, lake, AFLOOP, maanden).map(rows -> rows.stream().map(PublishedDetails::toAfloop).toList());
    }

    /** Drop-out by reason per partner type of every area in the given months; empty when the lake does not publish it. */
    public static Optional<List<PublishedPartnerUitval>> partnerUitval(SparkSession spark, Lake lake, Collection<LocalDate> maanden) {
        return read(spark, lake, PARTNER_UITVAL, maanden).map(rows -> rows.stream().map(r -> new PublishedPartnerUitval(
                r.getAs("gemeentecode"), date(r), r.getAs("partnertype"), r.getAs("signaalstatus"), r.getAs("signalen"), secundair(r)))
                .toList());
    }

    private static Optional<List<Row>> read(SparkSession spark, Lake lake, String table, Collection<LocalDate> maanden) {
        if (!lake.exists("gold", table)) return Optional.empty();
        Dataset<Row> rows = spark.read().format("delta").load(lake.location("gold", table).toString());
        if (!maanden.isEmpty()) rows = rows.where(functions.col("maand").isin(maanden.toArray()));
        return Optional.of(rows.collectAsList());
    }

    private static PublishedBreakdown toBreakdown(Row r) {
        Integer volgorde = r.getAs("volgorde");
        return new PublishedBreakdown(r.getAs("gemeentecode"), date(r), r.getAs("dimensie"), r.getAs("waarde"),
                volgorde == null ? 99 : volgorde, optional(r, "groepeert"), r.getAs("signalen"), r.getAs("zaken"),
                r.getAs("zaken_bereikt"), r.getAs("zaken_hulp_geaccepteerd"), r.getAs("bereik_pct"),
                r.getAs("hulpacceptatie_pct_van_bereikt"), secundair(r));
    }

    private static PublishedEvents toEvents(Row r) {
        return new PublishedEvents(r.getAs("gemeentecode"), date(r), r.getAs("gebeurtenis"), r.getAs("aantal"),
                optional(r, "inwoners"), r.getAs("per_1000_inwoners"), optional(r, "aantal_met_adres"),
                optional(r, "aantal_met_signaal_vooraf"), r.getAs("met_signaal_vooraf_pct"), secundair(r));
    }

    private static PublishedAfloop toAfloop(Row r) {
        Map<String, Double> bereikt = new LinkedHashMap<>();
        Map<String, Double> nietBereikt = new LinkedHashMap<>();
        for (String kind : PublishedAfloop.GEBEURTENISSEN) {
            bereikt.put(kind, r.getAs(kind + "_pct_bereikt"));
            nietBereikt.put(kind, r.getAs(kind + "_pct_niet_bereikt"));
        }
        return new PublishedAfloop(r.getAs("gemeentecode"), date(r), r.getAs("zaken_bereikt"), r.getAs("zaken_niet_bereikt"),
                bereikt, nietBereikt, Boolean.TRUE.equals(r.getAs("voorlopig")), secundair(r));
    }

    private static LocalDate date(Row r) {
        Object maand = r.getAs("maand");
        return maand instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) maand;
    }

    @SuppressWarnings("unchecked")
    private static <T> T optional(Row r, String column) {
        return java.util.Arrays.asList(r.schema().fieldNames()).contains(column) ? (T) r.getAs(column) : null;
    }

    private static List<String> secundair(Row r) {
        if (!java.util.Arrays.asList(r.schema().fieldNames()).contains("secundair_onderdrukt")) return List.of();
        List<String> list = r.getList(r.fieldIndex("secundair_onderdrukt"));
        return list == null ? List.of() : List.copyOf(list);
    }
}
