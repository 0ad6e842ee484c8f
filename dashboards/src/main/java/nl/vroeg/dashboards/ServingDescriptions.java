package nl.vroeg.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.SuppressionRules;
import org.apache.spark.sql.types.StructType;

/**
 * The Dutch texts of the serving database's COMMENTs. A column's is its comment in the lake's Delta schema (the
 * transform writes the docs kept beside each model there; a detail mart's own columns carry theirs): one source for
 * {@code describe}, {@code vroeg tabellen} and the serving database. A column without one still publishes, only
 * without a comment. A table's text is {@code tabel.<gepubliceerd|detail>.<tabel>} of
 * {@code serving-tabellen.properties}: it says what the serving copy is.
 */
final class ServingDescriptions {

    private static final Properties TEXTS = load();

    /** How every published table treats hidden figures: the rules and explanation the reports print too. */
    static final String SUPPRESSION = "Een leeg (NULL) aantal is verborgen: 1 tot en met "
            + (SuppressionRules.STANDARD.smallestShownCount() - 1) + " (toon '" + DutchFormat.SUPPRESSED_COUNT + "'), behalve"
            + " voor de kolommen in secundair_onderdrukt (toon '" + DutchFormat.SECONDARY_SUPPRESSED + "'); een leeg (NULL)"
            + " percentage wordt niet getoond. " + String.join(" ", SuppressionRules.STANDARD.explanation())
            + " Definities: spec/indicators.md.";

    private ServingDescriptions() {
    }

    static String table(String name, String source, boolean detail) {
        String kind = detail ? "detail" : "gepubliceerd";
        String text = TEXTS.getProperty("tabel." + kind + "." + name, "Kopie van " + source + ".");
        return detail
                ? text + " Niet onderdrukt: elke gemeente ziet alleen haar eigen rijen (row-level security). Bron: " + source
                        + "; bij elke publicatie volledig vervangen."
                : text + " Een kopie van " + source + ", bij elke publicatie volledig vervangen. " + SUPPRESSION;
    }

    /** The columns of a schema as serving columns of the given table, with their comments as descriptions. */
    static List<ServingColumn> columns(String table, StructType schema) {
        return java.util.Arrays.stream(schema.fields())
                .map(f -> new ServingColumn(f.name(), ColumnType.of(f.dataType(), table + "." + f.name()),
                        f.getComment().isDefined() ? f.getComment().get() : null))
                .toList();
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = ServingDescriptions.class.getResourceAsStream("serving-tabellen.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
