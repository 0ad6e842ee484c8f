package nl.vroeg.ingest;

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
import nl.vroeg.lake.Table;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code gemeentebeleid.csv} (spec/inputs.md section 3): per municipality from a date, the threshold amount, the
 * home visits the team can make per month and whether the BRP is checked automatically. A quarantined row keeps
 * only its valid values: a field that failed its check may hold anything a sender typed into it.
 */
final class GemeentebeleidReader {

    static final String RECORDSOORT = "beleid";
    static final List<String> COLUMNS = List.of("gemeentecode", "geldig_vanaf", "drempelbedrag",
            "huisbezoek_capaciteit_per_maand", "brp_koppeling");

    record Counts(long accepted, long quarantined) {
    }

    private final MunicipalityLookup gemeenten;
    private final IngestContext ctx;
    private final RowProgress progress;
    private final IngestBatch batch;
    private long accepted;
    private long quarantined;

    GemeentebeleidReader(MunicipalityLookup gemeenten, IngestContext ctx, RowProgress progress, IngestBatch batch) {
        this.gemeenten = gemeenten;
        this.ctx = ctx;
        this.progress = progress;
        this.batch = batch;
    }

    Counts read(Path file) {
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
        return new Counts(accepted, quarantined);
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
        if (v.get("drempelbedrag") != null && drempelbedrag == null) {
            reasons.add("drempelbedrag is geen geheel aantal euro's onder 1.000.000");
        }
        Long capaciteit = wholeNumber(v.get("huisbezoek_capaciteit_per_maand"));
        if (v.get("huisbezoek_capaciteit_per_maand") != null && capaciteit == null) {
            reasons.add("huisbezoek_capaciteit_per_maand is geen geheel getal onder 1.000.000");
        }
        Boolean brp = jaNee(v.get("brp_koppeling"));
        if (brp == null) reasons.add("brp_koppeling is niet 'ja' of 'nee'");

        if (!reasons.isEmpty()) {
            QuarantineRecord record = new QuarantineRecord();
            keepOrWithhold(record, "gemeentecode", gemeentecode, v);
            keepOrWithhold(record, "geldig_vanaf", geldigVanaf, v);
            keepOrWithhold(record, "drempelbedrag", drempelbedrag, v);
            keepOrWithhold(record, "huisbezoek_capaciteit_per_maand", capaciteit, v);
            keepOrWithhold(record, "brp_koppeling", brp, v);
            batch.add(QuarantineRows.of(ctx, RECORDSOORT, gemeentecode, QuarantineRows.positie(rij), reasons, record.toString()));
            quarantined++;
            return;
        }
        batch.add(new TableRow(Table.GEMEENTEBELEID).set("gemeentecode", gemeentecode).set("geldig_vanaf", geldigVanaf)
                .set("drempelbedrag", drempelbedrag).set("huisbezoek_capaciteit_per_maand", capaciteit == null ? null : capaciteit.intValue())
                .set("brp_koppeling", brp).lineage(ctx, null, QuarantineRows.positie(rij), rij));
        accepted++;
    }

    /** A valid value is kept; a sent value that failed its check only by its column name. */
    private static void keepOrWithhold(QuarantineRecord record, String column, Object valid, Map<String, String> sent) {
        if (valid != null) record.keep(column, valid);
        else if (sent.get(column) != null) record.withhold(column);
    }

    /**
     * A plausible whole number of zero or more ("250"); null for anything else, such as "250,00", "-5", or a
     * nine-digit number (no municipality's threshold or capacity, but the shape of a BSN typed into the wrong cell).
     */
    private static Long wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,6}")) return null;
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
