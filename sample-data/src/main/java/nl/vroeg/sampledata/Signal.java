package nl.vroeg.sampledata;

import java.time.LocalDate;
import nl.vroeg.sampledata.DdasCodes.PartnerType;
import nl.vroeg.sampledata.DdasCodes.Signaalstatus;

/** One vroegsignaal about {@code client}, who lives at {@code household}. */
record Signal(String id, Household household, Person client, PartnerType partner, int bedrag, LocalDate ontstaansdatum,
              LocalDate signaaldatum, Signaalstatus status, boolean crisissignaal, boolean warmeOverdracht) {

    Signal withId(String newId) {
        return new Signal(newId, household, client, partner, bedrag, ontstaansdatum, signaaldatum, status, crisissignaal, warmeOverdracht);
    }
}
