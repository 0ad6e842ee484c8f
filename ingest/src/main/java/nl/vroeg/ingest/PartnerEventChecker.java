package nl.vroeg.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vroeg.lake.Postcodes;
import nl.vroeg.lake.Pseudonymiser;
import org.apache.spark.sql.types.StructType;

/**
 * Checks and pseudonymises the rows of one partner event file, whatever its format: a row becomes a bronze row
 * (address and person as keyed pseudonyms only) or a quarantine row with every reason that applies and its
 * non-personal fields. The personal values of a row live no longer than its call to {@link #check}; the results
 * wait on local disk ({@link SpilledRows}) so that large files need little memory.
 */
final class PartnerEventChecker implements AutoCloseable {

    static final String RECORDSOORT = "gebeurtenis";

    static final Set<String> GEBEURTENISSEN = Set.of("EINDELEVERING", "AANKONDIGING_AFSLUITING", "AFSLUITING",
            "AANZEGGING_ONTRUIMING", "ONTRUIMING", "WANBETALERSREGELING", "BETALINGSREGELING");
    /** Housing corporations' eviction lists often have no partnertype column: theirs is Huur. */
    private static final Set<String> ONTRUIMINGEN = Set.of("AANZEGGING_ONTRUIMING", "ONTRUIMING");
    private static final String HUUR = "Huur";

    /** The columns of bronze.gebeurtenissen and quarantaine.records that vary per row (the rest are per file). */
    static final StructType EVENT_COLUMNS = StructType.fromDDL("partnertype string, partner string, gebeurtenis string,"
            + " datum date, gemeentecode string, adres_sleutel string, persoon_sleutel string, pc4 string,"
            + " postcode_ongeldig boolean, _positie string, _rij bigint");
    static final StructType QUARANTINE_COLUMNS = StructType.fromDDL(
            "gemeentecode string, positie string, redenen array<string>, record string");

    private static final Map<String, String> PARTNERTYPE_BY_KEY = new HashMap<>();

    static {
        DdasCodes.PARTNERTYPES.forEach(t -> PARTNERTYPE_BY_KEY.put(t.toLowerCase(Locale.ROOT), t));
    }

    private final Pseudonymiser pseudonymiser;
    private final MunicipalityLookup gemeenten;
    private final RowProgress progress;
    private final SpilledRows accepted = new SpilledRows(EVENT_COLUMNS);
    private final SpilledRows quarantined = new SpilledRows(QUARANTINE_COLUMNS);
    private List<EventColumn> header;

    PartnerEventChecker(Pseudonymiser pseudonymiser, MunicipalityLookup gemeenten, RowProgress progress) {
        this.pseudonymiser = pseudonymiser;
        this.gemeenten = gemeenten;
        this.progress = progress;
    }

    /** The file's header row, mapped to columns; every later row is read by it. */
    void header(List<EventColumn> header) {
        this.header = new ArrayList<>(header); // nulls: columns that are none of ours
    }

