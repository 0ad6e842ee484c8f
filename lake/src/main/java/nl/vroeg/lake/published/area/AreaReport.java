package nl.vroeg.lake.published.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.published.PublishedAfloop;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedMonth;

/**
 * Everything one monthly report (a municipality, a province or NL) shows, built from the published gold tables
 * only; the PDF and the xlsx both render this object, so they show the same figures.
 *
 * @param kop           the front page in sentences generated from the figures
 * @param maandKeuze    why this month (the latest definitive one, or as asked)
 * @param nu            the area's figures in the report month
 * @param vorigJaar     the same month a year earlier, when published
 * @param provincie     the area's province in the report month (municipalities only)
 * @param land          NL in the report month
 * @param reeks         the area's last 13 months up to the report month
 * @param landReeks     NL over the same months
 * @param peers         the peer group (municipalities only, else null)
 * @param trechter      the funnel of the month
 * @param uitvalRedenen the signals not picked up, by reason (signaalstatus)
 * @param uitsplitsingen per breakdown dimension the groups, each with NL beside it
 * @param gebeurtenissen evictions and disconnections; null when the lake does not publish them
 * @param afloop        events after reached vs not-reached cases, last 12 cohort months; null when not published
 * @param ranglijst     every municipality of the area ranked by reach (provinces and NL only, else empty)
 */
public record AreaReport(Area area, LocalDate maand, String maandKeuze, List<String> kop, PublishedMonth nu,
                  PublishedMonth vorigJaar, PublishedMonth provincie, PublishedMonth land, List<PublishedMonth> reeks,
                  List<PublishedMonth> landReeks, Rank rangProvincie, PeerGroup peers, List<FunnelStep> trechter,
                  List<PublishedBreakdown> uitvalRedenen, Map<String, List<BreakdownRow>> uitsplitsingen,
                  List<EventRow> gebeurtenissen, List<PublishedAfloop> afloop, List<RankedRow> ranglijst) {

    /** An area: a municipality (GMnnnn), a province (PVnn) or the country (NL). */
    public record Area(String code, String naam, String niveau, String provinciecode, String provincienaam) {

        public boolean isGemeente() {
            return "gemeente".equals(niveau);
        }

        /** How the report names it: "gemeente Utrecht" and "provincie Utrecht" are never confused. */
        public String label() {
            return switch (niveau) {
                case "gemeente" -> "gemeente " + naam;
                case "provincie" -> "provincie " + naam;
                default -> naam;
            };
        }
    }

    /** The municipality among the municipalities of its CBS size class, in the report month. */
    public record PeerGroup(SizeClass klasse, Rank rang, Spread spreiding, List<Double> waarden) {
    }

    /**
     * One step of the funnel: its count, and its share of the step it follows (shareLabel says of what), for the
     * area and for NL.
     */
    public record FunnelStep(String label, Long aantal, boolean secundair, String aandeelVan, Double aandeel, Double landAandeel) {
    }

    /** A group of a breakdown, with the same group for NL. */
    public record BreakdownRow(PublishedBreakdown eigen, PublishedBreakdown land) {
    }

    /**
     * One kind of partner event: events from January up to the report month, this year and the same months a
     * year earlier (null when a month's count is hidden, so the sum cannot be shown), per 1,000 inhabitants, and
     * the share of this year's events whose address had a signal in the 12 months before.
     */
    public record EventRow(String gebeurtenis, Long ditJaar, Double ditJaarPer1000, Long vorigJaar, Double vorigJaarPer1000,
                    Double metSignaalVoorafPct) {
    }

    /** A municipality in a province's or the national ranking. trend: reach now against three months earlier. */
    public record RankedRow(Integer plaats, PublishedMonth maand, Trend trend) {
    }

    public enum Trend {
        STIJGEND("▲", "gestegen"), GELIJK("►", "gelijk"), DALEND("▼", "gedaald"), ONBEKEND("–", "onbekend");

        public final String pijl;
        public final String woord;

        Trend(String pijl, String woord) {
            this.pijl = pijl;
            this.woord = woord;
        }

        /** At least 2 percentage points up or down counts as a change. */
        public static Trend of(Double now, Double before) {
            if (now == null || before == null) return ONBEKEND;
            if (now - before >= 2) return STIJGEND;
            if (before - now >= 2) return DALEND;
            return GELIJK;
        }
    }

    public boolean isGemeente() {
        return area.isGemeente();
    }

    /** The target in the report month (40 unless configured otherwise). */
    public double doel() {
        return nu.bereikDoelPct() != null ? nu.bereikDoelPct() : 40.0;
    }
}
