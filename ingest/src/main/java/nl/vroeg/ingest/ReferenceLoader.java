package nl.vroeg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.vroeg.lake.CbsReference;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Lands the CBS reference files shipped with the product in bronze, through the ledger like any delivery: a file
 * already there (same bytes) is skipped, so this runs at the start of every ingest at no cost.
 */
final class ReferenceLoader {

    private final DeltaAppender appender;
    private final Ledger ledger;

    ReferenceLoader(DeltaAppender appender, Ledger ledger) {
        this.appender = appender;
        this.ledger = ledger;
    }

    /** @return how many reference files were newly loaded */
    int loadShipped(String runId) {
        int loaded = 0;
        for (String file : CbsReference.GEMEENTEN_FILES) {
            loaded += load(file, "cbs-gemeenten", Table.CBS_GEMEENTEN, runId, in -> CbsReference.parseGemeenten(file, in).stream()
                    .map(g -> new Object[] {g.jaar(), g.code(), g.naam(), g.provinciecode(), g.provincienaam()}).toList());
        }
        loaded += load(CbsReference.HERINDELINGEN_FILE, "cbs-herindelingen", Table.CBS_HERINDELINGEN, runId,
                in -> CbsReference.parseHerindelingen(in).stream().map(h -> new Object[] {h.ingangsdatum(), h.oudeCode(),
                        h.oudeNaam(), h.nieuweCode(), h.nieuweNaam()}).toList());
        loaded += load(CbsReference.INWONERS_FILE, "cbs-inwoners", Table.CBS_INWONERS, runId,
                in -> CbsReference.parseInwoners(in).stream().map(i -> new Object[] {i.jaar(), i.code(), i.aantal()}).toList());
        return loaded;
    }

    private int load(String file, String kind, Table table, String runId, Function<InputStream, List<Object[]>> parse) {
        byte[] bytes;
        try (InputStream in = CbsReference.resource(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = Files256.sha256(bytes);
        if (ledger.statusOf(sha) != null) return 0;
        IngestContext ctx = new IngestContext(file, sha, runId, Instant.now(), null);
        List<Object[]> values = parse.apply(new ByteArrayInputStream(bytes));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(values.get(i)));
            row.addAll(Arrays.asList(file, sha, null, "rij " + (i + 2), (long) i, runId, ctx.ingestTijd()));
            rows.add(RowFactory.create(row.toArray()));
        }
        appender.append(table, rows, sha);
        ledger.recordIngested(sha, file, kind, ctx.ingestTijd(), List.of(new Ledger.Entry(kind, rows.size(), rows.size(), 0)));
        return 1;
    }
}
