package nl.vroeg.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.vroeg.ingest.DdasDelivery.Levering;
import nl.vroeg.ingest.DdasDelivery.Poging;
import nl.vroeg.ingest.DdasDelivery.Quarantined;
import nl.vroeg.ingest.DdasDelivery.Signal;
import nl.vroeg.ingest.DdasDelivery.Zaak;
import nl.vroeg.lake.Postcodes;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.reference.CbsReference;
import nl.vroeg.reference.DdasCodes.Codelijst;

/**
 * Reads a DDAS Vroegsignalering v0.9 file streaming: one small tree per signal or case, never one tree per file.
 * Personal data is pseudonymised as each signal is read and dropped with its tree. Record rules of
 * spec/inputs.md send a record to quarantine with every reason that applies; a file that is not JSON or whose
 * top level breaks the schema is rejected whole.
 */
final class DdasReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // Parser messages must never quote the input: it holds personal data.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Set<String> HEADER_FIELDS = Set.of("codeGegevensleverancier", "startdatumLevering",
            "einddatumLevering", "aanleverdatumEnTijd");

    private final Pseudonymiser pseudonymiser;
    private final CbsReference cbs;
    private final String fileName;
    private final RowProgress signalProgress;

    private final Map<String, String> header = new HashMap<>();
    private final List<Levering> leveringen = new ArrayList<>();
    /** What the first pass learnt of each levering, by index. */
    private final List<LeveringFacts> facts = new ArrayList<>();
    private Sink sink;
    private long rij;

    /** Where the judged records go, one at a time, in file order. */
    interface Sink {
        /** Called once, before the first record. */
        void header(DdasDelivery.Header header);

        void signal(Signal signal);

        void zaak(Zaak zaak);

        void quarantined(Quarantined record);
    }

    /** A levering as the first pass saw it: its municipality, the reasons that reject all of its records, its size. */
    private record LeveringFacts(Integer teller, String code, List<String> reasons, int signals, long firstRij) {
    }

    /** Reports progress on large files every {@value #PROGRESS_EVERY} signals. */
    static final int PROGRESS_EVERY = 10_000;
    private static final String PERSONAL_ID = "signaal-ID lijkt een persoonsgegeven (BSN, e-mailadres, IBAN of telefoonnummer)";

    DdasReader(Pseudonymiser pseudonymiser, CbsReference cbs, String fileName) {
        this(pseudonymiser, cbs, fileName, line -> { });
    }

    DdasReader(Pseudonymiser pseudonymiser, CbsReference cbs, String fileName, Consumer<String> progress) {
        this(pseudonymiser, cbs, fileName, progress, PROGRESS_EVERY);
    }

    /** @param progressEvery signals between progress lines ("bestand.json: 20.000 signalen gelezen") */
    DdasReader(Pseudonymiser pseudonymiser, CbsReference cbs, String fileName, Consumer<String> progress, int progressEvery) {
        this.pseudonymiser = pseudonymiser;
        this.cbs = cbs;
        this.fileName = fileName;
        this.signalProgress = new RowProgress(fileName, progress, progressEvery, "signalen");
    }

    /** The whole file in memory: for tests and small files. */
    DdasDelivery read(Path file) {
        List<Signal> signals = new ArrayList<>();
        List<Zaak> zaken = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        DdasDelivery.Header[] header = new DdasDelivery.Header[1];
        List<Levering> read = read(file, new Sink() {
            public void header(DdasDelivery.Header h) {
                header[0] = h;
            }

            public void signal(Signal s) {
                signals.add(s);
            }

            public void zaak(Zaak z) {
                zaken.add(z);
            }

            public void quarantined(Quarantined q) {
                quarantined.add(q);
            }
        });
        return new DdasDelivery(header[0], read, signals, zaken, quarantined);
    }

    /**
     * Reads the file in two streaming passes, holding one record at a time: the first checks that it is JSON with
     * a valid top level (else the file is rejected before anything of it is staged) and learns each levering's
     * municipality and problems, wherever in the levering they stand; the second judges each record and hands it
     * to the sink.
     *
     * @return the leveringen, with the number of signals and cases accepted (before the cases' references are checked)
     */
    List<Levering> read(Path file, Sink sink) {
        pass(file);
        for (String field : HEADER_FIELDS) {
            if (!header.containsKey(field)) throw reject("verplicht veld '" + field + "' ontbreekt");
        }
        if (!header.containsKey("leveringen")) throw reject("verplicht veld 'leveringen' ontbreekt");
        if (PersonalDataShapes.looksPersonal(header.get("codeGegevensleverancier"))) {
            throw reject("'codeGegevensleverancier' lijkt een persoonsgegeven (BSN, e-mailadres, IBAN of telefoonnummer)");
        }
        sink.header(new DdasDelivery.Header(header.get("codeGegevensleverancier"), headerDate("startdatumLevering"),
                headerDate("einddatumLevering"), aanleverdatum()));
        this.sink = sink;
        pass(file);
        return leveringen;
    }

    private void pass(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            readFile(parser);
        } catch (JsonParseException e) {
            throw reject("ongeldige JSON " + place(e.getLocation()) + ": " + withoutQuotedInput(e.getOriginalMessage()));
        } catch (IOException e) {
            throw reject("niet te lezen: " + e.getClass().getSimpleName());
        }
    }

    private void readFile(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) throw reject("het bestand is geen JSON-object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("leveringen")) {
                if (value != JsonToken.START_ARRAY) throw reject("'leveringen' is geen lijst " + place(p.currentLocation()));
                header.put(field, "");
                int index = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    if (sink == null) learnLevering(p, index++);
                    else judgeLevering(p, index++);
                }
                if (index == 0) throw reject("'leveringen' is leeg");
            } else if (HEADER_FIELDS.contains(field)) {
                if (value != JsonToken.VALUE_STRING) throw reject("'" + field + "' is geen tekst " + place(p.currentLocation()));
                header.put(field, p.getText());
            } else {
                throw reject(DdasSchema.get().unknownField(field) + " op het hoogste niveau " + place(p.currentLocation()));
            }
        }
    }

    /** First pass: a levering's fields may come in any order, so its facts are gathered before any record is judged. */
    private void learnLevering(JsonParser p, int index) throws IOException {
        String pointer = "/leveringen/" + index;
        Integer teller = null;
        boolean hasTeller = false;
        boolean hasOrganisatie = false;
        String rawCode = null;
        int signals = 0;
        int cases = 0;
        List<String> leveringReasons = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "teller" -> {
                    hasTeller = true;
                    teller = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
                    if (teller == null) leveringReasons.add("schema: 'teller' van de levering is geen geheel getal");
                    p.skipChildren();
                }
                case "gemeentecode" -> rawCode = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "aanleverende_organisatie" -> {
                    hasOrganisatie = true;
                    if (value != JsonToken.START_OBJECT) leveringReasons.add("schema: 'aanleverende_organisatie' is geen object");
                    p.skipChildren(); // contact persons: never stored
                }
                case "vroegsignalen" -> signals += countObjects(p, pointer + "/vroegsignalen");
                case "vroegsignaalzaken" -> cases += countObjects(p, pointer + "/vroegsignaalzaken");
                default -> {
                    leveringReasons.add(DdasSchema.get().unknownField(field) + " in de levering");
                    p.skipChildren();
                }
            }
        }
        // Both are required by the official schema; a levering without them is not a valid delivery.
        if (!hasTeller) leveringReasons.add("schema: levering zonder 'teller'");
        if (!hasOrganisatie) leveringReasons.add("schema: levering zonder 'aanleverende_organisatie'");
        String code = CbsReference.normaliseCode(rawCode);
        if (rawCode == null) {
            leveringReasons.add("levering zonder gemeentecode");
        } else if (code == null || !cbs.isKnown(code)) {
            leveringReasons.add("levering met onbekende gemeentecode");
        }
        // Positions as if each levering's signals came before its cases, wherever they stand in the file.
        facts.add(new LeveringFacts(teller, code, leveringReasons, signals, rij));
        rij += signals + cases;
    }

    /** Second pass: each record is judged as it is read, with what the first pass learnt of its levering. */
    private void judgeLevering(JsonParser p, int index) throws IOException {
        String pointer = "/leveringen/" + index;
        LeveringFacts levering = facts.get(index);
        long signals = 0;
        long cases = 0;
        Set<String> seenIds = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "vroegsignalen" -> {
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        ObjectNode node = (ObjectNode) JSON.readTree(p);
                        signals += readSignal(node, index, levering.code(), pointer + "/vroegsignalen/" + i,
                                levering.reasons(), seenIds, levering.firstRij() + i) ? 1 : 0;
                        signalProgress.row();
                        i++;
                    }
                }
                case "vroegsignaalzaken" -> {
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        ObjectNode node = (ObjectNode) JSON.readTree(p);
                        cases += readZaak(node, index, levering.code(), pointer + "/vroegsignaalzaken/" + i,
                                levering.reasons(), levering.firstRij() + levering.signals() + i) ? 1 : 0;
                        i++;
                    }
                }
                default -> p.skipChildren();
            }
        }
        leveringen.add(new Levering(index, levering.teller(), levering.reasons().isEmpty() ? levering.code() : null, signals, cases));
    }

    private int countObjects(JsonParser p, String pointer) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw reject("'" + pointer + "' is geen lijst " + place(p.currentLocation()));
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) throw reject("element van '" + pointer + "' is geen object " + place(p.currentLocation()));
            p.skipChildren();
            count++;
        }
        return count;
    }

    /** @return whether the signal was accepted */
    private boolean readSignal(ObjectNode s, int levering, String code, String pointer, List<String> leveringReasons,
            Set<String> seenIds, long position) {
        List<String> reasons = new ArrayList<>(leveringReasons);
        String id = text(s, "ID");
        if (id == null || id.isBlank()) reasons.add("signaal zonder ID");
        else if (PersonalDataShapes.looksPersonal(id)) reasons.add(PERSONAL_ID);
        else if (!seenIds.add(id)) reasons.add("signaal-ID komt al eerder voor in deze levering");
        JsonNode partner = s.path("signaalpartner").path("type");
        String partnertype = partner.isTextual() ? partner.asText() : null;
        if (!s.has("signaalpartner")) reasons.add("signaal zonder signaalpartner");
        else if (partnertype == null || !Codelijst.PARTNERTYPE.contains(partnertype)) reasons.add("onbekend type signaalpartner");
        LocalDate signaaldatum = date(s, "signaaldatum", reasons, true);
        LocalDate ontstaansdatum = date(s, "ontstaansdatum", reasons, false);
        JsonNode bedragNode = s.get("bedrag");
        Long bedrag = null;
        if (bedragNode != null && !bedragNode.isNull()) {
            if (bedragNode.isIntegralNumber() && bedragNode.canConvertToLong() && bedragNode.asLong() >= 0) bedrag = bedragNode.asLong();
            else reasons.add("bedrag is negatief of geen geheel getal");
        }
        String status = text(s, "status");
        if (s.has("status") && (status == null || !Codelijst.SIGNAALSTATUS.contains(status))) reasons.add("onbekende signaalstatus");
        if (!s.path("client").isObject()) reasons.add("signaal zonder client");
        reasons.addAll(DdasSchema.get().signalViolations(s));

        if (!reasons.isEmpty()) {
            Map<String, Object> valid = new HashMap<>();
            if (id != null && !id.isBlank() && !reasons.contains(PERSONAL_ID)) valid.put("ID", id);
            if (partnertype != null && Codelijst.PARTNERTYPE.contains(partnertype)) valid.put("signaalpartner", partnertype);
            valid.put("signaaldatum", signaaldatum);
            valid.put("ontstaansdatum", ontstaansdatum);
            valid.put("bedrag", bedrag);
            if (status != null && Codelijst.SIGNAALSTATUS.contains(status)) valid.put("status", status);
            valid.put("crisissignaal", bool(s, "crisissignaal"));
            valid.put("warmeOverdracht", bool(s, "warmeOverdracht"));
            sink.quarantined(new Quarantined(DdasDelivery.SIGNAAL, knownCode(code), pointer, reasons, quarantineRecord(s, valid)));
            return false;
        }
        JsonNode client = s.get("client");
        String bsn = text(client, "Burgerservicenummer");
        String postcode = Postcodes.normalise(text(client, "Postcode"));
        String huisnummer = text(client, "Huisnummer");
        String geboortedatum = text(client, "Geboortedatum");
        Integer leeftijd = age(geboortedatum, signaaldatum);
        sink.signal(new Signal(levering, code, id, pointer, position, signaaldatum, ontstaansdatum, bedrag, status,
                partnertype, bool(s, "crisissignaal"), bool(s, "warmeOverdracht"),
                pseudonymiser.persoonSleutel(bsn, text(client, "Achternaam"), geboortedatum, postcode, huisnummer),
                pseudonymiser.adresSleutel(postcode, huisnummer, text(client, "Huisnummertoevoeging")),
                Postcodes.pc4(postcode), leeftijd, !Postcodes.isValid(postcode), bsn == null || bsn.isBlank(),
                geboortedatum != null && leeftijd == null));
        return true;
    }

    /** @return whether the case was accepted (its references to signals are checked later) */
    private boolean readZaak(ObjectNode z, int levering, String code, String pointer, List<String> leveringReasons, long position) {
        List<String> reasons = new ArrayList<>(leveringReasons);
        String resultaat = text(z, "resultaat");
        if (z.has("resultaat") && (resultaat == null || !Codelijst.EINDRESULTAAT.contains(resultaat))) reasons.add("onbekend eindresultaat");
        List<String> signaalIds = new ArrayList<>();
        for (JsonNode ref : z.path("vroegsignalen")) {
            String id = text(ref, "ID");
            if (id == null || id.isBlank()) reasons.add("verwijzing naar een vroegsignaal zonder ID");
            else if (PersonalDataShapes.looksPersonal(id)) reasons.add("verwijzing naar een vroegsignaal met een ID dat op een persoonsgegeven lijkt");
            else signaalIds.add(id);
        }
        if (signaalIds.isEmpty() && reasons.isEmpty()) reasons.add("zaak zonder vroegsignalen");
        LocalDate matchingsdatum = date(z, "matchingsdatum", reasons, false);
        LocalDate datumOpgepakt = date(z, "datum_opgepakt", reasons, false);
        reasons.addAll(DdasSchema.get().zaakViolations(z));
        Map<String, Object> valid = new HashMap<>();
        if (resultaat != null && Codelijst.EINDRESULTAAT.contains(resultaat)) valid.put("resultaat", resultaat);
        valid.put("matchingsdatum", matchingsdatum);
        valid.put("datum_opgepakt", datumOpgepakt);
        if (!signaalIds.isEmpty()) valid.put("vroegsignalen", String.join(",", new TreeSet<>(signaalIds)));
        String record = quarantineRecord(z, valid);
        if (!reasons.isEmpty()) {
            sink.quarantined(new Quarantined(DdasDelivery.ZAAK, knownCode(code), pointer, reasons, record));
            return false;
        }
        List<Poging> pogingen = new ArrayList<>();
        JsonNode attempts = z.path("contactpogingen");
        for (int i = 0; i < attempts.size(); i++) {
            readPoging(attempts.get(i), i, code, pointer + "/contactpogingen/" + i, pogingen);
        }
        String zaakId = signaalIds.stream().min(String::compareTo).orElseThrow();
        sink.zaak(new Zaak(levering, code, zaakId, pointer, position, resultaat, matchingsdatum, datumOpgepakt,
                List.copyOf(new TreeSet<>(signaalIds)), pogingen, record));
        return true;
    }

    /** A bad attempt is quarantined on its own; its case stays. */
    private void readPoging(JsonNode c, int volgnummer, String code, String pointer, List<Poging> into) {
        List<String> reasons = new ArrayList<>();
        String soort = text(c, "soort");
        if (soort == null || !Codelijst.CONTACTSOORT.contains(soort)) reasons.add("onbekende of ontbrekende contactsoort");
        String dagdeel = text(c, "dagdeel");
        if (c.has("dagdeel") && (dagdeel == null || !Codelijst.DAGDEEL.contains(dagdeel))) reasons.add("onbekend dagdeel");
        LocalDate datum = date(c, "datum", reasons, true);
        JsonNode bereikt = c.get("bereikt");
        if (bereikt != null && !bereikt.isBoolean() && !bereikt.isNull()) reasons.add("'bereikt' is geen ja/nee");
        reasons.addAll(DdasSchema.get().pogingViolations(c));
        if (!reasons.isEmpty()) {
            Map<String, Object> valid = new HashMap<>();
            if (soort != null && Codelijst.CONTACTSOORT.contains(soort)) valid.put("soort", soort);
            if (dagdeel != null && Codelijst.DAGDEEL.contains(dagdeel)) valid.put("dagdeel", dagdeel);
            valid.put("datum", datum);
            if (bereikt != null && bereikt.isBoolean()) valid.put("bereikt", bereikt.asBoolean());
            sink.quarantined(new Quarantined(DdasDelivery.CONTACTPOGING, knownCode(code), pointer, reasons, quarantineRecord(c, valid)));
            return;
        }
        into.add(new Poging(volgnummer, soort, bereikt == null || bereikt.isNull() ? null : bereikt.asBoolean(), datum, dagdeel));
    }

    /**
     * What quarantine keeps of a record: the valid values given (null: absent or invalid), and only the names of
     * the record's other fields (spec/privacy.md: a field that failed its check may hold anything).
     */
    private static String quarantineRecord(JsonNode node, Map<String, Object> valid) {
        QuarantineRecord record = new QuarantineRecord();
        node.fieldNames().forEachRemaining(field -> {
            if (valid.get(field) != null) record.keep(field, valid.get(field));
            else record.withhold(DdasSchema.get().safeName(field));
        });
        return record.toString();
    }

    /** A municipality code for quarantine only when it is a known one. */
    private String knownCode(String code) {
        return code != null && cbs.isKnown(code) ? code : null;
    }

    /** Whole years on the signal date; null when unknown or implausible (under 16 or over 110). */
    private static Integer age(String geboortedatum, LocalDate on) {
        if (geboortedatum == null) return null;
        try {
            int years = Period.between(LocalDate.parse(geboortedatum), on).getYears();
            return years >= 16 && years <= 110 ? years : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(JsonNode node, String field, List<String> reasons, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) reasons.add(field + " ontbreekt");
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            reasons.add("ongeldige " + field + " (verwacht JJJJ-MM-DD)");
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.asBoolean() : null;
    }

    private LocalDate headerDate(String field) {
        try {
            return LocalDate.parse(header.get(field));
        } catch (DateTimeParseException e) {
            throw reject("'" + field + "' is geen geldige datum (verwacht JJJJ-MM-DD)");
        }
    }

    private Instant aanleverdatum() {
        try {
            return OffsetDateTime.parse(header.get("aanleverdatumEnTijd")).toInstant();
        } catch (DateTimeParseException e) {
            throw reject("'aanleverdatumEnTijd' is geen geldige datum-tijd (verwacht bijv. 2025-02-05T10:30:00Z)");
        }
    }

    private FileRejectedException reject(String reason) {
        return new FileRejectedException("Bestand " + fileName + " afgewezen: " + reason + ". Er is niets van ingelezen.");
    }

    private static String place(JsonLocation location) {
        return "op regel " + location.getLineNr() + ", kolom " + location.getColumnNr();
    }

    /** Parser messages quote the offending token, which may be personal data. */
    private static String withoutQuotedInput(String message) {
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
    }
}
