package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code gold.afloop_gepubliceerd}: for the cases of an area and cohort month, the share of reached and
 * of not-reached cases whose address had each kind of event within 365 days ({@link #GEBEURTENISSEN}). Null
 * counts read as in {@link PublishedMonth}; a null share is not shown.
 *
 * @param pctBereikt      per event kind: the share of reached cases with that event
 * @param pctNietBereikt  per event kind: the share of not-reached cases with that event
 * @param voorlopig       the 365-day window of the month has not passed yet
 */
public record PublishedAfloop(String gemeentecode, LocalDate maand, Long zakenBereikt, Long zakenNietBereikt,
                              Map<String, Double> pctBereikt, Map<String, Double> pctNietBereikt, boolean voorlopig,
                              List<String> secundairOnderdrukt) {

    /** The event kinds of gold.afloop, in report order, as their column prefixes. */
    public static final List<String> GEBEURTENISSEN = List.of("aanzegging_ontruiming", "ontruiming", "afsluiting", "wanbetalersregeling");

    public boolean secundair(String kolom) {
        return secundairOnderdrukt.contains(kolom);
    }
}
