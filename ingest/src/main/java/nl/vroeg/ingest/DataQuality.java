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
import nl.vroeg.reference.DdasCodes;
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

    private static final Set<String> HULP_GEACCEPTEERD = DdasCodes.hulpGeaccepteerd();

    /** One check's result. */
    record Result(String gemeentecode, String controle, String niveau, String status, Double meetwaarde, String melding) {
    }

    private final SparkSession spark;
    private final Lake lake;

    DataQuality(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** A levering's counts, gathered as its records stream past. */
    static final class LeveringStats {
        long signals;
        long postcodeOngeldig;
        long bsnOntbreekt;
        long geboortedatumOnwaarschijnlijk;
        long geaccepteerdZonderBereik;

        void signal(Signal s) {
            signals++;
            if (s.postcodeOngeldig()) postcodeOngeldig++;
            if (s.bsnOntbreekt()) bsnOntbreekt++;
            if (s.geboortedatumOnwaarschijnlijk()) geboortedatumOnwaarschijnlijk++;
        }

        void zaak(Zaak z) {
            if (z.resultaat() != null && HULP_GEACCEPTEERD.contains(z.resultaat())
                    && z.pogingen().stream().noneMatch(p -> Boolean.TRUE.equals(p.bereikt()))) {
                geaccepteerdZonderBereik++;
            }
        }
    }

    /** Runs the checks, stages them and returns them; call before the file's leveringen are staged. */
    List<Result> check(DdasDelivery.Header d, List<Levering> leveringen, Map<Integer, LeveringStats> stats,
            List<Ledger.Entry> entries, IngestContext ctx, IngestBatch batch) {
        List<Result> results = new ArrayList<>();
        Map<String, Long> previous = previousSignalCounts(d, batch);
        for (Levering levering : leveringen) {
            String gm = levering.gemeentecode();
            if (gm == null) continue;
            LeveringStats s = stats.getOrDefault(levering.index(), new LeveringStats());
            results.add(share(gm, "ongeldige_postcode", s.postcodeOngeldig, s.signals, MAX_PCT_ONGELDIGE_POSTCODE,
                    "signalen met een ongeldige of ontbrekende postcode"));
            results.add(share(gm, "ontbrekend_bsn", s.bsnOntbreekt, s.signals, MAX_PCT_ONTBREKEND_BSN, "signalen zonder BSN"));
            results.add(count(gm, "onwaarschijnlijke_geboortedatum", s.geboortedatumOnwaarschijnlijk,
                    "signalen met een geboortedatum die een leeftijd onder 16 of boven 110 geeft"));
            results.add(count(gm, "geaccepteerd_zonder_bereik", s.geaccepteerdZonderBereik,
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

        results.forEach(r -> batch.add(new TableRow(Table.DQ_RESULTATEN).file(ctx).set("tijd", ctx.ingestTijd())
                .set("gemeentecode", r.gemeentecode()).set("controle", r.controle()).set("niveau", r.niveau())
                .set("status", r.status()).set("meetwaarde", r.meetwaarde()).set("melding", r.melding())));
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

    /** Signals per municipality in the supplier's latest earlier delivery (in the lake or earlier in the batch). */
    private Map<String, Long> previousSignalCounts(DdasDelivery.Header d, IngestBatch batch) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Instant> latest = new HashMap<>();
        List<IngestBatch.StagedLevering> earlier = new ArrayList<>();
        if (lake.exists(Table.DDAS_LEVERINGEN)) {
            spark.read().format("delta").load(lake.location(Table.DDAS_LEVERINGEN).toString())
                    .filter(col("leverancier").equalTo(d.leverancier()).and(col("aanleverdatum").lt(d.aanleverdatum())))
                    .select("gemeentecode", "aanleverdatum", "signalen").collectAsList()
                    .forEach(r -> earlier.add(new IngestBatch.StagedLevering(d.leverancier(), r.getString(0), r.getAs(1), r.getLong(2))));
        }
        batch.leveringen().stream()
                .filter(l -> l.leverancier().equals(d.leverancier()) && l.aanleverdatum().isBefore(d.aanleverdatum()))
                .forEach(earlier::add);
        for (IngestBatch.StagedLevering l : earlier) {
            if (!latest.containsKey(l.gemeentecode()) || l.aanleverdatum().isAfter(latest.get(l.gemeentecode()))) {
                latest.put(l.gemeentecode(), l.aanleverdatum());
                counts.put(l.gemeentecode(), l.signalen());
            }
        }
        return counts;
    }
}
