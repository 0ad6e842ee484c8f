package nl.vroeg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeKeys;
import nl.vroeg.lake.LakeLock;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.reference.CbsReference;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg ingest}: lands files and folders of deliveries in bronze, each file at most once. Files are taken
 * in path order; within the lake "later delivery wins" is decided by delivery time, then by this ingest order.
 */
public final class IngestJob {

    public enum Outcome { INGELEZEN, AL_INGELEZEN, AFGEWEZEN }

    /** What became of one file; a data-quality error (ops.dq_resultaten) does not stop it from landing. */
    public record FileResult(Path file, Outcome outcome, String message, boolean dataQualityError) {
    }

    public record Result(List<FileResult> files) {
        public boolean anyRejected() {
            return files.stream().anyMatch(f -> f.outcome() == Outcome.AFGEWEZEN);
        }

        public boolean anyDataQualityError() {
            return files.stream().anyMatch(FileResult::dataQualityError);
        }
    }

    /**
     * Files of up to this many bytes together are ingested with Spark's settings for small data
     * ({@link VroegSpark#settingsFor}): the demo's 16 MB in 47-56 s instead of 61 s; a national month's deliveries
     * are ~100 MB.
     */
    private static final long SMALL_INPUT_BYTES = 48L << 20;

    private final SparkSession spark;
    private final Lake lake;
    private final Pseudonymiser pseudonymiser;
    private final Consumer<String> progress;
    private final String runId = UUID.randomUUID().toString();
    /** The CBS reference data the deliveries are checked against: the lake's, updated by each CBS file ingested. */
    private CbsReference reference;
    private LakeKeys keys;

    public IngestJob(SparkSession spark, Lake lake, Pseudonymiser pseudonymiser, Consumer<String> progress) {
        this.spark = spark;
        this.lake = lake;
        this.pseudonymiser = pseudonymiser;
        this.progress = progress;
    }

    /** Holds the lake's write lock ({@link LakeLock}) throughout: one writer at a time. */
    public Result ingest(List<Path> paths) {
        try (LakeLock lock = LakeLock.acquire(lake, "ingest")) {
            return ingestLocked(paths);
        }
    }

