package nl.vroeg.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vroeg.lake.InParallel;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import nl.vroeg.lake.published.DutchFormat;
import org.apache.spark.sql.SparkSession;

/**
 * The files of one ingest run, landed together: their rows wait on local disk ({@link SpilledRows}, one per table)
 * and are committed with one Delta commit per table, then the ledger rows of all of them in one commit. A small
 * file thus costs its reading, not ten Delta commits; a big one costs no heap, since Spark reads the spilled rows
 * in bounded partitions. A batch is committed when it holds {@value #MAX_ROWS} rows or {@value #MAX_FILES}
 * files, before a CBS file's rows are needed by later files, and at the end of the run.
 */
final class IngestBatch implements AutoCloseable {

    static final long MAX_ROWS = 2_000_000;
    static final int MAX_FILES = 2_000;
    /** Tables committed at once. */
    private static final int COMMITS_AT_ONCE = 2;
    /** The tables of the data commits; the ledger comes after them. */
    private static final List<Table> DATA_TABLES = List.of(Table.SIGNALEN, Table.ZAKEN, Table.DDAS_LEVERINGEN,
            Table.QUARANTAINE, Table.DQ_RESULTATEN, Table.GEBEURTENISSEN, Table.GEMEENTEBELEID, Table.CBS_GEMEENTEN,
            Table.CBS_HERINDELINGEN, Table.CBS_INWONERS);

    /** A DDAS levering staged in this batch: later files compare with it as with one in the lake. */
    record StagedLevering(String leverancier, String gemeentecode, Instant aanleverdatum, long signalen) {
    }

    private final SparkSession spark;
    private final DeltaAppender appender;
    private final IngestJournal journal;
    private final IngestClock clock;
    private final String runId;
    private final Consumer<String> progress;
    private final PurgedPeriodGuard purgedPeriod;
    private final Map<Table, SpilledRows> rows = new EnumMap<>(Table.class);
    private final List<Ledger.Pending> ledger = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final Set<String> signals = new HashSet<>();
    private final List<StagedLevering> leveringen = new ArrayList<>();
    private long rowCount;

    IngestBatch(SparkSession spark, Lake lake, DeltaAppender appender, IngestClock clock, String runId, Consumer<String> progress) {
        this.spark = spark;
        this.appender = appender;
        this.journal = new IngestJournal(spark, lake);
        this.clock = clock;
        this.runId = runId;
        this.progress = progress;
        this.purgedPeriod = new PurgedPeriodGuard(spark, lake);
    }

    /** The context of the next file: its ingest time comes from the batch's clock. */
    IngestContext context(Path file, String sha256, String keyId) {
        return context(file.getFileName().toString(), sha256, keyId);
    }

    IngestContext context(String fileName, String sha256, String keyId) {
        return new IngestContext(fileName, sha256, runId, clock.next(), keyId);
    }

    /** @throws FileRejectedException for a row dated before a retention purge's grens (the file is refused whole) */
    void add(TableRow row) {
        purgedPeriod.check(row);
        rows.computeIfAbsent(row.table(), SpilledRows::new).add(row);
        rowCount++;
    }

    /** Where the batch stood before a file: {@link #rollback} takes that file's rows back. */
    Map<Table, SpilledRows.Mark> mark() {
        Map<Table, SpilledRows.Mark> marks = new EnumMap<>(Table.class);
        rows.forEach((table, spilled) -> marks.put(table, spilled.mark()));
        return marks;
    }

    void rollback(Map<Table, SpilledRows.Mark> marks) {
        rows.forEach((table, spilled) -> {
            SpilledRows.Mark mark = marks.getOrDefault(table, new SpilledRows.Mark(0, 0));
            rowCount -= spilled.count() - mark.count();
            spilled.rollback(mark);
        });
    }

    /** A file is read: its ledger rows wait for the commit. */
    void done(Ledger.Pending entry) {
        ledger.add(entry);
        files.add(entry.sha256());
    }

    /** A signal of this batch, by {@code leverancier|gemeentecode|signaal_id}: a later file's case may refer to it. */
    void signal(String key) {
        signals.add(key);
    }

    boolean hasSignal(String key) {
        return signals.contains(key);
    }

    void levering(StagedLevering levering) {
        leveringen.add(levering);
    }

    List<StagedLevering> leveringen() {
        return leveringen;
    }

    boolean full() {
        return rowCount >= MAX_ROWS || ledger.size() >= MAX_FILES;
    }

    /**
     * Commits the batch: each table's rows in one idempotent Delta commit, then the ledger.
     *
     * <p>The ledger's {@code ingest_tijd} is taken after the data commits, so it is never earlier than the commit
     * of the rows it records, and the bronze rows' {@code _ingest_tijd} was taken after the previous batch's ledger
     * time (one {@link IngestClock}, increasing over the lake's ledger). A transform selects "ingested since its
     * previous run" as {@code _ingest_tijd} later than the latest ledger time that run saw; that time belongs to a
     * batch whose ledger commit it saw, and every batch after it has later bronze times: so no file can slip in
     * below it. This holds for one writer at a time (concurrent ingests are excluded by the lake's lock); rows
     * that an interrupted batch committed keep no old times, since the next ingest deletes them
     * ({@link IngestJournal}) and lands the file anew.
     *
     * @return the number of files committed
     */
    int commit() {
        if (ledger.isEmpty()) return 0;
        String batchId = UUID.randomUUID().toString();
        Path journalFile = rowCount == 0 ? null : journal.begin(batchId, files);
        // the tables side by side (one's Delta commit in the driver while another's Parquet is written), then the ledger
        List<Table> written = DATA_TABLES.stream().filter(t -> rows.containsKey(t) && rows.get(t).count() > 0).toList();
        InParallel.forEach(written, COMMITS_AT_ONCE, table -> appender.append(table, rows.get(table).read(spark), batchId));
        Instant ingestTijd = clock.next();
        appender.append(Table.LEVERINGEN, ledger.stream().flatMap(p -> p.rows(runId, ingestTijd).stream()).toList(), batchId);
        if (journalFile != null) journal.end(journalFile);
        int committed = ledger.size();
        if (committed > 1 || rowCount > 0) {
            progress.accept("Vastgelegd: " + DutchFormat.count((long) committed) + " bestand(en), " + DutchFormat.count(rowCount)
                    + " rijen (één commit per tabel)");
        }
        rows.values().forEach(SpilledRows::clear);
        ledger.clear();
        files.clear();
        signals.clear();
        leveringen.clear();
        rowCount = 0;
        return committed;
    }

    @Override
    public void close() {
        rows.values().forEach(SpilledRows::close);
    }
}
