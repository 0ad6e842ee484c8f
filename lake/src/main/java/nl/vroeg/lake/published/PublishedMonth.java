package nl.vroeg.lake.published;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code gold.gemeente_maand_gepubliceerd}: the figures of one area (municipality GMnnnn, province
 * PVnn or NL) and month as they may be published. A null count means 1 to 4 (shown as "&lt;5"), unless its
 * column is in {@code secundairOnderdrukt}: then it was hidden, whatever its size, because another hidden count
 * could be recomputed from it (shown as "x"). A null percentage is not shown.
 */
public record PublishedMonth(String gemeentecode, String gemeentenaam, String niveau, String provinciecode, LocalDate maand,
                             Long signalen, Long inwoners, Double signalenPer1000Inwoners, Long signalenNietOpgepakt,
                             Double uitvalPct, Long zaken, Long zakenMetContactpoging, Long zakenBereikt,
                             Double bereikPct, Double bereikDoelPct, Double bereikVerschilDoelPp,
                             Long zakenHulpGeaccepteerd, Double hulpacceptatiePctVanBereikt,
                             Double hulpacceptatiePctVanZaken, Double quickFixPctVanGeaccepteerd,
                             Double mediaanDagenTotEerstePoging, Double binnen4WekenPct, boolean voorlopig,
                             List<String> secundairOnderdrukt) {

    /** Whether the count of this gold column was hidden by secondary suppression. */
    public boolean secundair(String kolom) {
        return secundairOnderdrukt.contains(kolom);
    }

    public boolean isGemeente() {
        return "gemeente".equals(niveau);
    }

    public boolean reachesTarget() {
        return bereikPct != null && bereikDoelPct != null && bereikPct >= bereikDoelPct;
    }
}
