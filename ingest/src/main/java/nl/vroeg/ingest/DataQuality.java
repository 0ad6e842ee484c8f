package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vroeg.ingest.DdasDelivery.Levering;
import nl.vroeg.ingest.DdasDelivery.Signal;
import nl.vroeg.ingest.DdasDelivery.Zaak;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Data-quality checks on a landed DDAS file, written to {@code ops.dq_resultaten}: what was accepted but is
 * doubtful (invalid postcodes, missing BSNs, implausible birth dates, help accepted without contact), how much
 * was quarantined, and how much a municipality's delivery changed since the supplier's previous one.
 */
final class DataQuality {

    static final String OK = "ok";
    static final String WAARSCHUWING = "waarschuwing";
    static final String FOUT = "fout";

    /** Thresholds (percent): above them a check warns; a quarantine share above the last one is an error. */
    static final double MAX_PCT_ONGELDIGE_POSTCODE = 2;
    static final double MAX_PCT_ONTBREKEND_BSN = 5;
    static final double MAX_PCT_WIJZIGING_T_O_V_VORIGE_LEVERING = 50;
    static final double MAX_PCT_QUARANTAINE_WAARSCHUWING = 1;
    static final double MAX_PCT_QUARANTAINE_FOUT = 10;

    private static final Set<String> HULP_GEACCEPTEERD = Set.of("(Budget)advies en/of quick fix",
            "Vervolghulp en/of verwijzing financieel", "Vervolghulp en/of verwijzing niet financieel");

    /** One check's result. */
    record Result(String gemeentecode, String controle, String niveau, String status, Double meetwaarde, String melding) {
    }

    private final SparkSession spark;
    private final Lake lake;

    DataQuality(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** Runs the checks, writes them and returns them; call before the file's levering rows land. */
    List<Result> check(DdasDelivery d, List<Ledger.Entry> entries, IngestContext ctx, DeltaAppender appender) {
        List<Result> results = new ArrayList<>();
        Map<String, Long> previous = previousSignalCounts(d);
        for (Levering levering : d.leveringen()) {
            String gm = levering.gemeentecode();
            if (gm == null) continue;
            List<Signal> signals = d.signals().stream().filter(s -> s.levering() == levering.index()).toList();
            List<Zaak> zaken = d.zaken().stream().filter(z -> z.levering() == levering.index()).toList();
            results.add(share(gm, "ongeldige_postcode", signals.stream().filter(Signal::postcodeOngeldig).count(),
                    signals.size(), MAX_PCT_ONGELDIGE_POSTCODE, "signalen met een ongeldige of ontbrekende postcode"));
            results.add(share(gm, "ontbrekend_bsn", signals.stream().filter(Signal::bsnOntbreekt).count(),
                    signals.size(), MAX_PCT_ONTBREKEND_BSN, "signalen zonder BSN"));
            long implausible = signals.stream().filter(Signal::geboortedatumOnwaarschijnlijk).count();
            results.add(count(gm, "onwaarschijnlijke_geboortedatum", implausible,
                    "signalen met een geboortedatum die een leeftijd onder 16 of boven 110 geeft"));
            long acceptedWithoutReach = zaken.stream().filter(z -> z.resultaat() != null && HULP_GEACCEPTEERD.contains(z.resultaat()))
                    .filter(z -> z.pogingen().stream().noneMatch(p -> Boolean.TRUE.equals(p.bereikt()))).count();
            results.add(count(gm, "geaccepteerd_zonder_bereik", acceptedWithoutReach,
                    "zaken met geaccepteerde hulp zonder contactpoging waarin de inwoner is bereikt"));
            Long before = previous.get(gm);
            if (before != null && before > 0) {
                double change = 100.0 * (levering.signalen() - before) / before;
                results.add(new Result(gm, "signalen_t_o_v_vorige_levering", WAARSCHUWING,
                        Math.abs(change) > MAX_PCT_WIJZIGING_T_O_V_VORIGE_LEVERING ? WAARSCHUWING : OK, change,
                        String.format(Locale.ROOT, "%d signalen, vorige levering van deze leverancier %d (%+.1f%%)",
                                levering.signalen(), before, change)));
            }
        }
        long read = entries.stream().mapToLong(Ledger.Entry::gelezen).sum();
        long quarantined = entries.stream().mapToLong(Ledger.Entry::gequarantaineerd).sum();
        double pct = read == 0 ? 0 : 100.0 * quarantined / read;
        String status = pct > MAX_PCT_QUARANTAINE_FOUT ? FOUT : pct > MAX_PCT_QUARANTAINE_WAARSCHUWING ? WAARSCHUWING : OK;
        results.add(new Result(null, "quarantaine_aandeel", FOUT, status, pct,
                String.format(Locale.ROOT, "%d van %d records in quarantaine (%.1f%%)", quarantined, read, pct)));

        appender.append(Table.DQ_RESULTATEN, results.stream().map(r -> (Row) RowFactory.create(ctx.runId(), ctx.ingestTijd(),
                ctx.bestand(), ctx.sha256(), r.gemeentecode(), r.controle(), r.niveau(), r.status(), r.meetwaarde(), r.melding()))
                .toList(), ctx.sha256());
        return results;
    }

    private static Result share(String gm, String controle, long part, long whole, double maxPct, String what) {
        double pct = whole == 0 ? 0 : 100.0 * part / whole;
        return new Result(gm, controle, WAARSCHUWING, pct > maxPct ? WAARSCHUWING : OK, pct,
                String.format(Locale.ROOT, "%d van %d %s (%.1f%%; grens %.0f%%)", part, whole, what, pct, maxPct));
    }

    private static Result count(String gm, String controle, long count, String what) {
        return new Result(gm, controle, WAARSCHUWING, count > 0 ? WAARSCHUWING : OK, (double) count, count + " " + what);
    }

    /** Signals per municipality in the supplier's latest earlier delivery. */
    private Map<String, Long> previousSignalCounts(DdasDelivery d) {
        Map<String, Long> counts = new HashMap<>();
        if (!lake.exists(Table.DDAS_LEVERINGEN)) return counts;
        Map<String, Instant> latest = new HashMap<>();
        spark.read().format("delta").load(lake.location(Table.DDAS_LEVERINGEN).toString())
                .filter(col("leverancier").equalTo(d.leverancier()).and(col("aanleverdatum").lt(d.aanleverdatum())))
                .select("gemeentecode", "aanleverdatum", "signalen").collectAsList()
                .forEach(r -> {
                    String gm = r.getString(0);
                    Instant at = r.getAs(1);
                    if (!latest.containsKey(gm) || at.isAfter(latest.get(gm))) {
                        latest.put(gm, at);
                        counts.put(gm, r.getLong(2));
                    }
                });
        return counts;
    }
}
