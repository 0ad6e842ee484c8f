package nl.vroeg.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.vroeg.lake.CbsReference;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.SparkSession;

/**
 * Lands one partner event file (CSV or .xlsx) in {@code bronze.gebeurtenissen} and quarantine. The whole file
 * is read and checked before anything is written, so a file rejected halfway leaves nothing behind.
 */
final class PartnerEventIngest {

    private final SparkSession spark;
    private final DeltaAppender appender;
    private final Pseudonymiser pseudonymiser;
    private final CbsReference reference;
    private final Consumer<String> progress;

    PartnerEventIngest(SparkSession spark, DeltaAppender appender, Pseudonymiser pseudonymiser, CbsReference reference,
            Consumer<String> progress) {
        this.reference = reference;
        this.spark = spark;
        this.appender = appender;
        this.pseudonymiser = pseudonymiser;
        this.progress = progress;
    }

    List<Ledger.Entry> land(Path file, FileKind kind, IngestContext ctx) {
        try (PartnerEventChecker checker = new PartnerEventChecker(pseudonymiser,
                new MunicipalityLookup(reference), new RowProgress(ctx.bestand(), progress))) {
            switch (kind) {
                case GEBEURTENISSEN_CSV -> new PartnerEventCsvReader(ctx.bestand()).read(file, checker);
                case GEBEURTENISSEN_XLSX -> new PartnerEventXlsxReader(ctx.bestand()).read(file, checker);
                default -> throw new IllegalArgumentException("No partner event file: " + kind);
            }
            Map<String, Object> perFile = new HashMap<>(Map.of("sleutel_id", ctx.keyId(), "_bron_bestand", ctx.bestand(),
                    "_bestand_sha256", ctx.sha256(), "_run_id", ctx.runId(), "_ingest_tijd", ctx.ingestTijd(),
                    "bestand", ctx.bestand(), "bestand_sha256", ctx.sha256(), "recordsoort", PartnerEventChecker.RECORDSOORT,
                    "run_id", ctx.runId(), "ingest_tijd", ctx.ingestTijd()));
            perFile.put("_levering", null);
            long accepted = checker.accepted().count();
            long quarantined = checker.quarantined().count();
            if (accepted > 0) {
                appender.append(Table.GEBEURTENISSEN, checker.accepted().asTable(spark, Table.GEBEURTENISSEN, perFile), ctx.sha256());
            }
            if (quarantined > 0) {
                appender.append(Table.QUARANTAINE, checker.quarantined().asTable(spark, Table.QUARANTAINE, perFile), ctx.sha256());
            }
            return List.of(new Ledger.Entry(PartnerEventChecker.RECORDSOORT, accepted + quarantined, accepted, quarantined));
        }
    }
}
