package nl.vroeg.lake.published;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The published (suppressed) monthly figures, read from gold: what reports, the dashboard and the serving
 * database may show. They never read silver or bronze.
 */
public final class PublishedFigures {

    public static final String TABLE = "gemeente_maand_gepubliceerd";

    private final List<PublishedMonth> rows;

    private PublishedFigures(List<PublishedMonth> rows) {
        this.rows = rows;
    }

    /** The table itself, read by path (the session's table names stay as they were). */
    public static Dataset<Row> table(SparkSession spark, Lake lake) {
        if (!lake.exists("gold", TABLE)) {
            throw new IllegalStateException("Er zijn nog geen indicatoren: draai eerst 'vroeg transform' (lake: " + lake.root() + ").");
        }
        return spark.read().format("delta").load(lake.location("gold", TABLE).toString());
    }

    public static PublishedFigures read(SparkSession spark, Lake lake) {
        List<PublishedMonth> rows = table(spark, lake).collectAsList().stream().map(PublishedFigures::toMonth)
                .sorted(Comparator.comparing(PublishedMonth::gemeentecode).thenComparing(PublishedMonth::maand))
                .toList();
        return new PublishedFigures(rows);
    }

    public List<PublishedMonth> rows() {
        return rows;
    }

    /** The latest month with figures: the report's peilmaand. */
    public LocalDate latestMonth() {
        return rows.stream().map(PublishedMonth::maand).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("Er zijn nog geen indicatoren om te rapporteren."));
    }

    /**
     * The latest month whose national figures are definitive (no municipality is still working its cases), or
     * empty when no month is.
     */
    public Optional<LocalDate> latestDefinitiveMonth() {
        return rows.stream().filter(r -> "land".equals(r.niveau()) && !r.voorlopig()).map(PublishedMonth::maand)
                .max(Comparator.naturalOrder());
    }

    /** The months with figures, oldest first. */
    public List<LocalDate> months() {
        return rows.stream().map(PublishedMonth::maand).distinct().sorted().toList();
    }

    /** The months of one area, oldest first. */
    public List<PublishedMonth> series(String gebiedcode) {
        return rows.stream().filter(r -> r.gemeentecode().equals(gebiedcode)).toList();
    }

    public Optional<PublishedMonth> month(String gebiedcode, LocalDate maand) {
        return rows.stream().filter(r -> r.gemeentecode().equals(gebiedcode) && r.maand().equals(maand)).findFirst();
    }

    /** Municipalities with figures in the given month, in Dutch alphabetical order. */
    public List<PublishedMonth> gemeenten(LocalDate maand) {
        Collator dutch = Collator.getInstance(DutchFormat.NL);
        return rows.stream().filter(r -> r.isGemeente() && r.maand().equals(maand))
                .sorted(Comparator.comparing(m -> sortName(m.gemeentenaam()), dutch)).toList();
    }

    /** Without a leading "'s-" or "'t ", so 's-Gravenhage sorts under G rather than before Aa en Hunze. */
    public static String sortName(String name) {
        return name == null ? "" : name.replaceFirst("^'[st][- ]", "");
    }


    private static PublishedMonth toMonth(Row r) {
        return new PublishedMonth(r.getAs("gemeentecode"), r.getAs("gemeentenaam"), r.getAs("niveau"), r.getAs("provinciecode"),
                r.getAs("maand"),
                r.getAs("signalen"), r.getAs("inwoners"), r.getAs("signalen_per_1000_inwoners"),
                r.getAs("signalen_niet_opgepakt"), r.getAs("uitval_pct"), r.getAs("zaken"),
                r.getAs("zaken_met_contactpoging"), r.getAs("zaken_bereikt"), r.getAs("bereik_pct"),
                r.getAs("bereik_doel_pct"), r.getAs("bereik_verschil_doel_pp"), r.getAs("zaken_hulp_geaccepteerd"),
                r.getAs("hulpacceptatie_pct_van_bereikt"), r.getAs("hulpacceptatie_pct_van_zaken"),
                r.getAs("quick_fix_pct_van_geaccepteerd"), r.getAs("mediaan_dagen_tot_eerste_poging"),
                r.getAs("binnen_4_weken_pct"), Boolean.TRUE.equals(r.getAs("voorlopig")),
                r.getList(r.fieldIndex("secundair_onderdrukt")));
    }
}
