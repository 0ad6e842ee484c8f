package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code gold.gemeente_maand_uitsplitsing_gepubliceerd}: one group ({@code waarde}) of one breakdown
 * ({@code dimensie}) of an area and month. Null counts read as in {@link PublishedMonth}; a count the breakdown
 * does not group ({@code groepeert}) is null too and means "not applicable".
 */
public record PublishedBreakdown(String gemeentecode, LocalDate maand, String dimensie, String waarde, int volgorde,
                                 String groepeert, Long signalen, Long zaken, Long zakenBereikt,
                                 Long zakenHulpGeaccepteerd, Double bereikPct, Double hulpacceptatiePctVanBereikt,
                                 List<String> secundairOnderdrukt) {

    public boolean secundair(String kolom) {
        return secundairOnderdrukt.contains(kolom);
    }

    public boolean groupsSignals() {
        return groepeert == null || groepeert.contains("signalen");
    }

    public boolean groupsCases() {
        return groepeert == null || groepeert.contains("zaken");
    }
}
