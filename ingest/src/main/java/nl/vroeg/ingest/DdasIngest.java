package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroeg.ingest.DdasDelivery.Header;
import nl.vroeg.ingest.DdasDelivery.Levering;
import nl.vroeg.ingest.DdasDelivery.Quarantined;
import nl.vroeg.ingest.DdasDelivery.Signal;
import nl.vroeg.ingest.DdasDelivery.Zaak;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.SparkSession;

/**
 * Stages one DDAS file for bronze and quarantine as {@link DdasReader} streams it, one record at a time, and says
 * what to write in the ledger. What it keeps of the file: the IDs of its accepted signals (a case may refer to
 * them), the cases whose references are not known yet, and counts.
 */
final class DdasIngest implements DdasReader.Sink {

    private static final String UNKNOWN_SIGNAL =
            "zaak verwijst naar een vroegsignaal dat in geen levering van deze leverancier en gemeente voorkomt";

    private final SparkSession spark;
    private final Lake lake;
    private final IngestBatch batch;
    private final IngestContext ctx;
    private Header header;
    /** {@code gemeentecode|signaal_id} of the file's accepted signals. */
    private final Set<String> known = new HashSet<>();
    /** Cases referring to a signal not (yet) seen: decided when the whole file is read. */
    private final List<Zaak> deferred = new ArrayList<>();
    private final Map<Integer, DataQuality.LeveringStats> stats = new HashMap<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();

    DdasIngest(SparkSession spark, Lake lake, IngestBatch batch, IngestContext ctx) {
        this.spark = spark;
        this.lake = lake;
        this.batch = batch;
        this.ctx = ctx;
        for (String kind : List.of(DdasDelivery.SIGNAAL, DdasDelivery.ZAAK, DdasDelivery.CONTACTPOGING)) counts.put(kind, new long[2]);
    }

    /** What landed of a file: its ledger entries and data-quality results. */
    record Landed(List<Ledger.Entry> entries, List<DataQuality.Result> dataQuality) {
        boolean dataQualityError() {
            return dataQuality.stream().anyMatch(r -> r.status().equals(DataQuality.FOUT));
        }
    }

    Landed land(DdasReader reader, Path file) {
        List<Levering> leveringen = reader.read(file, this);
        decideDeferred();
        List<Ledger.Entry> entries = counts.entrySet().stream()
                .map(e -> new Ledger.Entry(e.getKey(), e.getValue()[0] + e.getValue()[1], e.getValue()[0], e.getValue()[1])).toList();
        List<DataQuality.Result> dataQuality = new DataQuality(spark, lake).check(header, leveringen, stats, entries, ctx, batch);
        for (Levering l : leveringen) {
            if (l.gemeentecode() == null) continue;
            batch.add(new TableRow(Table.DDAS_LEVERINGEN).set("leverancier", header.leverancier())
                    .set("gemeentecode", l.gemeentecode()).set("teller", l.teller())
                    .set("startdatum_levering", header.startdatum()).set("einddatum_levering", header.einddatum())
                    .set("aanleverdatum", header.aanleverdatum()).set("signalen", l.signalen()).set("zaken", l.zaken())
                    .lineage(ctx, l.index(), "/leveringen/" + l.index(), l.index()));
            batch.levering(new IngestBatch.StagedLevering(header.leverancier(), l.gemeentecode(), header.aanleverdatum(), l.signalen()));
        }
        return new Landed(entries, dataQuality);
    }

    @Override
    public void header(Header header) {
        this.header = header;
    }

    @Override
    public void signal(Signal s) {
        batch.add(signalRow(header, s, ctx));
        known.add(s.gemeentecode() + "|" + s.id());
        batch.signal(header.leverancier() + "|" + s.gemeentecode() + "|" + s.id());
        stats(s.levering()).signal(s);
        counts.get(DdasDelivery.SIGNAAL)[0]++;
    }

    @Override
    public void zaak(Zaak z) {
        if (isKnown(z)) accept(z);
        else deferred.add(z);
    }

    @Override
    public void quarantined(Quarantined q) {
        batch.add(QuarantineRows.of(ctx, q.recordsoort(), q.gemeentecode(), q.pointer(), q.redenen(), q.record()));
        counts.get(q.recordsoort())[1]++;
    }

