package nl.vroeg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.vroeg.reference.CbsReference;

/** Stages one {@code gemeentebeleid.csv} for {@code bronze.gemeentebeleid} and quarantine. */
final class GemeentebeleidIngest {

    private final IngestBatch batch;
    private final CbsReference reference;
    private final Consumer<String> progress;

    GemeentebeleidIngest(IngestBatch batch, CbsReference reference, Consumer<String> progress) {
        this.reference = reference;
        this.batch = batch;
        this.progress = progress;
    }

    List<Ledger.Entry> land(Path file, IngestContext ctx) {
        GemeentebeleidReader.Counts read = new GemeentebeleidReader(new MunicipalityLookup(reference), ctx,
                new RowProgress(ctx.bestand(), progress), batch).read(file);
        return List.of(new Ledger.Entry(GemeentebeleidReader.RECORDSOORT, read.accepted() + read.quarantined(),
                read.accepted(), read.quarantined()));
    }
}
