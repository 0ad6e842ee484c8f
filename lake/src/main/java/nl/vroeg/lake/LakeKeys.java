package nl.vroeg.lake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ops.sleutels}: which key (by its id) pseudonymises this lake. One key at a time: the same BSN must get
 * the same pseudonym in every delivery, else signals, cases and partner events no longer match. A different key
 * is refused; changing it is the explicit {@link #rotate}.
 */
public final class LakeKeys {

    public static final String FIRST_USE = "eerste inlezing";
    public static final String EXISTING_LAKE = "bestaand lake";
    public static final String ROTATION = "rotatie";

    /** One period of one key; {@code tot} is null for the key in use. */
    public record Entry(String sleutelId, Instant van, Instant tot, String aanleiding) {
    }

    private final SparkSession spark;
    private final Lake lake;
    private boolean recorded;

    public LakeKeys(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** Every key period, oldest first. */
    public List<Entry> entries() {
        if (!lake.exists(Table.SLEUTELS)) return List.of();
        return spark.read().format("delta").load(lake.location(Table.SLEUTELS).toString()).collectAsList().stream()
                .map(r -> new Entry(r.getAs("sleutel_id"), r.getAs("van"), r.getAs("tot"), r.getAs("aanleiding")))
                .sorted(Comparator.comparing(Entry::van)).toList();
    }

    /** The id of the key in use; empty for a lake that has not pseudonymised anything yet. */
    public Optional<String> current() {
        List<Entry> entries = entries();
        Optional<String> recordedKey = entries.stream().filter(e -> e.tot() == null).map(Entry::sleutelId).reduce((a, b) -> b);
        if (recordedKey.isPresent()) return recordedKey;
        Set<String> inRows = keyIdsInBronze();
        return inRows.size() == 1 ? Optional.of(inRows.iterator().next()) : Optional.empty();
    }

    /**
     * Refuses (in Dutch) a key file inside the lake, and a key that is not the lake's. Runs before anything is
     * written. A lake from before {@code ops.sleutels} is judged by the key ids its bronze rows record.
     */
    public void requireLakeKey(Pseudonymiser key) {
        key.requireOutside(lake);
        Optional<Entry> inUse = entries().stream().filter(e -> e.tot() == null).reduce((a, b) -> b);
        if (inUse.isPresent()) {
            if (!inUse.get().sleutelId().equals(key.keyId())) throw notTheLakeKey(key, inUse.get().sleutelId());
            recorded = true;
            return;
        }
        Set<String> inRows = keyIdsInBronze();
        inRows.remove(key.keyId());
        if (!inRows.isEmpty()) throw notTheLakeKey(key, String.join(", ", inRows));
    }

    /** Records the key as the lake's when the lake first pseudonymises (once; later calls do nothing). */
    public void recordFirstUse(Pseudonymiser key) {
        if (recorded) return;
        if (entries().stream().noneMatch(e -> e.tot() == null)) {
            String reason = keyIdsInBronze().isEmpty() ? FIRST_USE : EXISTING_LAKE;
            write(List.of(new Entry(key.keyId(), Instant.now(), null, reason)));
        }
        recorded = true;
    }

    /**
     * Makes {@code next} the lake's key from now on; {@code current} must be the key in use (whoever rotates holds
     * it). Rows already in the lake keep their pseudonyms and their {@code sleutel_id}.
     */
    public void rotate(Pseudonymiser current, Pseudonymiser next) {
        requireLakeKey(current);
        next.requireOutside(lake);
        if (next.keyId().equals(current.keyId())) {
            throw new Pseudonymiser.RefusedKeyException("De nieuwe sleutel (" + next.file() + ") is dezelfde als de huidige (id "
                    + current.keyId() + "); er is niets te roteren.");
        }
        if (entries().stream().anyMatch(e -> e.sleutelId().equals(next.keyId()))) {
            throw new Pseudonymiser.RefusedKeyException("De nieuwe sleutel (id " + next.keyId()
                    + ") is eerder in dit lake gebruikt; kies een nieuwe sleutel (vroeg sleutel nieuw).");
        }
        Instant now = Instant.now();
        List<Entry> entries = new ArrayList<>();
        for (Entry e : entries()) entries.add(e.tot() == null ? new Entry(e.sleutelId(), e.van(), now, e.aanleiding()) : e);
        if (entries.isEmpty()) entries.add(new Entry(current.keyId(), now, now, EXISTING_LAKE));
        entries.add(new Entry(next.keyId(), now, null, ROTATION));
        write(entries);
    }

    private Pseudonymiser.RefusedKeyException notTheLakeKey(Pseudonymiser key, String lakeKeyIds) {
        return new Pseudonymiser.RefusedKeyException("De sleutel in " + key.file() + " (id " + key.keyId()
                + ") is niet de sleutel van het lake " + lake.root() + " (id " + lakeKeyIds + "). Met een andere sleutel"
                + " krijgt hetzelfde BSN een ander pseudoniem en koppelen signalen, zaken en gebeurtenissen niet meer."
                + " Gebruik de sleutel van het lake, of wissel bewust met 'vroeg sleutel roteer --nieuw-bestand BESTAND'.");
    }

    /** The key ids the pseudonymised bronze rows record. */
    private Set<String> keyIdsInBronze() {
        Set<String> ids = new TreeSet<>();
        for (Table table : List.of(Table.SIGNALEN, Table.GEBEURTENISSEN)) {
            if (!lake.exists(table)) continue;
            spark.read().format("delta").load(lake.location(table).toString()).select("sleutel_id").distinct()
                    .collectAsList().forEach(r -> ids.add(r.getString(0)));
        }
        return ids;
    }

    /** Replaces the table (a handful of rows) in one commit. */
    private void write(List<Entry> entries) {
        List<Row> rows = entries.stream().map(e -> RowFactory.create(e.sleutelId(), e.van(), e.tot(), e.aanleiding())).toList();
        spark.createDataFrame(rows, Table.SLEUTELS.schema()).write().format("delta").mode("overwrite")
                .save(lake.location(Table.SLEUTELS).toString());
    }
}