    private Result ingestLocked(List<Path> paths) {
        List<Path> files = expand(paths);
        VroegSpark.settingsFor(spark, bytes(files) <= SMALL_INPUT_BYTES);
        keys = new LakeKeys(spark, lake);
        keys.requireLakeKey(pseudonymiser); // before anything is written: a key in the lake, or not the lake's key
        DeltaAppender appender = new DeltaAppender(spark, lake);
        appender.createMissingTables();
        Ledger ledger = new Ledger(spark, lake);
        new IngestJournal(spark, lake).recoverInterrupted(ledger, progress);
        try (IngestBatch batch = new IngestBatch(spark, lake, appender, new IngestClock(ledger.latest()), runId, progress)) {
            int references = new ReferenceLoader(batch, ledger).loadShipped();
            batch.commit();
            if (references > 0) progress.accept("CBS-referentiebestanden ingelezen: " + references);
            reference = ReferenceLoader.inLake(spark, lake);

            List<FileResult> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                FileResult result = ingestFile(files.get(i), batch, ledger);
                results.add(result);
                progress.accept("[" + (i + 1) + "/" + files.size() + "] " + result.message());
                if (batch.full()) batch.commit();
            }
            batch.commit();
            return new Result(results);
        }
    }

    /** Reads one file into the batch: its rows and ledger rows land with the batch's commit. */
    private FileResult ingestFile(Path file, IngestBatch batch, Ledger ledger) {
        String name = file.getFileName().toString();
        String sha = Sha256.of(file);
        if (isEmpty(file)) {
            // All empty files have the same SHA-256: each is rejected (and recorded) under its own name, every time.
            String melding = Rejection.of(name, "leeg bestand (0 bytes)").getMessage();
            batch.done(ledger.rejectedEmpty(sha, name, FileKind.ONBEKEND.bestandsoort(), melding));
            return new FileResult(file, Outcome.AFGEWEZEN, melding, false);
        }
        String earlier = ledger.statusOf(sha);
        if (earlier != null) {
            return new FileResult(file, Outcome.AL_INGELEZEN, name + ": al eerder " + earlier + " (zelfde inhoud), niets gewijzigd", false);
        }
        IngestContext ctx = batch.context(file, sha, pseudonymiser.keyId());
        FileKind kind = FileKind.ONBEKEND;
        var before = batch.mark();
        try {
            kind = FileKindRecogniser.recognise(file);
            if (kind.isCbsReference()) {
                List<Ledger.Entry> entries = new ReferenceLoader(batch, ledger).land(kind, Files.readAllBytes(file), ctx);
                batch.done(ledger.ingested(sha, name, kind.bestandsoort(), entries));
                batch.commit(); // the files after it are checked against the reference data in the lake
                reference = ReferenceLoader.inLake(spark, lake);
                return new FileResult(file, Outcome.INGELEZEN, name + ": " + summary(entries), false);
            }
            keys.recordFirstUse(pseudonymiser);
            if (kind != FileKind.DDAS) {
                List<Ledger.Entry> entries = kind == FileKind.GEMEENTEBELEID
                        ? new GemeentebeleidIngest(batch, reference, progress).land(file, ctx)
                        : new PartnerEventIngest(batch, pseudonymiser, reference, progress).land(file, kind, ctx);
                batch.done(ledger.ingested(sha, name, kind.bestandsoort(), entries));
                return new FileResult(file, Outcome.INGELEZEN, name + ": " + summary(entries), false);
            }
            DdasIngest.Landed landed = new DdasIngest(spark, lake, batch, ctx)
                    .land(new DdasReader(pseudonymiser, reference, name, progress), file);
            batch.done(ledger.ingested(sha, name, kind.bestandsoort(), landed.entries()));
            return new FileResult(file, Outcome.INGELEZEN, name + ": " + summary(landed.entries())
                    + (landed.dataQualityError() ? " — datakwaliteitsfout, zie ops.dq_resultaten" : ""), landed.dataQualityError());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileRejectedException e) {
            batch.rollback(before);
            batch.done(ledger.rejected(sha, name, kind.bestandsoort(), e.getMessage()));
            return new FileResult(file, Outcome.AFGEWEZEN, e.getMessage(), false);
        }
    }

    /** "199.800 signalen (+12 in quarantaine), ...": one file's ledger rows, in Dutch. */
    static String summary(List<Ledger.Entry> entries) {
        List<String> parts = new ArrayList<>();
        for (Ledger.Entry e : entries) {
            String plural = switch (e.recordsoort()) {
                case DdasDelivery.SIGNAAL -> "signalen";
                case DdasDelivery.ZAAK -> "zaken";
                case DdasDelivery.CONTACTPOGING -> "contactpogingen";
                case PartnerEventChecker.RECORDSOORT -> "gebeurtenissen";
                case GemeentebeleidReader.RECORDSOORT -> "beleidsregels";
                case "cbs-gemeenten" -> "gemeenten";
                case "cbs-herindelingen" -> "herindelingen";
                case "cbs-inwoners" -> "inwonertallen";
                default -> e.recordsoort();
            };
            parts.add(DutchFormat.count(e.geaccepteerd()) + " " + plural
                    + (e.gequarantaineerd() > 0 ? " (+" + DutchFormat.count(e.gequarantaineerd()) + " in quarantaine)" : ""));
        }
        return String.join(", ", parts);
    }

    private static long bytes(List<Path> files) {
        return files.stream().mapToLong(IngestJob::size).sum();
    }

    private static boolean isEmpty(Path file) {
        return size(file) == 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("Bestand of map bestaat niet: " + path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
