package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.SparkSession;

/**
 * What a batch is about to commit, written before its first Delta commit and removed after its ledger commit
 * ({@code <lake>/_ingest/partij-<id>.json}: the files' SHA-256s and the writing process). A batch commits its
 * tables one by one and the ledger last, so a process killed in between leaves rows of files the ledger does not
 * record. The next ingest finds the journal of the dead process and deletes those rows (a Delta DELETE per table),
 * so that a re-run lands each file exactly once, and with times of the run that records it in the ledger.
 */
final class IngestJournal {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The journals of batches this JVM is committing: a journal of this process not here was left by a failure. */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private final SparkSession spark;
    private final Lake lake;
    private final Path dir;

    IngestJournal(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
        this.dir = lake.root().resolve("_ingest");
    }

    /** Records that the batch's files may get rows in the lake from now on. */
    Path begin(String batchId, Collection<String> sha256s) {
        ObjectNode journal = JSON.createObjectNode();
        ProcessHandle self = ProcessHandle.current();
        journal.put("pid", self.pid());
        journal.put("gestart", self.info().startInstant().map(Instant::toString).orElse(""));
        sha256s.forEach(journal.putArray("bestand_sha256")::add);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("partij-" + batchId + ".json");
            Path tmp = dir.resolve(".partij-" + batchId + ".tmp");
            JSON.writeValue(tmp.toFile(), journal);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            ACTIVE.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The batch is in the ledger: its rows are complete. */
    void end(Path journal) {
        try {
            Files.deleteIfExists(journal);
            ACTIVE.remove(journal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes what interrupted batches of dead processes left: the rows of their files that the ledger does not
     * record. A journal of a living process (another ingest still at work) is left alone.
     *
     * @return how many files had rows removed
     */
    int recoverInterrupted(Ledger ledger, Consumer<String> progress) {
        if (!Files.isDirectory(dir)) return 0;
        int recovered = 0;
        try (Stream<Path> journals = Files.list(dir)) {
            for (Path journal : journals.filter(p -> p.getFileName().toString().matches("partij-.*\\.json")).sorted().toList()) {
                JsonNode content = JSON.readTree(journal.toFile());
                if (isAlive(journal, content)) continue;
                List<String> unrecorded = new ArrayList<>();
                content.path("bestand_sha256").forEach(sha -> {
                    if (ledger.statusOf(sha.asText()) == null) unrecorded.add(sha.asText());
                });
                if (!unrecorded.isEmpty()) {
                    deleteRowsOf(unrecorded);
                    recovered += unrecorded.size();
                }
                Files.delete(journal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (recovered > 0) {
            progress.accept("Onderbroken ingest opgeruimd: de rijen van " + recovered
                    + " bestand(en) die niet in het grootboek staan zijn verwijderd; deze bestanden worden opnieuw ingelezen");
        }
        return recovered;
    }

    private void deleteRowsOf(List<String> sha256s) {
        for (Table table : Table.values()) {
            if (table == Table.LEVERINGEN || !lake.exists(table)) continue;
            List<String> columns = List.of(table.schema().fieldNames());
            // Only tables an ingest writes carry the file's SHA-256; the ledger goes last, so it holds no strays.
            String column = columns.contains("_bestand_sha256") ? "_bestand_sha256"
                    : columns.contains("bestand_sha256") ? "bestand_sha256" : null;
            if (column == null) continue;
            DeltaTable.forPath(spark, lake.location(table).toString()).delete(col(column).isin(sha256s.toArray()));
        }
    }

    private static boolean isAlive(Path file, JsonNode journal) {
        if (journal.path("pid").asLong() == ProcessHandle.current().pid()) return ACTIVE.contains(file);
        Optional<ProcessHandle> process = ProcessHandle.of(journal.path("pid").asLong());
        return process.isPresent() && process.get().isAlive()
                && process.get().info().startInstant().map(Instant::toString).orElse("").equals(journal.path("gestart").asText());
    }
}
