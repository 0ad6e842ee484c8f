package nl.vroeg.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A small hand-made {@code gold.gemeente_maand_gepubliceerd} for tests of what
 * reads published figures: 's-Gravenhage (GM0518, above the target in March) and Amersfoort (GM0307, with
 * suppressed cells), their provinces and NL, January to March 2025.
 */
public final class PublishedFixture {

    /** The columns of gold.gemeente_maand_gepubliceerd. */
    public static final StructType SCHEMA = StructType.fromDDL("""
            gemeentecode string, gemeentenaam string, niveau string, provinciecode string, maand date, signalen bigint, inwoners bigint,
            signalen_per_1000_inwoners double, signalen_niet_opgepakt bigint, uitval_pct double, zaken bigint,
            zaken_enkelvoudig bigint, zaken_meervoudig bigint, zaken_opeenvolgend bigint,
            zaken_met_contactpoging bigint, zaken_bereikt bigint, bereik_pct double, bereik_doel_pct double,
            bereik_verschil_doel_pp double, zaken_hulp_geaccepteerd bigint, zaken_hulp_geaccepteerd_en_bereikt bigint,
            hulpacceptatie_pct_van_bereikt double, hulpacceptatie_pct_van_zaken double, zaken_quick_fix bigint,
            quick_fix_pct_van_geaccepteerd double, zaken_geaccepteerd_zonder_bereik bigint,
            mediaan_dagen_tot_eerste_poging double, zaken_binnen_4_weken bigint, binnen_4_weken_pct double,
            voorlopig boolean, secundair_onderdrukt array<string>""".replace('\n', ' '));

    private PublishedFixture() {
    }

    public static void write(SparkSession spark, Lake lake) {
        List<Row> rows = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            LocalDate maand = LocalDate.of(2025, month, 1);
            boolean voorlopig = month == 3;
            // 's-Gravenhage: 2,000 signals, 1,500 cases, reach rising to 42% in March
            long bereikt = month == 3 ? 630 : 450;
            rows.add(row("GM0518", "'s-Gravenhage", "gemeente", "PV28", maand, 2000L, 568945L, 1500L, bereikt, 200L, voorlopig));
            // Amersfoort: small numbers, so some counts and percentages are suppressed
            rows.add(row("GM0307", "Amersfoort", "gemeente", "PV26", maand, 12L, 163298L, 8L, null, null, voorlopig));
            rows.add(row("PV28", "Zuid-Holland", "provincie", "PV28", maand, 2000L, 568945L, 1500L, bereikt, 200L, voorlopig));
            rows.add(row("PV26", "Utrecht", "provincie", "PV26", maand, 12L, 163298L, 8L, null, null, voorlopig));
            rows.add(row("NL", "Nederland", "land", null, maand, 2012L, 732243L, 1508L, bereikt + 3, 201L, voorlopig));
        }
        spark.createDataFrame(rows, SCHEMA).write().format("delta").mode("overwrite")
                .save(lake.location("gold", "gemeente_maand_gepubliceerd").toString());
    }

    /** A row whose percentages follow from its counts, suppressed as published (null bereikt: 1 to 4). */
    private static Row row(String code, String name, String niveau, String provincie, LocalDate maand, Long signalen, Long inwoners,
                           Long zaken, Long bereikt, Long hulp, boolean voorlopig) {
        boolean showPct = zaken >= 10;
        Double bereik = showPct && bereikt != null ? 100.0 * bereikt / zaken : null;
        Double hulpPct = bereikt != null && bereikt >= 10 && hulp != null ? 100.0 * hulp / bereikt : null;
        Double hulpVanZaken = showPct && hulp != null ? 100.0 * hulp / zaken : null;
        return FixtureRow.of(SCHEMA).set("gemeentecode", code).set("gemeentenaam", name).set("niveau", niveau)
                .set("provinciecode", provincie).set("maand", maand).set("signalen", signalen).set("inwoners", inwoners)
                .set("signalen_per_1000_inwoners", 1000.0 * signalen / inwoners).set("signalen_niet_opgepakt", signalen / 10)
                .set("uitval_pct", signalen >= 10 ? 10.0 : null).set("zaken", zaken).set("zaken_enkelvoudig", zaken)
                .set("zaken_meervoudig", 0L).set("zaken_opeenvolgend", 0L).set("zaken_met_contactpoging", zaken)
                .set("zaken_bereikt", bereikt).set("bereik_pct", bereik).set("bereik_doel_pct", 40.0)
                .set("bereik_verschil_doel_pp", bereik == null ? null : bereik - 40.0).set("zaken_hulp_geaccepteerd", hulp)
                .set("zaken_hulp_geaccepteerd_en_bereikt", hulp).set("hulpacceptatie_pct_van_bereikt", hulpPct)
                .set("hulpacceptatie_pct_van_zaken", hulpVanZaken).set("zaken_quick_fix", hulp)
                .set("quick_fix_pct_van_geaccepteerd", hulp == null ? null : 100.0).set("zaken_geaccepteerd_zonder_bereik", 0L)
                .set("mediaan_dagen_tot_eerste_poging", showPct ? 6.5 : null)
                .set("zaken_binnen_4_weken", showPct ? zaken * 8 / 10 : null).set("binnen_4_weken_pct", showPct ? 80.0 : null)
                .set("voorlopig", voorlopig).set("secundair_onderdrukt", List.of()).row();
    }
}
