package nl.vroeg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Sha256;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code manifest.json} of an extract: enough to reproduce it or audit it later (the product version, the lake and
 * its key id, the project's key id, the moment every table was read at, per table its Delta version, query, rows,
 * columns and the SHA-256 of its file), and never a key. Beside it {@code SHA256SUMS} ({@code sha256sum -c}
 * checks every file, the manifest included).
 */
final class ExtractManifest {

    static final String FILE = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    static final String FORMAT = "vroeg-extract 1";

    private final Map<String, Object> content = new LinkedHashMap<>();
    private final List<Map<String, Object>> tables = new ArrayList<>();
    private final Map<String, String> hashes = new LinkedHashMap<>();

    /** The extract as a whole; {@code stand} is the moment (or version) every table was read at. */
    ExtractManifest(Map<String, Object> about) {
        content.put("formaat", FORMAT);
        content.putAll(about);
        content.put("herversleuteling", "HMAC-SHA256(projectsleutel, waarde) in hex, voor elke kolom in 'herversleuteld';"
                + " projectsleutel = HMAC-SHA256(sleutel van het lake, 'vroeg extract project ' + project): hetzelfde project"
                + " geeft altijd dezelfde waarden, een ander project andere; niemand zonder de sleutel van het lake kan ze berekenen");
        content.put("sortering", "rijen oplopend op alle kolommen in hun volgorde (null eerst): dezelfde versies geven dezelfde bestanden");
        content.put("tabellen", tables);
    }

    /** One table, once its file is written. */
    void add(ExtractQuery query, long version, StructType written, long rows, Path file) {
        String hash = Sha256.of(file);
        hashes.put(file.getFileName().toString(), hash);
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("tabel", query.table());
        table.put("delta_versie", version);
        table.put("maandfilter", query.filter() != null ? query.filter() : "geen: alle rijen"
                + (content.get("maanden") == null ? "" : " (de tabel heeft geen maandkolom)"));
        table.put("query", query.sql());
        table.put("rijen", rows);
        table.put("herversleuteld", query.rekeyed());
        table.put("weggelaten", query.dropped());
        table.put("kolommen", columns(written, query));
        table.put("bestanden", List.of(Map.of("bestand", file.getFileName().toString(), "sha256", hash, "bytes", size(file))));
        tables.add(table);
    }

    private static List<Map<String, String>> columns(StructType schema, ExtractQuery query) {
        List<Map<String, String>> columns = new ArrayList<>();
        for (StructField field : schema.fields()) {
            Map<String, String> column = new LinkedHashMap<>();
            column.put("naam", field.name());
            column.put("type", field.dataType().simpleString());
            String comment = field.getComment().isDefined() ? field.getComment().get() : "";
            column.put("beschrijving", query.rekeyed().contains(field.name())
                    ? ("Per project herversleuteld. " + comment).strip() : comment);
            columns.add(column);
        }
        return columns;
    }

    /** Writes manifest.json, then SHA256SUMS over every file and the manifest. */
    void write(Path dir) {
        try {
            Path manifest = dir.resolve(FILE);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(manifest.toFile(), content);
            hashes.put(FILE, Sha256.of(manifest));
            StringBuilder sums = new StringBuilder();
            hashes.forEach((name, hash) -> sums.append(hash).append("  ").append(name).append('\n'));
            Files.writeString(dir.resolve(SUMS), sums);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
