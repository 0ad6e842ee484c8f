package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The published (suppressed) monthly figures, read from gold: what reports, the dashboard and the serving
 * database may show. They never read silver or bronze.
 */
public final class PublishedFigures {

    public static final String TABLE = "gemeente_maand_gepubliceerd";

    private final List<PublishedMonth> rows;
    private final Map<String, String> provinceByGemeente;

    private PublishedFigures(List<PublishedMonth> rows, Map<String, String> provinceByGemeente) {
        this.rows = rows;
        this.provinceByGemeente = provinceByGemeente;
    }

    public static PublishedFigures read(SparkSession spark, Lake lake) {
        if (!lake.exists("gold", TABLE)) {
            throw new IllegalStateException("Er zijn nog geen indicatoren: draai eerst 'vroeg transform' (lake: " + lake.root() + ").");
        }
        List<PublishedMonth> rows = spark.read().format("delta").load(lake.location("gold", TABLE).toString())
                .collectAsList().stream().map(PublishedFigures::toMonth)
                .sorted(Comparator.comparing(PublishedMonth::gemeentecode).thenComparing(PublishedMonth::maand))
                .toList();
        Map<String, String> provinces = lake.exists("silver", "gemeenten")
                ? spark.read().format("delta").load(lake.location("silver", "gemeenten").toString()).collectAsList().stream()
                        .collect(Collectors.toMap(r -> r.<String>getAs("gemeentecode"), r -> r.<String>getAs("provinciecode")))
                : Map.of();
        return new PublishedFigures(rows, provinces);
    }

    public List<PublishedMonth> rows() {
        return rows;
    }

    /** The latest month with figures: the report's peilmaand. */
    public LocalDate latestMonth() {
        return rows.stream().map(PublishedMonth::maand).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("Er zijn nog geen indicatoren om te rapporteren."));
    }

    /** The months of one area, oldest first. */
    public List<PublishedMonth> series(String gebiedcode) {
        return rows.stream().filter(r -> r.gemeentecode().equals(gebiedcode)).toList();
    }

    public Optional<PublishedMonth> month(String gebiedcode, LocalDate maand) {
        return rows.stream().filter(r -> r.gemeentecode().equals(gebiedcode) && r.maand().equals(maand)).findFirst();
    }

    /** Municipalities with figures in the given month, by name. */
    public List<PublishedMonth> gemeenten(LocalDate maand) {
        return rows.stream().filter(r -> r.isGemeente() && r.maand().equals(maand))
                .sorted(Comparator.comparing(PublishedMonth::gemeentenaam)).toList();
    }

    /** Municipalities that have figures in any month, by name (one row each: their latest month). */
    public List<PublishedMonth> gemeenten() {
        return rows.stream().filter(PublishedMonth::isGemeente)
                .collect(Collectors.toMap(PublishedMonth::gemeentecode, r -> r, (a, b) -> a.maand().isAfter(b.maand()) ? a : b))
                .values().stream().sorted(Comparator.comparing(PublishedMonth::gemeentenaam)).toList();
    }

    public Optional<String> provinceOf(String gemeentecode) {
        return Optional.ofNullable(provinceByGemeente.get(gemeentecode));
    }

    private static PublishedMonth toMonth(Row r) {
        return new PublishedMonth(r.getAs("gemeentecode"), r.getAs("gemeentenaam"), r.getAs("niveau"), r.getAs("maand"),
                r.getAs("signalen"), r.getAs("inwoners"), r.getAs("signalen_per_1000_inwoners"),
                r.getAs("signalen_niet_opgepakt"), r.getAs("uitval_pct"), r.getAs("zaken"),
                r.getAs("zaken_met_contactpoging"), r.getAs("zaken_bereikt"), r.getAs("bereik_pct"),
                r.getAs("bereik_doel_pct"), r.getAs("bereik_verschil_doel_pp"), r.getAs("zaken_hulp_geaccepteerd"),
                r.getAs("hulpacceptatie_pct_van_bereikt"), r.getAs("hulpacceptatie_pct_van_zaken"),
                r.getAs("quick_fix_pct_van_geaccepteerd"), r.getAs("mediaan_dagen_tot_eerste_poging"),
                r.getAs("binnen_4_weken_pct"), Boolean.TRUE.equals(r.getAs("voorlopig")));
    }
}
