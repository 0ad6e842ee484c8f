package nl.vroeg.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.FixtureRow;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedFixture;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A hand-made {@code gold.gemeente_maand_gepubliceerd}: Amsterdam (GM0363) and 's-Gravenhage (GM0518) with NL, April
 * to June 2025, plus one province row in June. In June Amsterdam is above the 40% target and 's-Gravenhage is so
 * small that its counts are suppressed (NULL: 1 to 4) and its percentages hidden; June is provisional. Amsterdam's
 * May help count is hidden by secondary suppression.
 */
final class GoldFixture {

    static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
    static final LocalDate MAY = LocalDate.of(2025, 5, 1);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

    /** Amsterdam's April signal count: published, but not on the dashboard (not the latest month). */
    static final long AMSTERDAM_APRIL_SIGNALEN = 9876;

    static final StructType SCHEMA = PublishedFixture.SCHEMA;

    private GoldFixture() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("GM0363", "Amsterdam", "gemeente", APRIL, AMSTERDAM_APRIL_SIGNALEN, 400L, 150L, 60L, false));
        rows.add(row("GM0518", "'s-Gravenhage", "gemeente", APRIL, 500L, 200L, 80L, 20L, false));
        rows.add(row("NL", "Nederland", "land", APRIL, 10376L, 600L, 230L, 80L, false));
        rows.add(row("GM0363", "Amsterdam", "gemeente", MAY, 1100L, 300L, 123L, null, false, "zaken_hulp_geaccepteerd"));
        rows.add(row("GM0518", "'s-Gravenhage", "gemeente", MAY, 480L, 150L, 60L, 15L, false));
        rows.add(row("NL", "Nederland", "land", MAY, 1580L, 450L, 183L, 18L, false));
        rows.add(row("GM0363", "Amsterdam", "gemeente", JUNE, 1234L, 321L, 145L, 40L, false));
        rows.add(row("GM0518", "'s-Gravenhage", "gemeente", JUNE, null, null, null, null, true));
        rows.add(row("PV28", "Zuid-Holland", "provincie", JUNE, 7L, 5L, null, null, true));
        rows.add(row("NL", "Nederland", "land", JUNE, 1237L, 324L, 147L, 41L, true));
        return rows;
    }

    static Lake write(SparkSession spark, Lake lake) {
        return write(spark, lake, rows());
    }

    static Lake write(SparkSession spark, Lake lake, List<Row> rows) {
        spark.createDataFrame(rows, SCHEMA).write().format("delta").mode("overwrite")
                .save(lake.location("gold", "gemeente_maand_gepubliceerd").toString());
        return lake;
    }

    /**
     * One area and month, suppressed as published: a percentage needs a denominator of at least 10, a NULL count
     * stands for 1 to 4. Columns the tests do not look at get plain constant values.
     */
    static Row row(String code, String name, String niveau, LocalDate maand, Long signalen, Long zaken, Long bereikt,
                   Long hulp, boolean voorlopig, String... secundairOnderdrukt) {
        Double bereikPct = pct(bereikt, zaken);
        return FixtureRow.of(SCHEMA).set("gemeentecode", code).set("gemeentenaam", name).set("niveau", niveau)
                .set("maand", maand).set("signalen", signalen).set("inwoners", 100_000L)
                .set("signalen_per_1000_inwoners", signalen == null ? null : signalen / 100.0).set("zaken", zaken)
                .set("zaken_enkelvoudig", zaken).set("zaken_meervoudig", 0L).set("zaken_opeenvolgend", 0L)
                .set("zaken_met_contactpoging", zaken).set("zaken_bereikt", bereikt).set("bereik_pct", bereikPct)
                .set("bereik_doel_pct", 40.0).set("bereik_verschil_doel_pp", bereikPct == null ? null : bereikPct - 40.0)
                .set("zaken_hulp_geaccepteerd", hulp).set("hulpacceptatie_pct_van_bereikt", pct(hulp, bereikt))
                .set("hulpacceptatie_pct_van_zaken", pct(hulp, zaken)).set("zaken_quick_fix", 0L)
                .set("zaken_geaccepteerd_zonder_bereik", 0L).set("mediaan_dagen_tot_eerste_poging", zaken == null ? null : 12.5)
                .set("zaken_binnen_4_weken", zaken).set("binnen_4_weken_pct", pct(zaken, zaken))
                .set("secundair_onderdrukt", List.of(secundairOnderdrukt)).set("voorlopig", voorlopig).row();
    }

    private static Double pct(Long part, Long whole) {
        return part == null || whole == null || whole < 10 ? null : 100.0 * part / whole;
    }
}
