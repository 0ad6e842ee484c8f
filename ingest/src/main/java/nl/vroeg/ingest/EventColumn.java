package nl.vroeg.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a partner event file, with the header names senders use for them: the CSV names of
 * spec/inputs.md and the Dutch synonyms of housing corporations' spreadsheets, all case-insensitive.
 */
enum EventColumn {
    PARTNERTYPE("partnertype"),
    PARTNER("partner"),
    GEBEURTENIS("gebeurtenis", "soort"),
    DATUM("datum"),
    /** A code (GM0123, 0123) or, in spreadsheets, a municipality's name. */
    GEMEENTE("gemeentecode", "gemeente"),
    POSTCODE("postcode"),
    HUISNUMMER("huisnummer", "huisnr", "huisnr."),
    TOEVOEGING("huisnummertoevoeging", "toevoeging", "toev.", "toev"),
    BSN("bsn"),
    GEBOORTEDATUM("geboortedatum");

    /** Without these a file cannot be read; partnertype may be missing (see {@link PartnerEventChecker}). */
    static final Set<EventColumn> REQUIRED = EnumSet.of(GEBEURTENIS, DATUM, GEMEENTE, POSTCODE, HUISNUMMER);

    private static final Map<String, EventColumn> BY_NAME = new HashMap<>();

    static {
        for (EventColumn column : values()) {
            for (String name : column.names) BY_NAME.put(name, column);
        }
    }

    private final String[] names;

    EventColumn(String... names) {
        this.names = names;
    }

    /** The name spec/inputs.md gives the column, used in messages. */
    String displayName() {
        return names[0];
    }

    /** The column a header cell names, or null when it is none of ours (extra columns are ignored). */
    static EventColumn ofHeader(String header) {
        return header == null ? null : BY_NAME.get(header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** Column positions of a header row: index i holds the column of cell i, or null. */
    static List<EventColumn> mapHeader(List<String> cells) {
        List<EventColumn> columns = new ArrayList<>();
        Set<EventColumn> seen = EnumSet.noneOf(EventColumn.class);
        for (String cell : cells) {
            EventColumn column = ofHeader(cell);
            // A repeated column counts once, at its first place: later copies are ignored like extra columns.
            columns.add(column != null && seen.add(column) ? column : null);
        }
        return columns;
    }

    /** The required columns a header lacks, by their spec names, comma-separated; empty when complete. */
    static String missingRequired(List<EventColumn> header) {
        return REQUIRED.stream().filter(c -> !header.contains(c)).map(c -> "'" + c.displayName() + "'")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
