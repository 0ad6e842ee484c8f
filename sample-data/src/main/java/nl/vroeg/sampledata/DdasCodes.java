package nl.vroeg.sampledata;

import nl.vroeg.reference.DdasCodes.Codelijst;

/**
 * The DDAS v0.9 code values this generator uses, named so its code can choose them; each enum constant's name is the
 * value's key (sleutel) in the reference module, which gives its exact text in the exchange format.
 */
final class DdasCodes {

    private DdasCodes() {
    }

    /** EnumSignaalpartner: the kinds of fixed-cost partner that send signals (the last three rarely). */
    enum PartnerType {
        ZORG, CAK_ZORGVERZEKERINGEN, ENERGIE, HUUR, WATER, HYPOTHEEK, CAK_EIGEN_BIJDRAGE, OVERIGE;

        final String ddas = Codelijst.PARTNERTYPE.waarde(name());
    }

    /** EnumSignaalstatus. */
    enum Signaalstatus {
        NOG_NIET_OPGEPAKT, ONTERECHT, OVERLEDEN, GEEN_INWONER, HERHAALDE_MELDING, ANDERE_REDEN;

        final String ddas = Codelijst.SIGNAALSTATUS.waarde(name());

        boolean opgepakt() {
            return this == NOG_NIET_OPGEPAKT;
        }
    }

    /** EnumContactsoort. Administratief attempts are not contact with the resident (they never reach anyone). */
    enum Contactsoort {
        MAIL, BRIEF, SMS_WHATSAPP, TELEFOON, HUISBEZOEK, KAARTJE, OVERIGE, ADMINISTRATIEF;

        final String ddas = Codelijst.CONTACTSOORT.waarde(name());
    }

    /** EnumDagdeel. */
    enum Dagdeel {
        OCHTEND, MIDDAG, AVOND;

        final String ddas = Codelijst.DAGDEEL.waarde(name());
    }

    /** EnumEindresultaat: the outcomes a worked case can get. */
    enum Eindresultaat {
        AL_BEKEND_BIJ_SCHULDHULP, ANDER_LOPEND_TRAJECT, GEEN_CONTACT, GEEN_REACTIE_NA_CONTACT, GEEN_HULP_NODIG,
        ZELF_BETAALD, QUICK_FIX, VERVOLGHULP_FINANCIEEL, VERWIJZING_ZONDER_CONTACT, VERVOLGHULP_NIET_FINANCIEEL;

        final String ddas = Codelijst.EINDRESULTAAT.waarde(name());
    }
}
