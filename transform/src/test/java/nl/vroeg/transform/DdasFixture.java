package nl.vroeg.transform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small DDAS v0.9 files (json_schema_Uitwisselmodel.json) for tests, readably:
 * <pre>
 * DdasFixture file = new DdasFixture("2025-01-01", "2025-05-26");
 * DdasFixture.Levering utrecht = file.levering("0344");
 * utrecht.signal("A-1", "2025-03-10").partner("Water").bedrag(120).address("3511AA", "1");
 * utrecht.zaak("Vervolghulp en/of verwijzing financieel", "A-1").attempt("Telefoon", "2025-03-12", true);
 * file.write(dir.resolve("levering.json"));
 * </pre>
 * A signal defaults to partner type Huur, no bedrag, no status, born 1 January 1980, and an address of its own
 * (so no two signals match unless a test gives them the same address).
 */
final class DdasFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int addresses;

    private final String startdatum;
    private final String einddatum;
    private final List<Levering> leveringen = new ArrayList<>();

    DdasFixture(String startdatumLevering, String einddatumLevering) {
        this.startdatum = startdatumLevering;
        this.einddatum = einddatumLevering;
    }

    /** A levering of one municipality ("0344" or "GM0344", as DDAS sends it). */
    Levering levering(String gemeentecode) {
        Levering levering = new Levering(gemeentecode);
        leveringen.add(levering);
        return levering;
    }

    Path write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("codeGegevensleverancier", "FIXTURE");
        root.put("startdatumLevering", startdatum);
        root.put("einddatumLevering", einddatum);
        root.put("aanleverdatumEnTijd", einddatum + "T12:00:00Z");
        ArrayNode array = root.putArray("leveringen");
        for (int i = 0; i < leveringen.size(); i++) {
            array.add(leveringen.get(i).json(i + 1));
        }
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static final class Levering {
        private final String gemeentecode;
        private final List<Signal> signals = new ArrayList<>();
        private final List<Zaak> zaken = new ArrayList<>();

        private Levering(String gemeentecode) {
            this.gemeentecode = gemeentecode;
        }

        Signal signal(String id, String signaaldatum) {
            Signal signal = new Signal(id, signaaldatum);
            signals.add(signal);
            return signal;
        }

        /** A case of the given signals (resultaat null: none yet). */
        Zaak zaak(String resultaat, String... signalIds) {
            Zaak zaak = new Zaak(resultaat, List.of(signalIds));
            zaken.add(zaak);
            return zaak;
        }

        private ObjectNode json(int teller) {
            ObjectNode levering = JSON.createObjectNode();
            levering.put("teller", teller);
            levering.put("gemeentecode", gemeentecode);
            levering.putObject("aanleverende_organisatie").put("naam", "Testgemeente " + gemeentecode);
            ArrayNode signalArray = levering.putArray("vroegsignalen");
            signals.forEach(s -> signalArray.add(s.json()));
            ArrayNode caseArray = levering.putArray("vroegsignaalzaken");
            zaken.forEach(z -> caseArray.add(z.json()));
            return levering;
        }
    }

    static final class Signal {
        private final String id;
        private final String signaaldatum;
        private String partner = "Huur";
        private Integer bedrag;
        private String status;
        private String geboortedatum = "1980-01-01";
        private String postcode;
        private String huisnummer;

        private Signal(String id, String signaaldatum) {
            this.id = id;
            this.signaaldatum = signaaldatum;
            synchronized (DdasFixture.class) {
                addresses++;
                this.postcode = "9999ZZ";
                this.huisnummer = Integer.toString(addresses);
            }
        }

        Signal partner(String type) {
            this.partner = type;
            return this;
        }

        Signal bedrag(Integer euros) {
            this.bedrag = euros;
            return this;
        }

        Signal status(String signaalstatus) {
            this.status = signaalstatus;
            return this;
        }

        /** Birth date (YYYY-MM-DD), or null for none. */
        Signal born(String date) {
            this.geboortedatum = date;
            return this;
        }

        Signal address(String postcode, String huisnummer) {
            this.postcode = postcode;
            this.huisnummer = huisnummer;
            return this;
        }

        /** No postcode at all: no address key. */
        Signal noAddress() {
            this.postcode = null;
            return this;
        }

        private ObjectNode json() {
            ObjectNode s = JSON.createObjectNode();
            s.put("ID", id);
            s.put("crisissignaal", false);
            s.put("warmeOverdracht", false);
            if (bedrag != null) s.put("bedrag", bedrag);
            s.put("signaaldatum", signaaldatum);
            if (status != null) s.put("status", status);
            s.putObject("signaalpartner").put("type", partner);
            ObjectNode client = s.putObject("client");
            client.put("Voorletters", "T.");
            client.put("Achternaam", "Test" + id);
            if (geboortedatum != null) client.put("Geboortedatum", geboortedatum);
            client.put("Straatnaam", "Teststraat");
            if (postcode != null) client.put("Postcode", postcode);
            client.put("Huisnummer", huisnummer);
            client.put("Plaatsnaam", "Teststad");
            return s;
        }
    }

    static final class Zaak {
        private final String resultaat;
        private final List<String> signalIds;
        private final List<ObjectNode> attempts = new ArrayList<>();

        private Zaak(String resultaat, List<String> signalIds) {
            this.resultaat = resultaat;
            this.signalIds = signalIds;
        }

        Zaak attempt(String soort, String datum, boolean bereikt) {
            ObjectNode attempt = JSON.createObjectNode();
            attempt.put("soort", soort);
            attempt.put("bereikt", bereikt);
            attempt.put("datum", datum);
            attempt.put("dagdeel", "Ochtend");
            attempts.add(attempt);
            return this;
        }

        private ObjectNode json() {
            ObjectNode z = JSON.createObjectNode();
            if (resultaat != null) z.put("resultaat", resultaat);
            ArrayNode ids = z.putArray("vroegsignalen");
            signalIds.forEach(id -> ids.addObject().put("ID", id));
            ArrayNode array = z.putArray("contactpogingen");
            attempts.forEach(array::add);
            return z;
        }
    }
}
