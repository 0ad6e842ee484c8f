package nl.vroeg.ingest;

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
import nl.vroeg.lake.Table;
import nl.vroeg.reference.DdasCodes.Codelijst;
import nl.vroeg.reference.Gebeurtenissoorten;

/**
 * Checks and pseudonymises the rows of one partner event file, whatever its format: a row becomes a bronze row
 * (address and person as keyed pseudonyms only) or a quarantine row with every reason that applies and its
 * valid values ({@link QuarantineRecord}). The personal values of a row live no longer than its call to
 * {@link #check}; the results wait in the batch, on local disk, so that large files need little memory.
 */
final class PartnerEventChecker {

    static final String RECORDSOORT = "gebeurtenis";

    static final Set<String> GEBEURTENISSEN = Set.copyOf(Gebeurtenissoorten.all());
    /** Housing corporations' eviction lists often have no partnertype column: theirs is Huur. */
    private static final Set<String> ONTRUIMINGEN = Set.of("AANZEGGING_ONTRUIMING", "ONTRUIMING");
    private static final String HUUR = "Huur";

    private static final Map<String, String> PARTNERTYPE_BY_KEY = new HashMap<>();

    static {
        Codelijst.PARTNERTYPE.waarden().forEach(t -> PARTNERTYPE_BY_KEY.put(t.toLowerCase(Locale.ROOT), t));
    }

    private final Pseudonymiser pseudonymiser;
    private final MunicipalityLookup gemeenten;
    private final RowProgress progress;
    private final IngestBatch batch;
    private final IngestContext ctx;
    private List<EventColumn> header;
    private long accepted;
    private long quarantined;

    PartnerEventChecker(Pseudonymiser pseudonymiser, MunicipalityLookup gemeenten, RowProgress progress,
            IngestBatch batch, IngestContext ctx) {
        this.pseudonymiser = pseudonymiser;
        this.gemeenten = gemeenten;
        this.progress = progress;
        this.batch = batch;
        this.ctx = ctx;
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
        String partner = v.get(EventColumn.PARTNER);
        if (PersonalDataShapes.looksPersonal(partner)) {
            reasons.add("partner lijkt een persoonsgegeven (BSN, e-mailadres, IBAN of telefoonnummer)");
            partner = null;
        }
        if (!reasons.isEmpty()) {
            Map<EventColumn, Object> valid = new EnumMap<>(EventColumn.class);
            valid.put(EventColumn.PARTNERTYPE, partnertype);
            valid.put(EventColumn.PARTNER, partner);
            valid.put(EventColumn.GEBEURTENIS, gebeurtenis);
            valid.put(EventColumn.DATUM, datum);
            valid.put(EventColumn.GEMEENTE, gemeentecode);
            QuarantineRecord record = new QuarantineRecord();
            for (EventColumn column : v.keySet()) {
                if (valid.get(column) != null) record.keep(column.displayName(), valid.get(column));
                else record.withhold(column.displayName());
            }
            batch.add(QuarantineRows.of(ctx, RECORDSOORT, gemeentecode, QuarantineRows.positie(rij), reasons, record.toString()));
            quarantined++;
            return;
        }
        String postcode = Postcodes.normalise(v.get(EventColumn.POSTCODE));
        String huisnummer = v.get(EventColumn.HUISNUMMER);
        String adresSleutel = pseudonymiser.adresSleutel(postcode, huisnummer, v.get(EventColumn.TOEVOEGING));
        String persoonSleutel = pseudonymiser.persoonSleutel(bsn(v.get(EventColumn.BSN)), null,
                isoDate(v.get(EventColumn.GEBOORTEDATUM)), postcode, huisnummer);
        batch.add(new TableRow(Table.GEBEURTENISSEN).set("partnertype", partnertype).set("partner", partner)
                .set("gebeurtenis", gebeurtenis).set("datum", datum).set("gemeentecode", gemeentecode)
                .set("adres_sleutel", adresSleutel).set("persoon_sleutel", persoonSleutel).set("pc4", Postcodes.pc4(postcode))
                .set("postcode_ongeldig", !Postcodes.isValid(postcode)).set("sleutel_id", ctx.keyId())
                .lineage(ctx, null, QuarantineRows.positie(rij), rij));
        accepted++;
    }

    long accepted() {
        return accepted;
    }

    long quarantined() {
        return quarantined;
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
}
