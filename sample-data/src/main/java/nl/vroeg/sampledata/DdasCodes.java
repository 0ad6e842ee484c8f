package nl.vroeg.sampledata;

/** The DDAS v0.9 code lists this generator uses, each value with its exact text in the exchange format. */
final class DdasCodes {

    private DdasCodes() {
    }

    /** EnumSignaalpartner: the kinds of fixed-cost partner that send signals (the last three rarely). */
    enum PartnerType {
        ZORG("Zorg"), CAK_ZORGVERZEKERINGEN("CAK Zorgverzekeringen"), ENERGIE("Energie"), HUUR("Huur"), WATER("Water"),
        HYPOTHEEK("Hypotheek"), CAK_EIGEN_BIJDRAGE("CAK Eigen bijdrage"), OVERIGE("Overige");

        final String ddas;

        PartnerType(String ddas) {
            this.ddas = ddas;
        }
    }

    /** EnumSignaalstatus. */
    enum Signaalstatus {
        NOG_NIET_OPGEPAKT("Nog niet opgepakt"),
        ONTERECHT("Niet opgepakt: onterecht signaal"),
        OVERLEDEN("Inwoner is overleden"),
        GEEN_INWONER("Persoon is geen inwoner (meer) in de gemeente"),
        HERHAALDE_MELDING("Niet opgepakt: herhaalde melding"),
        ANDERE_REDEN("Niet opgepakt: andere reden");

        final String ddas;

        Signaalstatus(String ddas) {
            this.ddas = ddas;
        }

        boolean opgepakt() {
            return this == NOG_NIET_OPGEPAKT;
        }
    }

    /** EnumContactsoort. Administratief attempts are not contact with the resident (they never reach anyone). */
    enum Contactsoort {
        MAIL("Mail"), BRIEF("Brief"), SMS_WHATSAPP("SMS/Whatsapp"), TELEFOON("Telefoon"), HUISBEZOEK("Huisbezoek"),
        KAARTJE("Kaartje"), OVERIGE("Overige"), ADMINISTRATIEF("Administratief");

        final String ddas;

        Contactsoort(String ddas) {
            this.ddas = ddas;
        }
    }

    /** EnumDagdeel. */
    enum Dagdeel {
        OCHTEND("Ochtend"), MIDDAG("Middag"), AVOND("Avond");

        final String ddas;

        Dagdeel(String ddas) {
            this.ddas = ddas;
        }
    }

    /** EnumEindresultaat: the outcomes a worked case can get. */
    enum Eindresultaat {
        AL_BEKEND_BIJ_SCHULDHULP("Inwoner al bekend bij schuldhulpverlening"),
        ANDER_LOPEND_TRAJECT("Inwoner heeft al een ander lopend traject"),
        GEEN_CONTACT("Definitief geen contact kunnen krijgen"),
        GEEN_REACTIE_NA_CONTACT("Geen reactie na eerder contact"),
        GEEN_HULP_NODIG("Inwoner hoeft geen hulp vanuit vroegsignalering"),
        ZELF_BETAALD("Inwoner heeft zelf al betaald/betalingsregeling getroffen"),
        QUICK_FIX("(Budget)advies en/of quick fix"),
        VERVOLGHULP_FINANCIEEL("Vervolghulp en/of verwijzing financieel"),
        VERWIJZING_ZONDER_CONTACT("Verwijzing zonder contact"),
        VERVOLGHULP_NIET_FINANCIEEL("Vervolghulp en/of verwijzing niet financieel");

        final String ddas;

        Eindresultaat(String ddas) {
            this.ddas = ddas;
        }
    }
}
