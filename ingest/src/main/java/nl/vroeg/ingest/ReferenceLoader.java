package nl.vroeg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.Table;
import nl.vroeg.reference.CbsReference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Lands CBS reference files in bronze, through the ledger like any delivery: the files shipped with the product
 * (a file already there, same bytes, is skipped, so this runs at the start of every ingest at no cost) and newer
 * ones given to {@code vroeg ingest} (a municipality list of a later year, mergers, inhabitants).
 */
final class ReferenceLoader {

    private final IngestBatch batch;
    private final Ledger ledger;

    ReferenceLoader(IngestBatch batch, Ledger ledger) {
        this.batch = batch;
        this.ledger = ledger;
    }

    /** Stages the shipped files the lake lacks (the caller commits them). @return how many */
    int loadShipped() {
        int loaded = 0;
        for (String file : CbsReference.GEMEENTEN_FILES) {
            loaded += loadShipped(file, FileKind.CBS_GEMEENTEN);
        }
        loaded += loadShipped(CbsReference.HERINDELINGEN_FILE, FileKind.CBS_HERINDELINGEN);
        loaded += loadShipped(CbsReference.INWONERS_FILE, FileKind.CBS_INWONERS);
        return loaded;
    }

    private int loadShipped(String file, FileKind kind) {
        byte[] bytes;
        try (InputStream in = CbsReference.resource(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = Sha256.of(bytes);
        if (ledger.statusOf(sha) != null) return 0;
        IngestContext ctx = batch.context(file, sha, null);
        batch.done(ledger.ingested(sha, file, kind.bestandsoort(), land(kind, bytes, ctx)));
        return 1;
    }

    /**
     * Stages one CBS reference file of the given kind for its bronze table (the caller records it). A file
     * with a row that cannot be read is rejected whole: reference data is all or nothing.
     */
    List<Ledger.Entry> land(FileKind kind, byte[] bytes, IngestContext ctx) {
        String file = ctx.bestand();
        List<Map<String, Object>> values;
        try {
            values = switch (kind) {
                case CBS_GEMEENTEN -> {
                    if (CbsReference.yearInName(file) == null) {
                        throw Rejection.of(file, "geen jaartal in de bestandsnaam; een CBS-gemeentelijst heet bijvoorbeeld"
                                + " gemeenten-alfabetisch-2026.csv, met het jaar van de indeling vlak voor .csv");
                    }
                    yield CbsReference.parseGemeenten(file, in(bytes)).stream().map(g -> columns("jaar", g.jaar(),
                            "gemeentecode", g.code(), "gemeentenaam", g.naam(), "provinciecode", g.provinciecode(),
                            "provincienaam", g.provincienaam())).toList();
                }
                case CBS_HERINDELINGEN -> CbsReference.parseHerindelingen(in(bytes)).stream().map(h -> columns(
                        "ingangsdatum", h.ingangsdatum(), "oude_gemeentecode", h.oudeCode(), "oude_gemeentenaam", h.oudeNaam(),
                        "nieuwe_gemeentecode", h.nieuweCode(), "nieuwe_gemeentenaam", h.nieuweNaam())).toList();
                case CBS_INWONERS -> CbsReference.parseInwoners(in(bytes)).stream()
                        .map(i -> columns("jaar", i.jaar(), "gemeentecode", i.code(), "inwoners", i.aantal())).toList();
                default -> throw new IllegalArgumentException("No CBS reference file: " + kind);
            };
        } catch (FileRejectedException e) {
            throw e;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw Rejection.of(file, "geen geldig CBS-referentiebestand (" + kind.bestandsoort() + "), "
                    + (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("rij ")
                            ? e.getMessage() : "het CSV-bestand is niet te lezen"));
        }
        if (values.isEmpty()) throw Rejection.of(file, "het bestand bevat alleen een kopregel, geen gegevens");
        for (int i = 0; i < values.size(); i++) {
            TableRow row = new TableRow(kind.table()).lineage(ctx, null, "rij " + (i + 2), i);
            values.get(i).forEach(row::set);
            batch.add(row);
        }
        return List.of(new Ledger.Entry(kind.bestandsoort(), values.size(), values.size(), 0));
    }

    /** Column name, value, column name, value, ... (values may be null). */
    private static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return columns;
    }

    /**
     * The reference data in the lake: the shipped files and every newer one ingested, so a municipality of a
     * newly loaded CBS list is known to the validation of the deliveries that follow.
     */
    static CbsReference inLake(SparkSession spark, Lake lake) {
        List<CbsReference.Gemeente> gemeenten = rows(spark, lake, Table.CBS_GEMEENTEN).stream()
                .map(r -> new CbsReference.Gemeente(r.<Integer>getAs("jaar"), r.getAs("gemeentecode"),
                        r.getAs("gemeentenaam"), r.getAs("provinciecode"), r.getAs("provincienaam"))).toList();
        List<CbsReference.Herindeling> herindelingen = rows(spark, lake, Table.CBS_HERINDELINGEN).stream()
                .map(r -> new CbsReference.Herindeling(r.getAs("ingangsdatum"), r.getAs("oude_gemeentecode"),
                        r.getAs("oude_gemeentenaam"), r.getAs("nieuwe_gemeentecode"), r.getAs("nieuwe_gemeentenaam"))).toList();
        List<CbsReference.Inwoners> inwoners = rows(spark, lake, Table.CBS_INWONERS).stream()
                .map(r -> new CbsReference.Inwoners(r.<Integer>getAs("jaar"), r.getAs("gemeentecode"),
                        r.<Long>getAs("inwoners"))).toList();
        return CbsReference.of(gemeenten, herindelingen, inwoners);
    }

    private static List<Row> rows(SparkSession spark, Lake lake, Table table) {
        return spark.read().format("delta").load(lake.location(table).toString()).collectAsList();
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
