package nl.vroeg.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * {@code gemeentebeleid.csv} (spec/inputs.md section 3): per municipality from a date, the threshold amount, the
 * home visits the team can make per month and whether the BRP is checked automatically. Holds no personal data,
 * so a quarantined row keeps all of its fields.
 */
final class GemeentebeleidReader {

    static final String RECORDSOORT = "beleid";
    static final List<String> COLUMNS = List.of("gemeentecode", "geldig_vanaf", "drempelbedrag",
            "huisbezoek_capaciteit_per_maand", "brp_koppeling");

    record Result(List<Row> accepted, List<Row> quarantined) {
    }

    private final MunicipalityLookup gemeenten;
    private final IngestContext ctx;
    private final RowProgress progress;
    private final List<Row> accepted = new ArrayList<>();
    private final List<Row> quarantined = new ArrayList<>();

    GemeentebeleidReader(MunicipalityLookup gemeenten, IngestContext ctx, RowProgress progress) {
        this.gemeenten = gemeenten;
        this.ctx = ctx;
        this.progress = progress;
    }

    Result read(Path file) {
        try (CSVParser parser = CsvText.open(file)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                if (!records.hasNext()) throw Rejection.of(ctx.bestand(), "het bestand is leeg");
                Map<String, Integer> header = header(records.next().toList());
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    check(record.getRecordNumber(), valuesOf(record.toList(), header));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw Rejection.of(ctx.bestand(), "ongeldige CSV rond regel " + parser.getCurrentLineNumber()
                        + " (bijvoorbeeld een aanhalingsteken dat niet gesloten wordt)");
            }
        } catch (IOException e) {
            throw Rejection.of(ctx.bestand(), "niet te lezen: " + e.getClass().getSimpleName());
        }
        return new Result(accepted, quarantined);
    }

    /** Column name to position; names case-insensitive, every column of the spec required. */
    private Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = cells.size() - 1; i >= 0; i--) header.put(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).map(c -> "'" + c + "'").toList();
        if (!missing.isEmpty()) {
            throw Rejection.of(ctx.bestand(), "de kopregel (regel 1) mist de kolom(men) " + String.join(", ", missing));
        }
        return header;
    }

    /** The spec's columns in spec order; null for empty cells. */
    private static Map<String, String> valuesOf(List<String> cells, Map<String, Integer> header) {
        Map<String, String> values = new HashMap<>();
        for (String column : COLUMNS) {
            int i = header.get(column);
            String cell = i < cells.size() ? cells.get(i) : null;
            values.put(column, cell == null || cell.isBlank() ? null : cell.strip());
        }
        return values;
    }

    private void check(long rij, Map<String, String> v) {
        if (v.values().stream().allMatch(x -> x == null)) return;
        progress.row();
        List<String> reasons = new ArrayList<>();
        String gemeentecode = gemeenten.code(v.get("gemeentecode"));
        if (v.get("gemeentecode") == null) reasons.add("gemeentecode ontbreekt");
        else if (gemeentecode == null) reasons.add("onbekende gemeentecode");
        LocalDate geldigVanaf = DutchDates.parse(v.get("geldig_vanaf"));
        if (v.get("geldig_vanaf") == null) reasons.add("geldig_vanaf ontbreekt");
        else if (geldigVanaf == null) reasons.add("ongeldige geldig_vanaf (" + DutchDates.EXPECTED + ")");
        Long drempelbedrag = wholeNumber(v.get("drempelbedrag"));
        if (v.get("drempelbedrag") != null && drempelbedrag == null) reasons.add("drempelbedrag is geen geheel aantal euro's");
        Long capaciteit = wholeNumber(v.get("huisbezoek_capaciteit_per_maand"));
        if (v.get("huisbezoek_capaciteit_per_maand") != null && (capaciteit == null || capaciteit > Integer.MAX_VALUE)) {
            reasons.add("huisbezoek_capaciteit_per_maand is geen geheel getal");
        }
        Boolean brp = jaNee(v.get("brp_koppeling"));
        if (brp == null) reasons.add("brp_koppeling is niet 'ja' of 'nee'");

        if (!reasons.isEmpty()) {
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            COLUMNS.forEach(c -> record.put(c, v.get(c)));
            quarantined.add(QuarantineRows.of(ctx, RECORDSOORT, gemeentecode, rij, reasons, record.toString()));
            return;
        }
        accepted.add(RowFactory.create(gemeentecode, geldigVanaf, drempelbedrag,
                capaciteit == null ? null : capaciteit.intValue(), brp,
                ctx.bestand(), ctx.sha256(), null, QuarantineRows.positie(rij), rij, ctx.runId(), ctx.ingestTijd()));
    }

    /** A whole number of zero or more ("250"); null for anything else, such as "250,00" or "-5". */
    private static Long wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,18}")) return null;
        return Long.parseLong(text);
    }

    private static Boolean jaNee(String text) {
        if (text == null) return null;
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> null;
        };
    }
}
