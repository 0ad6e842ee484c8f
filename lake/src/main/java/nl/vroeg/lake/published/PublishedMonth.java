package nl.vroeg.lake.published;

import java.time.LocalDate;

/**
 * One row of {@code gold.gemeente_maand_gepubliceerd}: the figures of one area (municipality GMnnnn, province
 * PVnn or NL) and month as they may be published. A null count means 1 to 4 (shown as "&lt;5"); a null
 * percentage is not shown (its denominator is below the threshold, or zero).
 */
public record PublishedMonth(String gemeentecode, String gemeentenaam, String niveau, String provinciecode, LocalDate maand,
                             Long signalen, Long inwoners, Double signalenPer1000Inwoners, Long signalenNietOpgepakt,
                             Double uitvalPct, Long zaken, Long zakenMetContactpoging, Long zakenBereikt,
                             Double bereikPct, Double bereikDoelPct, Double bereikVerschilDoelPp,
                             Long zakenHulpGeaccepteerd, Double hulpacceptatiePctVanBereikt,
                             Double hulpacceptatiePctVanZaken, Double quickFixPctVanGeaccepteerd,
                             Double mediaanDagenTotEerstePoging, Double binnen4WekenPct, boolean voorlopig) {

    public boolean isGemeente() {
        return "gemeente".equals(niveau);
    }

    public boolean reachesTarget() {
        return bereikPct != null && bereikDoelPct != null && bereikPct >= bereikDoelPct;
    }
}
