package nl.vroeg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.vroeg.lake.CbsReference;
import nl.vroeg.lake.Table;

/** Lands one {@code gemeentebeleid.csv} in {@code bronze.gemeentebeleid} and quarantine, read whole before any write. */
final class GemeentebeleidIngest {

    private final DeltaAppender appender;
    private final CbsReference reference;
    private final Consumer<String> progress;

    GemeentebeleidIngest(DeltaAppender appender, CbsReference reference, Consumer<String> progress) {
        this.reference = reference;
        this.appender = appender;
        this.progress = progress;
    }

    List<Ledger.Entry> land(Path file, IngestContext ctx) {
        GemeentebeleidReader.Result read = new GemeentebeleidReader(new MunicipalityLookup(reference), ctx,
                new RowProgress(ctx.bestand(), progress)).read(file);
        appender.append(Table.GEMEENTEBELEID, read.accepted(), ctx.sha256());
        appender.append(Table.QUARANTAINE, read.quarantined(), ctx.sha256());
        long accepted = read.accepted().size();
        long quarantined = read.quarantined().size();
        return List.of(new Ledger.Entry(GemeentebeleidReader.RECORDSOORT, accepted + quarantined, accepted, quarantined));
    }
}