    /** One data row: cell texts by position (null or blank: empty). Rows with no value at all are skipped. */
    void check(long rij, List<String> cells) {
        Map<EventColumn, String> v = new EnumMap<>(EventColumn.class);
        for (int i = 0; i < cells.size() && i < header.size(); i++) {
            String cell = cells.get(i);
            if (header.get(i) != null && cell != null && !cell.isBlank()) v.put(header.get(i), cell.strip());
        }
        if (v.isEmpty()) return;
        progress.row();

        List<String> reasons = new ArrayList<>();
        String gebeurtenis = gebeurtenis(v.get(EventColumn.GEBEURTENIS), reasons);
        String partnertype = partnertype(v.get(EventColumn.PARTNERTYPE), gebeurtenis, reasons);
        LocalDate datum = datum(v.get(EventColumn.DATUM), reasons);
        String gemeentecode = gemeentecode(v.get(EventColumn.GEMEENTE), reasons);
        if (!reasons.isEmpty()) {
            quarantined.add(gemeentecode, QuarantineRows.positie(rij), reasons, withoutPersonalData(v));
            return;
        }
        String postcode = Postcodes.normalise(v.get(EventColumn.POSTCODE));
        String huisnummer = v.get(EventColumn.HUISNUMMER);
        String adresSleutel = pseudonymiser.adresSleutel(postcode, huisnummer, v.get(EventColumn.TOEVOEGING));
        String persoonSleutel = pseudonymiser.persoonSleutel(bsn(v.get(EventColumn.BSN)), null,
                isoDate(v.get(EventColumn.GEBOORTEDATUM)), postcode, huisnummer);
        accepted.add(partnertype, v.get(EventColumn.PARTNER), gebeurtenis, datum, gemeentecode, adresSleutel, persoonSleutel,
                Postcodes.pc4(postcode), !Postcodes.isValid(postcode), QuarantineRows.positie(rij), rij);
    }

    SpilledRows accepted() {
        return accepted;
    }

    SpilledRows quarantined() {
        return quarantined;
    }

    @Override
    public void close() {
        accepted.close();
        quarantined.close();
    }

    /** Upper case, spaces and hyphens as underscores: "Aanzegging ontruiming" is AANZEGGING_ONTRUIMING. */
    private static String gebeurtenis(String raw, List<String> reasons) {
        if (raw == null) {
            reasons.add("gebeurtenis ontbreekt");
            return null;
        }
        String code = raw.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (GEBEURTENISSEN.contains(code)) return code;
        reasons.add("onbekende gebeurtenis");
        return null;
    }

    /** The DDAS spelling, matched case-insensitively; Huur for an eviction when the file has no partnertype column. */
    private String partnertype(String raw, String gebeurtenis, List<String> reasons) {
        if (raw == null) {
            if (!header.contains(EventColumn.PARTNERTYPE) && gebeurtenis != null && ONTRUIMINGEN.contains(gebeurtenis)) return HUUR;
            reasons.add("partnertype ontbreekt");
            return null;
        }
        String type = PARTNERTYPE_BY_KEY.get(raw.toLowerCase(Locale.ROOT));
        if (type == null) reasons.add("onbekend partnertype");
        return type;
    }

    private static LocalDate datum(String raw, List<String> reasons) {
        if (raw == null) {
            reasons.add("datum ontbreekt");
            return null;
        }
        LocalDate datum = DutchDates.parse(raw);
        if (datum == null) reasons.add("ongeldige datum (" + DutchDates.EXPECTED + ")");
        return datum;
    }

    private String gemeentecode(String raw, List<String> reasons) {
        if (raw == null) {
            reasons.add("gemeente ontbreekt");
            return null;
        }
        String code = gemeenten.codeOrName(raw);
        if (code == null) reasons.add("onbekende gemeente");
        return code;
    }

    /** Spreadsheets store a BSN as a number and drop its leading zero; DDAS sends all nine digits. */
    private static String bsn(String raw) {
        return raw != null && raw.matches("\\d{7,8}") ? "0".repeat(9 - raw.length()) + raw : raw;
    }

    /** Birth dates in either format pseudonymise alike (ISO, as DDAS sends them). */
    private static String isoDate(String raw) {
        LocalDate date = DutchDates.parse(raw);
        return date == null ? raw : date.toString();
    }

    /** What quarantine may keep: the event's fields, never the address, BSN or birth date. */
    private static String withoutPersonalData(Map<EventColumn, String> v) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (EventColumn column : List.of(EventColumn.PARTNERTYPE, EventColumn.PARTNER, EventColumn.GEBEURTENIS,
                EventColumn.DATUM, EventColumn.GEMEENTE)) {
            if (v.containsKey(column)) json.put(column.displayName(), v.get(column));
        }
        return json.toString();
    }
}
