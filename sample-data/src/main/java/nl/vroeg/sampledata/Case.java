package nl.vroeg.sampledata;

import java.time.LocalDate;
import java.util.List;
import nl.vroeg.sampledata.DdasCodes.Eindresultaat;

/**
 * A vroegsignaalzaak over its whole life: the picked-up signals of one address in one month, every contact attempt
 * and the outcome, reached on {@code afgeslotenOp}. A delivery shows the case as it stood on its delivery date
 * (see {@link #asOf}), so cases still being worked are re-sent, updated, in later deliveries.
 */
record Case(List<Signal> signalen, LocalDate matchingsdatum, LocalDate datumOpgepakt, LocalDate startMatchingperiode,
            LocalDate eindeMatchingperiode, List<ContactAttempt> contactpogingen, Eindresultaat resultaat, LocalDate afgeslotenOp) {

    /** What a delivery made on {@code deliveryDate} knows of this case: null when the case was not yet opened. */
    State asOf(LocalDate deliveryDate) {
        if (!datumOpgepakt.isBefore(deliveryDate)) return null;
        int known = (int) contactpogingen.stream().filter(a -> a.datum().isBefore(deliveryDate)).count();
        return new State(this, known, afgeslotenOp.isBefore(deliveryDate));
    }

    boolean bereikt() {
        return contactpogingen.stream().anyMatch(ContactAttempt::bereikt);
    }

    /** A case as delivered: its first {@code knownAttempts} attempts, and its outcome once {@code closed}. */
    record State(Case zaak, int knownAttempts, boolean closed) {

        List<ContactAttempt> contactpogingen() {
            return zaak.contactpogingen().subList(0, knownAttempts);
        }

        boolean sameProgressAs(State other) {
            return other != null && knownAttempts == other.knownAttempts && closed == other.closed;
        }
    }
}
