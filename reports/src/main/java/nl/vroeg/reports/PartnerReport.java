package nl.vroeg.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.PublishedPartnerUitval;
import nl.vroeg.lake.published.area.AreaReport;
import nl.vroeg.lake.published.area.Headline;
import nl.vroeg.lake.published.area.ReportModel;
import nl.vroeg.lake.published.area.Suppression;

/**
 * Feedback for one partner type (Energie, Huur, Zorg, ...): what happened to its signals in the report month,
 * nationally and per province, from the {@code partnertype} breakdown and {@code partner_uitval} of the published
 * tables.
 *
 * @param land       the partner type's group in NL
 * @param provincies per province (by name) its group
 * @param totaalLand NL's totals, for the partner type's share of all signals
 * @param uitval     its drop-out by reason, nationally and per province; null when the lake does not publish it
 */
record PartnerReport(String partnertype, LocalDate maand, String maandKeuze, List<String> kop, PublishedBreakdown land,
                     PublishedMonth totaalLand, List<ProvinceRow> provincies, List<AreaReport.EventRow> gebeurtenissen,
                     DropOut uitval) {

    record ProvinceRow(String provincienaam, PublishedBreakdown groep) {
    }

    /** The drop-out reasons (the statuses of the code list that are one, in report order) and a row per area. */
    record DropOut(List<String> redenen, List<DropOutRow> rijen) {
    }

    /** An area's signals of the partner type per reason, in the order of {@link DropOut#redenen}. */
    record DropOutRow(String gebied, List<Count> aantallen) {
    }

    /** A published count: null when hidden, {@code secundair} when hidden to protect another. */
    record Count(Long waarde, boolean secundair) {
    }

    /**
     * @param uitval the published drop-out rows of this partner type in the month (all areas); null when the lake
     *               does not publish them
     */
    static PartnerReport of(ReportModel model, PublishedBreakdown land, List<AreaReport.EventRow> gebeurtenissen,
                            List<PublishedPartnerUitval> uitval) {
        List<ProvinceRow> provincies = new ArrayList<>();
        for (PublishedMonth p : model.provincies()) {
            model.breakdowns(p.gemeentecode(), "partnertype").stream().filter(b -> b.waarde().equals(land.waarde())).findFirst()
                    .ifPresent(b -> provincies.add(new ProvinceRow(p.gemeentenaam(), b)));
        }
        PublishedMonth nl = model.figures.month("NL", model.maand()).orElse(null);
        return new PartnerReport(land.waarde(), model.maand(), model.month.uitleg(), sentences(land, nl, model.maand()), land, nl,
                provincies, gebeurtenissen, uitval == null ? null : dropOut(model, uitval));
    }

    private static DropOut dropOut(ReportModel model, List<PublishedPartnerUitval> uitval) {
        List<String> redenen = model.breakdowns("NL", "signaalstatus").stream().map(PublishedBreakdown::waarde)
                .filter(PublishedPartnerUitval::uitvalReden).toList();
        Map<List<String>, PublishedPartnerUitval> cells = new HashMap<>();
        for (PublishedPartnerUitval u : uitval) cells.put(List.of(u.gemeentecode(), u.signaalstatus()), u);
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("NL", "Nederland");
        for (PublishedMonth p : model.provincies()) areas.put(p.gemeentecode(), "provincie " + p.gemeentenaam());
        List<DropOutRow> rows = new ArrayList<>();
        areas.forEach((code, name) -> rows.add(new DropOutRow(name, redenen.stream().map(reden -> {
            PublishedPartnerUitval u = cells.get(List.of(code, reden));
            return u == null ? new Count(0L, false) : new Count(u.signalen(), u.secundair("signalen")); // no row: no signals
        }).toList())));
        return new DropOut(redenen, rows);
    }

    private static List<String> sentences(PublishedBreakdown b, PublishedMonth nl, LocalDate maand) {
        List<String> s = new ArrayList<>();
        String type = b.waarde();
        s.add("In " + DutchFormat.month(maand) + " stuurden partners van het type " + type + " "
                + DutchFormat.count(b.signalen(), b.secundair("signalen")) + " signalen"
                + (nl != null && Suppression.pct(b.signalen(), nl.signalen()) != null
                ? " (" + Headline.pct(Suppression.pct(b.signalen(), nl.signalen())) + " van alle signalen)" : "") + ".");
        s.add("Gemeenten openden daarop " + DutchFormat.count(b.zaken(), b.secundair("zaken"))
                + " zaken waarvan het eerste signaal van dit partnertype kwam.");
        if (b.bereikPct() != null) {
            s.add("In " + Headline.pct(b.bereikPct()) + " van die zaken is de inwoner bereikt"
                    + (nl != null && nl.bereikPct() != null ? " (alle partnertypes samen: " + Headline.pct(nl.bereikPct()) + ")" : "")
                    + (b.hulpacceptatiePctVanBereikt() != null
                    ? "; van de bereikte inwoners accepteerde " + Headline.pct(b.hulpacceptatiePctVanBereikt()) + " hulp." : "."));
        } else {
            s.add("Het bereik van deze zaken is niet te tonen: te weinig zaken.");
        }
        return s;
    }
}
