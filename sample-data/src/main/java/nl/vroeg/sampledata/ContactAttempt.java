package nl.vroeg.sampledata;

import java.time.LocalDate;
import nl.vroeg.sampledata.DdasCodes.Contactsoort;
import nl.vroeg.sampledata.DdasCodes.Dagdeel;

/** One contactpoging on a case. */
record ContactAttempt(Contactsoort soort, boolean bereikt, LocalDate datum, Dagdeel dagdeel) {
}
