package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code gold.gebeurtenissen_maand_gepubliceerd}: the partner events of one kind in an area and month
 * (evictions, disconnections, ...). Null counts read as in {@link PublishedMonth}.
 */
public record PublishedEvents(String gemeentecode, LocalDate maand, String gebeurtenis, Long aantal, Long inwoners,
                              Double per1000Inwoners, Long aantalMetAdres, Long aantalMetSignaalVooraf,
                              Double metSignaalVoorafPct, List<String> secundairOnderdrukt) {

    public boolean secundair(String kolom) {
        return secundairOnderdrukt.contains(kolom);
    }
}
