package nl.vroeg.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A model's documentation, kept beside it as dbt keeps schema files: {@code sql/<layer>/<table>.properties} next to
 * {@code <table>.sql}, UTF-8, with {@code tabel} (what the table holds), {@code grain} (what one row is) and per
 * column {@code kolom.<kolom>}, all in Dutch. The transform writes the column texts into the Delta schema as
 * comments ({@link #commented}), so {@code describe}, {@code vroeg tabellen} and the serving database read them
 * from the lake itself.
 */
public record ModelDocs(String layer, String table, String description, String grain, Map<String, String> columns) {

    /** What {@code secundair_onderdrukt} of every published table means. */
    public static final String SECONDARY_SUPPRESSED = "Kolommen waarvan het aantal is verborgen om een ander verborgen"
            + " aantal te beschermen (secundaire onderdrukking)";
    /** A published table is its gold table with this suffix. */
    public static final String PUBLISHED_SUFFIX = "_gepubliceerd";

    private static final String COLUMN = "kolom.";

    /** The docs of a model's table, or empty when it has none. */
    public static Optional<ModelDocs> of(String layer, String table) {
        try (InputStream in = ModelDocs.class.getResourceAsStream("/sql/" + layer + "/" + table + ".properties")) {
            if (in == null) return Optional.empty();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> columns = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(COLUMN)) columns.put(key.substring(COLUMN.length()), p.getProperty(key).strip());
            }
            return Optional.of(new ModelDocs(layer, table, p.getProperty("tabel", "").strip(), p.getProperty("grain", "").strip(), columns));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The docs of any lake table: a model's own, or for a published table ({@code gold.x_gepubliceerd}) those of its
     * gold table plus {@code secundair_onderdrukt}.
     */
    public static Optional<ModelDocs> ofTable(String layer, String table) {
        if (!layer.equals("gold") || !table.endsWith(PUBLISHED_SUFFIX)) return of(layer, table);
        return of(layer, table.substring(0, table.length() - PUBLISHED_SUFFIX.length())).map(gold -> {
            Map<String, String> columns = new TreeMap<>(gold.columns());
            columns.put("secundair_onderdrukt", SECONDARY_SUPPRESSED);
            return new ModelDocs(layer, table, "Gepubliceerd, met onderdrukte kleine aantallen: " + gold.description(), gold.grain(), columns);
        });
    }

    /** Every silver and gold model that is a table (views write nothing to the lake), with its docs if any. */
    public static Map<String, Optional<ModelDocs>> tableModels() {
        Map<String, Optional<ModelDocs>> all = new LinkedHashMap<>();
        for (Model model : Models.load()) {
            if (!model.layer().equals("staging") && !model.isView()) all.put(model.name(), of(model.layer(), model.table()));
        }
        return all;
    }

    /** The result with each documented column's text as its comment (StructField metadata {@code comment}). */
    public Dataset<Row> commented(Dataset<Row> result) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : result.schema().fields()) {
            String text = this.columns.get(field.name());
            Column column = functions.col("`" + field.name() + "`");
            columns.add(text == null ? column : column.as(field.name(), comment(field.metadata(), text)));
        }
        return result.select(columns.toArray(Column[]::new));
    }

    /** The comments of a schema, by column (columns without one left out). */
    public static Map<String, String> comments(StructType schema) {
        Map<String, String> comments = new LinkedHashMap<>();
        for (StructField field : schema.fields()) {
            if (field.getComment().isDefined()) comments.put(field.name(), field.getComment().get());
        }
        return comments;
    }

    private static Metadata comment(Metadata metadata, String text) {
        return new MetadataBuilder().withMetadata(metadata).putString("comment", text).build();
    }
}