    private void accept(Zaak z) {
        batch.add(zaakRow(header, z, ctx));
        stats(z.levering()).zaak(z);
        counts.get(DdasDelivery.ZAAK)[0]++;
        counts.get(DdasDelivery.CONTACTPOGING)[0] += z.pogingen().size();
    }

    /** A case may refer to signals of this file, of earlier files of the batch, or of earlier deliveries in the lake. */
    private boolean isKnown(Zaak z) {
        return z.signaalIds().stream().allMatch(id -> known.contains(z.gemeentecode() + "|" + id)
                || batch.hasSignal(header.leverancier() + "|" + z.gemeentecode() + "|" + id));
    }

    /** The deferred cases, now that the whole file is read: one lookup in the lake for the signals still missing. */
    private void decideDeferred() {
        Set<String> missing = new HashSet<>();
        deferred.stream().filter(z -> !isKnown(z)).forEach(z -> z.signaalIds().forEach(missing::add));
        if (!missing.isEmpty() && lake.exists(Table.SIGNALEN)) {
            spark.read().format("delta").load(lake.location(Table.SIGNALEN).toString())
                    .filter(col("leverancier").equalTo(header.leverancier()).and(col("signaal_id").isin(missing.toArray())))
                    .select("gemeentecode", "signaal_id").distinct().collectAsList()
                    .forEach(r -> known.add(r.getString(0) + "|" + r.getString(1)));
        }
        for (Zaak z : deferred) {
            if (isKnown(z)) accept(z);
            else quarantined(new Quarantined(DdasDelivery.ZAAK, z.gemeentecode(), z.pointer(), List.of(UNKNOWN_SIGNAL), z.quarantineRecord()));
        }
        deferred.clear();
    }

    private DataQuality.LeveringStats stats(int levering) {
        return stats.computeIfAbsent(levering, i -> new DataQuality.LeveringStats());
    }

    static TableRow signalRow(Header d, Signal s, IngestContext ctx) {
        return new TableRow(Table.SIGNALEN).set("leverancier", d.leverancier()).set("gemeentecode", s.gemeentecode())
                .set("signaal_id", s.id()).set("aanleverdatum", d.aanleverdatum()).set("einddatum_levering", d.einddatum())
                .set("signaaldatum", s.signaaldatum()).set("ontstaansdatum", s.ontstaansdatum()).set("bedrag", s.bedrag())
                .set("status", s.status()).set("partnertype", s.partnertype()).set("crisissignaal", s.crisissignaal())
                .set("warme_overdracht", s.warmeOverdracht()).set("persoon_sleutel", s.persoonSleutel())
                .set("adres_sleutel", s.adresSleutel()).set("pc4", s.pc4()).set("leeftijd", s.leeftijd())
                .set("sleutel_id", ctx.keyId()).set("postcode_ongeldig", s.postcodeOngeldig())
                .set("bsn_ontbreekt", s.bsnOntbreekt()).set("geboortedatum_onwaarschijnlijk", s.geboortedatumOnwaarschijnlijk())
                .lineage(ctx, s.levering(), s.pointer(), s.rij());
    }

    private static TableRow zaakRow(Header d, Zaak z, IngestContext ctx) {
        List<Map<String, Object>> pogingen = z.pogingen().stream().map(p -> {
            Map<String, Object> poging = new LinkedHashMap<>();
            poging.put("volgnummer", p.volgnummer());
            poging.put("soort", p.soort());
            poging.put("bereikt", p.bereikt());
            poging.put("datum", p.datum());
            poging.put("dagdeel", p.dagdeel());
            return poging;
        }).toList();
        return new TableRow(Table.ZAKEN).set("leverancier", d.leverancier()).set("gemeentecode", z.gemeentecode())
                .set("zaak_id", z.zaakId()).set("aanleverdatum", d.aanleverdatum()).set("einddatum_levering", d.einddatum())
                .set("resultaat", z.resultaat()).set("matchingsdatum", z.matchingsdatum()).set("datum_opgepakt", z.datumOpgepakt())
                .set("signaal_ids", z.signaalIds()).set("contactpogingen", pogingen)
                .lineage(ctx, z.levering(), z.pointer(), z.rij());
    }
}
