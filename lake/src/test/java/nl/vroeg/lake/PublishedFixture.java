package nl.vroeg.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
            bereik_verschil_doel_pp double, zaken_hulp_geaccepteerd bigint, hulpacceptatie_pct_van_bereikt double,
            hulpacceptatie_pct_van_zaken double, zaken_quick_fix bigint, quick_fix_pct_van_geaccepteerd double,
            zaken_geaccepteerd_zonder_bereik bigint, mediaan_dagen_tot_eerste_poging double,
            binnen_4_weken_pct double, secundair_onderdrukt array<string>, voorlopig boolean""".replace('\n', ' '));

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
        return RowFactory.create(code, name, niveau, provincie, maand, signalen, inwoners, 1000.0 * signalen / inwoners, signalen / 10,
                signalen >= 10 ? 10.0 : null, zaken, zaken, 0L, 0L, zaken, bereikt, bereik, 40.0,
                bereik == null ? null : bereik - 40.0, hulp, hulpPct, showPct && hulp != null ? 100.0 * hulp / zaken : null,
                hulp, hulp == null ? null : 100.0, 0L, showPct ? 6.5 : null, showPct ? 80.0 : null, List.of(), voorlopig);
    }
}
