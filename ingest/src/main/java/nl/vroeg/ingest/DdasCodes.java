package nl.vroeg.ingest;

import java.util.Set;

/** The DDAS v0.9 code lists (json_schema_Uitwisselmodel.json, $defs). */
final class DdasCodes {

    private DdasCodes() {
    }

    static final Set<String> PARTNERTYPES = Set.of("Energie", "Huur", "Hypotheek", "CAK Zorgverzekeringen", "Zorg",
            "Water", "DUO", "Belastingdienst", "CAK Eigen bijdrage", "Overige", "Dienst Toeslagen");

    static final Set<String> CONTACTSOORTEN = Set.of("Mail", "Brief", "SMS/Whatsapp", "Telefoon", "Huisbezoek",
            "Kaartje", "Overige", "Administratief");

    static final Set<String> EINDRESULTATEN = Set.of("Niet opgepakt: herhaalde melding",
            "Niet opgepakt: onterecht signaal", "Inwoner is overleden", "Persoon is geen inwoner (meer) in de gemeente",
            "Niet opgepakt: andere reden", "Inwoner al bekend bij schuldhulpverlening",
            "Inwoner heeft al een ander lopend traject", "Definitief geen contact kunnen krijgen",
            "Geen reactie na eerder contact", "Inwoner hoeft geen hulp vanuit vroegsignalering",
            "Inwoner heeft zelf al betaald/betalingsregeling getroffen", "(Budget)advies en/of quick fix",
            "Vervolghulp en/of verwijzing financieel", "Verwijzing zonder contact",
            "Vervolghulp en/of verwijzing niet financieel");

    static final Set<String> DAGDELEN = Set.of("Ochtend", "Middag", "Avond");

    static final Set<String> SIGNAALSTATUSSEN = Set.of("Nog niet opgepakt", "Niet opgepakt: onterecht signaal",
            "Inwoner is overleden", "Persoon is geen inwoner (meer) in de gemeente", "Niet opgepakt: herhaalde melding",
            "Niet opgepakt: andere reden");
}
