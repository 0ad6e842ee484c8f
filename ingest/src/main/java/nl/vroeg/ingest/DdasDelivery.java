package nl.vroeg.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One DDAS file as read: its header, and its records already pseudonymised and checked. Nothing here holds
 * personal data; quarantined records carry their reasons and only their valid values (QuarantineRecord).
 */
record DdasDelivery(Header header, List<Levering> leveringen, List<Signal> signals, List<Zaak> zaken,
                    List<Quarantined> quarantined) {

    /** The file's top level: who sent it, for which period, when. */
    record Header(String leverancier, LocalDate startdatum, LocalDate einddatum, Instant aanleverdatum) {
    }

    /** Record kinds, as counted in the ledger and named in quarantine. */
    static final String SIGNAAL = "signaal";
    static final String ZAAK = "zaak";
    static final String CONTACTPOGING = "contactpoging";

    record Levering(int index, Integer teller, String gemeentecode, long signalen, long zaken) {
    }

    record Signal(int levering, String gemeentecode, String id, String pointer, long rij, LocalDate signaaldatum,
                  LocalDate ontstaansdatum, Long bedrag, String status, String partnertype, Boolean crisissignaal,
                  Boolean warmeOverdracht, String persoonSleutel, String adresSleutel, String pc4, Integer leeftijd,
                  boolean postcodeOngeldig, boolean bsnOntbreekt, boolean geboortedatumOnwaarschijnlijk) {
    }

    record Zaak(int levering, String gemeentecode, String zaakId, String pointer, long rij, String resultaat,
                LocalDate matchingsdatum, LocalDate datumOpgepakt, List<String> signaalIds, List<Poging> pogingen,
                String quarantineRecord) {
    }

    record Poging(int volgnummer, String soort, Boolean bereikt, LocalDate datum, String dagdeel) {
    }

    record Quarantined(String recordsoort, String gemeentecode, String pointer, List<String> redenen, String record) {
    }

    String leverancier() {
        return header.leverancier();
    }

    long count(String recordsoort, boolean accepted) {
        if (!accepted) {
            return quarantined.stream().filter(q -> q.recordsoort().equals(recordsoort)).count();
        }
        return switch (recordsoort) {
            case SIGNAAL -> signals.size();
            case ZAAK -> zaken.size();
            case CONTACTPOGING -> zaken.stream().mapToLong(z -> z.pogingen().size()).sum();
            default -> throw new IllegalArgumentException(recordsoort);
        };
    }
}
