package nl.vroeg.sampledata;

import java.time.LocalDate;
import nl.vroeg.sampledata.DdasCodes.PartnerType;

/**
 * One partner event (inputs.md section 2) at an address: what a partner reports after a signal, or without one.
 * {@code bsn} and {@code geboortedatum} may be null; {@code gemeentecode} is the code valid on {@code datum}.
 */
record PartnerEvent(PartnerType partnertype, String partner, Gebeurtenis gebeurtenis, LocalDate datum, String gemeentecode,
                    String postcode, String huisnummer, String huisnummertoevoeging, String bsn, LocalDate geboortedatum) {

    enum Gebeurtenis {
        EINDELEVERING, AANKONDIGING_AFSLUITING, AFSLUITING, AANZEGGING_ONTRUIMING, ONTRUIMING, WANBETALERSREGELING, BETALINGSREGELING
    }

    /** The partner-kind file an event goes to. */
    String soortBestand() {
        return switch (partnertype) {
            case ENERGIE -> "energie";
            case WATER -> "water";
            case ZORG, CAK_ZORGVERZEKERINGEN -> "zorg";
            case HUUR -> "huur";
            case HYPOTHEEK, CAK_EIGEN_BIJDRAGE, OVERIGE -> "overig";
        };
    }
}
