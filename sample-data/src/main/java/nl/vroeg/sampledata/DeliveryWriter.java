package nl.vroeg.sampledata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one DDAS v0.9 delivery file (UTF-8, pretty-printed with "\n" line ends on every platform) with Jackson's
 * streaming generator, field by field in the order of the official examples.
 */
final class DeliveryWriter {

    /**
     * One municipality's part of a delivery: its new signals and the cases that are new or have progressed.
     * {@code gmCode} and {@code plaatsnaam} are those valid in the delivery's month: before a merger, the old
     * municipality's.
     */
    record Levering(MunicipalityProfile profile, String gmCode, String plaatsnaam, List<Signal> signalen, List<Case.State> zaken) {

        Levering(MunicipalityProfile profile, List<Signal> signalen, List<Case.State> zaken) {
            this(profile, profile.code(), profile.gemeente().naam(), signalen, zaken);
        }
    }

    private static final DateTimeFormatter UTC_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final JsonFactory JSON = new JsonFactory();

    private DeliveryWriter() {
    }

    /** Shares of signals with a deliberately invalid postcode or without a BSN, when invalid data is on. */
    static final int INVALID_POSTCODE_PER_MILLE = 5;
    static final int MISSING_BSN_PER_MILLE = 20;

    /** @param invalidData a few signals get a bad postcode or no BSN, as real exports have (chosen by signal ID) */
    static void write(Path file, String leverancier, YearMonth month, LocalDateTime aanleverdatumUtc, List<Levering> leveringen,
                      boolean invalidData) {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("codeGegevensleverancier", leverancier);
            json.writeStringField("startdatumLevering", month.atDay(1).toString());
            json.writeStringField("einddatumLevering", month.atEndOfMonth().toString());
            json.writeStringField("aanleverdatumEnTijd", UTC_TIMESTAMP.format(aanleverdatumUtc));
            json.writeArrayFieldStart("leveringen");
            for (int i = 0; i < leveringen.size(); i++) writeLevering(json, i + 1, leveringen.get(i), invalidData);
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + file + " niet schrijven", e);
        }
    }

    private static void writeLevering(JsonGenerator json, int teller, Levering levering, boolean invalidData) throws IOException {
        json.writeStartObject();
        json.writeNumberField("teller", teller);
        json.writeStringField("gemeentecode", levering.gmCode().substring(2));
        writeOrganisatie(json, levering.profile().organisatie());
        json.writeArrayFieldStart("vroegsignalen");
        for (Signal signal : levering.signalen()) writeSignal(json, signal, levering.plaatsnaam(), invalidData);
        json.writeEndArray();
        json.writeArrayFieldStart("vroegsignaalzaken");
        for (Case.State zaak : levering.zaken()) writeZaak(json, zaak);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeOrganisatie(JsonGenerator json, AanleverendeOrganisatie organisatie) throws IOException {
        json.writeObjectFieldStart("aanleverende_organisatie");
        json.writeStringField("naam", organisatie.naam());
        json.writeStringField("kvk-nummer", organisatie.kvkNummer());
        json.writeArrayFieldStart("contactpersoonen");
        json.writeStartObject();
        json.writeStringField("naam", organisatie.contactNaam());
        json.writeStringField("telefoonnummer", organisatie.telefoonnummer());
        json.writeStringField("email", organisatie.email());
        json.writeStringField("functietitel", organisatie.functietitel());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSignal(JsonGenerator json, Signal signal, String plaatsnaam, boolean invalidData) throws IOException {
        json.writeStartObject();
        json.writeStringField("ID", signal.id());
        json.writeBooleanField("crisissignaal", signal.crisissignaal());
        json.writeBooleanField("warmeOverdracht", signal.warmeOverdracht());
        json.writeNumberField("bedrag", signal.bedrag());
        writeDate(json, "ontstaansdatum", signal.ontstaansdatum());
        writeDate(json, "signaaldatum", signal.signaaldatum());
        json.writeStringField("status", signal.status().ddas);
        json.writeObjectFieldStart("signaalpartner");
        json.writeStringField("type", signal.partner().ddas);
        json.writeEndObject();
        int perMille = Math.floorMod(signal.id().hashCode() * 31 + 17, 1000);
        boolean badPostcode = invalidData && perMille < INVALID_POSTCODE_PER_MILLE;
        boolean noBsn = invalidData && perMille >= 500 && perMille < 500 + MISSING_BSN_PER_MILLE;
        writeClient(json, signal.client(), signal.household(), plaatsnaam, badPostcode, noBsn);
        json.writeEndObject();
    }

    private static void writeClient(JsonGenerator json, Person client, Household address, String plaatsnaam,
                                    boolean badPostcode, boolean noBsn) throws IOException {
        json.writeObjectFieldStart("client");
        if (!noBsn) json.writeStringField("Burgerservicenummer", client.burgerservicenummer());
        json.writeStringField("Voorletters", client.voorletters());
        if (client.voorvoegsel() != null) json.writeStringField("Voorvoegsel", client.voorvoegsel());
        json.writeStringField("Achternaam", client.achternaam());
        writeDate(json, "Geboortedatum", client.geboortedatum());
        json.writeStringField("Straatnaam", address.straatnaam());
        // a typing error as case workers make them: the letter O for the leading digit
        json.writeStringField("Postcode", badPostcode ? "O" + address.postcode().substring(1) : address.postcode());
        json.writeStringField("Huisnummer", address.huisnummer());
        if (address.huisnummertoevoeging() != null) json.writeStringField("Huisnummertoevoeging", address.huisnummertoevoeging());
        json.writeStringField("Plaatsnaam", plaatsnaam);
        json.writeEndObject();
    }

    private static void writeZaak(JsonGenerator json, Case.State state) throws IOException {
        Case zaak = state.zaak();
        json.writeStartObject();
        if (state.closed()) json.writeStringField("resultaat", zaak.resultaat().ddas);
        writeDate(json, "matchingsdatum", zaak.matchingsdatum());
        writeDate(json, "startdatum_matchtingperiode", zaak.startMatchingperiode()); // sic: the schema's spelling
        writeDate(json, "datum_opgepakt", zaak.datumOpgepakt());
        writeDate(json, "einddatum_matchingperiode", zaak.eindeMatchingperiode());
        json.writeArrayFieldStart("vroegsignalen");
        for (Signal signal : zaak.signalen()) {
            json.writeStartObject();
            json.writeStringField("ID", signal.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("contactpogingen");
        for (ContactAttempt attempt : state.contactpogingen()) {
            json.writeStartObject();
            json.writeStringField("soort", attempt.soort().ddas);
            json.writeBooleanField("bereikt", attempt.bereikt());
            writeDate(json, "datum", attempt.datum());
            json.writeStringField("dagdeel", attempt.dagdeel().ddas);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeDate(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date.toString());
    }
}
