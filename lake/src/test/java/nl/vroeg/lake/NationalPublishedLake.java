package nl.vroeg.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.vroeg.reference.CbsReference;
import nl.vroeg.reference.CbsReference.Gemeente;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A published lake shaped like a national one, for benchmarks of what publishes (reports, dashboard): 13 months of
 * figures for every current municipality (random but fixed by seed), their provinces and NL summed from them, and
 * the partner-type and status breakdowns of the last month.
 */
public final class NationalPublishedLake {

    private NationalPublishedLake() {
    }

    /** 13 months up to {@code reportMonth} for every current municipality, its province and NL; the breakdowns of that month. */
    public static void write(SparkSession spark, Lake lake, LocalDate reportMonth) {
        CbsReference cbs = CbsReference.shipped();
        List<Gemeente> gemeenten = cbs.currentGemeenten();
        Random random = new Random(2025);
        List<Row> months = new ArrayList<>();
        List<Row> breakdowns = new ArrayList<>();
        for (int back = 12; back >= 0; back--) {
            LocalDate maand = reportMonth.minusMonths(back);
            Map<String, long[]> sums = new HashMap<>();
            for (Gemeente g : gemeenten) {
                long inwoners = cbs.inwoners(g.code(), 2023);
                long signalen = Math.max(1, inwoners * 5 / 1000 + random.nextInt(20));
                long zaken = signalen * 3 / 4;
                long bereikt = Math.round(zaken * (0.12 + 0.35 * random.nextDouble()));
                long[] values = {signalen, zaken, bereikt, bereikt / 3, inwoners};
                add(sums, "PV" + g.provinciecode(), values);
                add(sums, "NL", values);
                months.add(row(g.code(), g.naam(), "gemeente", "PV" + g.provinciecode(), maand, values));
                if (back == 0) partnerTypes(breakdowns, g.code(), g.naam(), "gemeente", "PV" + g.provinciecode(), maand, values);
            }
            for (Map.Entry<String, long[]> area : sums.entrySet()) {
                boolean nl = area.getKey().equals("NL");
                String name = nl ? "Nederland" : gemeenten.stream().filter(g -> area.getKey().equals("PV" + g.provinciecode()))
                        .findFirst().orElseThrow().provincienaam();
                months.add(row(area.getKey(), name, nl ? "land" : "provincie", nl ? null : area.getKey(), maand, area.getValue()));
                if (back == 0) partnerTypes(breakdowns, area.getKey(), name, nl ? "land" : "provincie", nl ? null : area.getKey(), maand, area.getValue());
            }
        }
        spark.createDataFrame(months, PublishedFixture.SCHEMA).write().format("delta").mode("overwrite")
                .save(lake.location("gold", "gemeente_maand_gepubliceerd").toString());
        spark.createDataFrame(breakdowns, PublishedLakeFixture.BREAKDOWN).write().format("delta").mode("overwrite")
                .save(lake.location("gold", "gemeente_maand_uitsplitsing_gepubliceerd").toString());
    }

    private static void add(Map<String, long[]> sums, String code, long[] values) {
        long[] sum = sums.computeIfAbsent(code, c -> new long[values.length]);
        for (int i = 0; i < values.length; i++) sum[i] += values[i];
    }

    private static Row row(String code, String name, String niveau, String provincie, LocalDate maand, long[] v) {
        long signalen = v[0], zaken = v[1], bereikt = v[2], hulp = v[3], inwoners = v[4];
        Double bereik = zaken >= 10 ? 100.0 * bereikt / zaken : null;
        return FixtureRow.of(PublishedFixture.SCHEMA).set("gemeentecode", code).set("gemeentenaam", name).set("niveau", niveau)
                .set("provinciecode", provincie).set("maand", maand).set("signalen", signalen).set("inwoners", inwoners)
                .set("signalen_per_1000_inwoners", 1000.0 * signalen / inwoners).set("signalen_niet_opgepakt", signalen / 10)
                .set("uitval_pct", 10.0).set("zaken", zaken).set("zaken_enkelvoudig", zaken).set("zaken_meervoudig", 0L)
                .set("zaken_opeenvolgend", 0L).set("zaken_met_contactpoging", zaken).set("zaken_bereikt", bereikt)
                .set("bereik_pct", bereik).set("bereik_doel_pct", 40.0).set("bereik_verschil_doel_pp", bereik == null ? null : bereik - 40.0)
                .set("zaken_hulp_geaccepteerd", hulp).set("zaken_hulp_geaccepteerd_en_bereikt", hulp)
                .set("hulpacceptatie_pct_van_bereikt", bereikt >= 10 ? 100.0 * hulp / bereikt : null)
                .set("hulpacceptatie_pct_van_zaken", zaken >= 10 ? 100.0 * hulp / zaken : null).set("zaken_quick_fix", hulp / 2)
                .set("quick_fix_pct_van_geaccepteerd", hulp > 0 ? 50.0 : null).set("zaken_geaccepteerd_zonder_bereik", 0L)
                .set("mediaan_dagen_tot_eerste_poging", 9.0).set("zaken_binnen_4_weken", zaken * 7 / 10).set("binnen_4_weken_pct", 70.0)
                .set("secundair_onderdrukt", List.of()).set("voorlopig", false).row();
    }

    private static void partnerTypes(List<Row> rows, String code, String name, String niveau, String provincie, LocalDate maand, long[] v) {
        String[] types = {"Energie", "Huur", "Zorg", "Water"};
        long[] share = {40, 30, 20, 10};
        for (int i = 0; i < types.length; i++) {
            long signalen = v[0] * share[i] / 100, zaken = v[1] * share[i] / 100, bereikt = v[2] * share[i] / 100;
            rows.add(breakdown(code, name, niveau, provincie, maand, "partnertype", types[i], i + 1, "signalen en zaken")
                    .set("signalen", signalen).set("zaken", zaken).set("zaken_bereikt", bereikt).set("zaken_hulp_geaccepteerd", bereikt / 3)
                    .set("bereik_pct", zaken >= 10 ? 100.0 * bereikt / zaken : null).row());
        }
        rows.add(breakdown(code, name, niveau, provincie, maand, "signaalstatus", "Niet opgepakt: herhaalde melding", 5, "signalen")
                .set("signalen", v[0] / 10).row());
    }

    private static FixtureRow breakdown(String code, String name, String niveau, String provincie, LocalDate maand, String dimensie,
                                        String waarde, int order, String groepeert) {
        return FixtureRow.of(PublishedLakeFixture.BREAKDOWN).set("gemeentecode", code).set("gemeentenaam", name).set("niveau", niveau)
                .set("provinciecode", provincie).set("maand", maand).set("dimensie", dimensie).set("waarde", waarde)
                .set("volgorde", order).set("groepeert", groepeert).set("secundair_onderdrukt", List.of()).set("voorlopig", false);
    }
}
