package nl.vroeg.sampledata;

import nl.vroeg.reference.CbsReference.Gemeente;

/**
 * How one municipality is simulated. {@code outreach} (0..1) is how actively it works its cases: more phone calls
 * and home visits, more attempts, quicker first contact; it drives the municipality's reach.
 */
record MunicipalityProfile(Gemeente gemeente, String leverancier, double outreach, AanleverendeOrganisatie organisatie) {

    String code() {
        return gemeente.code();
    }

    /** The code as DDAS sends it: the four digits. */
    String ddasCode() {
        return gemeente.code().substring(2);
    }
}
