package nl.vroeg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.reference.CbsReference;

/**
 * Stages one partner event file (CSV or .xlsx) for {@code bronze.gebeurtenissen} and quarantine. A file rejected
 * halfway is taken back out of the batch by the caller, so it leaves nothing behind.
 */
final class PartnerEventIngest {

    private final IngestBatch batch;
    private final Pseudonymiser pseudonymiser;
    private final CbsReference reference;
    private final Consumer<String> progress;

    PartnerEventIngest(IngestBatch batch, Pseudonymiser pseudonymiser, CbsReference reference, Consumer<String> progress) {
        this.reference = reference;
        this.batch = batch;
        this.pseudonymiser = pseudonymiser;
        this.progress = progress;
    }

    List<Ledger.Entry> land(Path file, FileKind kind, IngestContext ctx) {
        PartnerEventChecker checker = new PartnerEventChecker(pseudonymiser, new MunicipalityLookup(reference),
                new RowProgress(ctx.bestand(), progress), batch, ctx);
        switch (kind) {
            case GEBEURTENISSEN_CSV -> new PartnerEventCsvReader(ctx.bestand()).read(file, checker);
            case GEBEURTENISSEN_XLSX -> new PartnerEventXlsxReader(ctx.bestand()).read(file, checker);
            default -> throw new IllegalArgumentException("No partner event file: " + kind);
        }
        long accepted = checker.accepted();
        long quarantined = checker.quarantined();
        return List.of(new Ledger.Entry(PartnerEventChecker.RECORDSOORT, accepted + quarantined, accepted, quarantined));
    }
}
