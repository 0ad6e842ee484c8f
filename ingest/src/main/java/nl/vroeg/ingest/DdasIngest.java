package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vroeg.ingest.DdasDelivery.Quarantined;
import nl.vroeg.ingest.DdasDelivery.Signal;
import nl.vroeg.ingest.DdasDelivery.Zaak;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Lands one read DDAS file in bronze and quarantine, and says what to write in the ledger. */
final class DdasIngest {

    private final SparkSession spark;
    private final Lake lake;
    private final DeltaAppender appender;

    DdasIngest(SparkSession spark, Lake lake, DeltaAppender appender) {
        this.spark = spark;
        this.lake = lake;
        this.appender = appender;
    }

    /** What landed of a file (the cases whose signals are known), its ledger entries and data-quality results. */
    record Landed(DdasDelivery delivery, List<Ledger.Entry> entries, List<DataQuality.Result> dataQuality) {
        boolean dataQualityError() {
            return dataQuality.stream().anyMatch(r -> r.status().equals(DataQuality.FOUT));
        }
    }

    Landed land(DdasDelivery d, IngestContext ctx) {
        List<Zaak> zaken = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>(d.quarantined());
        Set<String> known = knownSignals(d);
        for (Zaak z : d.zaken()) {
            if (z.signaalIds().stream().allMatch(id -> known.contains(z.gemeentecode() + "|" + id))) {
                zaken.add(z);
            } else {
                quarantined.add(new Quarantined(DdasDelivery.ZAAK, z.gemeentecode(), z.pointer(),
                        List.of("zaak verwijst naar een vroegsignaal dat in geen levering van deze leverancier en gemeente voorkomt"),
                        z.json()));
            }
        }
        DdasDelivery landed = new DdasDelivery(d.leverancier(), d.startdatum(), d.einddatum(), d.aanleverdatum(),
                d.leveringen(), d.signals(), zaken, quarantined);

        appender.append(Table.SIGNALEN, d.signals().stream().map(s -> signalRow(d, s, ctx)).toList(), ctx.sha256());
        appender.append(Table.ZAKEN, zaken.stream().map(z -> zaakRow(d, z, ctx)).toList(), ctx.sha256());
        appender.append(Table.DDAS_LEVERINGEN, d.leveringen().stream().filter(l -> l.gemeentecode() != null)
                .map(l -> RowFactory.create(d.leverancier(), l.gemeentecode(), l.teller(), d.startdatum(), d.einddatum(),
                        d.aanleverdatum(), l.signalen(), l.zaken(), ctx.bestand(), ctx.sha256(), l.index(),
                        "/leveringen/" + l.index(), (long) l.index(), ctx.runId(), ctx.ingestTijd()))
                .toList(), ctx.sha256());
        appender.append(Table.QUARANTAINE, quarantined.stream().map(q -> RowFactory.create(ctx.bestand(), ctx.sha256(),
                q.recordsoort(), q.gemeentecode(), q.pointer(), q.redenen(), q.record(), ctx.runId(), ctx.ingestTijd()))
                .toList(), ctx.sha256());

        List<Ledger.Entry> entries = List.of(DdasDelivery.SIGNAAL, DdasDelivery.ZAAK, DdasDelivery.CONTACTPOGING).stream()
                .map(kind -> {
                    long accepted = landed.count(kind, true);
                    long rejected = landed.count(kind, false);
                    return new Ledger.Entry(kind, accepted + rejected, accepted, rejected);
                }).toList();
        return new Landed(landed, entries, new DataQuality(spark, lake).check(landed, entries, ctx, appender));
    }

    /** Signals a case of this file may refer to: this file's, and earlier deliveries' of the same supplier. */
    private Set<String> knownSignals(DdasDelivery d) {
        Set<String> known = new HashSet<>();
        d.signals().forEach(s -> known.add(s.gemeentecode() + "|" + s.id()));
        Set<String> missing = new HashSet<>();
        d.zaken().forEach(z -> z.signaalIds().stream().filter(id -> !known.contains(z.gemeentecode() + "|" + id)).forEach(missing::add));
        if (!missing.isEmpty() && lake.exists(Table.SIGNALEN)) {
            spark.read().format("delta").load(lake.location(Table.SIGNALEN).toString())
                    .filter(col("leverancier").equalTo(d.leverancier()).and(col("signaal_id").isin(missing.toArray())))
                    .select("gemeentecode", "signaal_id").distinct().collectAsList()
                    .forEach(r -> known.add(r.getString(0) + "|" + r.getString(1)));
        }
        return known;
    }

    static Row signalRow(DdasDelivery d, Signal s, IngestContext ctx) {
        return RowFactory.create(d.leverancier(), s.gemeentecode(), s.id(), d.aanleverdatum(), d.einddatum(),
                s.signaaldatum(), s.ontstaansdatum(), s.bedrag(), s.status(), s.partnertype(), s.crisissignaal(),
                s.warmeOverdracht(), s.persoonSleutel(), s.adresSleutel(), s.pc4(), s.leeftijd(), ctx.keyId(),
                s.postcodeOngeldig(), s.bsnOntbreekt(), s.geboortedatumOnwaarschijnlijk(),
                ctx.bestand(), ctx.sha256(), s.levering(), s.pointer(), s.rij(), ctx.runId(), ctx.ingestTijd());
    }

    private static Row zaakRow(DdasDelivery d, Zaak z, IngestContext ctx) {
        List<Row> pogingen = z.pogingen().stream()
                .map(p -> RowFactory.create(p.volgnummer(), p.soort(), p.bereikt(), p.datum(), p.dagdeel())).toList();
        return RowFactory.create(d.leverancier(), z.gemeentecode(), z.zaakId(), d.aanleverdatum(), d.einddatum(),
                z.resultaat(), z.matchingsdatum(), z.datumOpgepakt(), z.signaalIds(), pogingen,
                ctx.bestand(), ctx.sha256(), z.levering(), z.pointer(), z.rij(), ctx.runId(), ctx.ingestTijd());
    }
}
