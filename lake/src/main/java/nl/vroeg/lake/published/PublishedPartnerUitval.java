package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code gold.partner_uitval_gepubliceerd}: the signals of one partner type with one status in an area
 * and month. A combination without signals has no row (it is 0); a null count reads as in {@link PublishedMonth}.
 */
public record PublishedPartnerUitval(String gemeentecode, LocalDate maand, String partnertype, String signaalstatus, Long signalen,
                                     List<String> secundairOnderdrukt) {

    /** Statuses that are no drop-out reason: the signal was not (yet) dropped, or says nothing (spec: signalen_niet_opgepakt). */
    private static final List<String> GEEN_UITVAL = List.of("Nog niet opgepakt", "onbekend");

    /** Whether a signal status is a reason the signal was not picked up. */
    public static boolean uitvalReden(String signaalstatus) {
        return !GEEN_UITVAL.contains(signaalstatus);
    }

    public boolean secundair(String kolom) {
        return secundairOnderdrukt.contains(kolom);
    }
}
