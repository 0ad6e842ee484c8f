package nl.vroeg.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.vroeg.lake.CbsReference.Gemeente;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
        return RowFactory.create(code, name, niveau, provincie, maand, signalen, inwoners, 1000.0 * signalen / inwoners, signalen / 10,
                10.0, zaken, zaken, 0L, 0L, zaken, bereikt, bereik, 40.0, bereik == null ? null : bereik - 40.0, hulp,
                bereikt >= 10 ? 100.0 * hulp / bereikt : null, zaken >= 10 ? 100.0 * hulp / zaken : null, hulp / 2,
                hulp > 0 ? 50.0 : null, 0L, 9.0, 70.0, List.of(), false);
    }

    private static void partnerTypes(List<Row> rows, String code, String name, String niveau, String provincie, LocalDate maand, long[] v) {
        String[] types = {"Energie", "Huur", "Zorg", "Water"};
        long[] share = {40, 30, 20, 10};
        for (int i = 0; i < types.length; i++) {
            long signalen = v[0] * share[i] / 100, zaken = v[1] * share[i] / 100, bereikt = v[2] * share[i] / 100;
            rows.add(RowFactory.create(code, name, niveau, provincie, maand, "partnertype", types[i], i + 1, "signalen en zaken",
                    signalen, zaken, bereikt, bereikt / 3, zaken >= 10 ? 100.0 * bereikt / zaken : null, null, List.of(), false));
        }
        rows.add(RowFactory.create(code, name, niveau, provincie, maand, "signaalstatus", "Niet opgepakt: herhaalde melding", 5, "signalen",
                v[0] / 10, null, null, null, null, null, List.of(), false));
    }
}
