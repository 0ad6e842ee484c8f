package nl.vroeg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.Html;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.area.AreaReport.EventRow;
import nl.vroeg.lake.published.area.Suppression;
import nl.vroeg.reports.ReportHtml.Row;
import nl.vroeg.reports.ReportWorkbook.Hidden;
import nl.vroeg.reports.ReportWorkbook.Table;
import static nl.vroeg.reports.ReportWorkbook.count;
import static nl.vroeg.reports.ReportWorkbook.decimal;

/** A partner type's feedback as XHTML (for the PDF) and as xlsx, with the same figures. */
final class PartnerOutput {

    static final String UITVAL_NIET_BESCHIKBAAR = "De uitval naar reden per partnertype (waarom signalen niet werden opgepakt) wordt nog"
            + " niet gepubliceerd; de rapportage van de gemeenten toont de uitval naar reden voor alle partners samen.";
    private static final List<String> HEADERS = List.of("Gebied", "#Signalen", "#Zaken", "#Bereikt", "#Bereik %", "#Hulp geaccepteerd",
            "#Hulpacceptatie % van bereikt");

    private PartnerOutput() {
    }

    static String html(PartnerReport p) {
        String maand = DutchFormat.month(p.maand());
        Html h = ReportHtml.document("Terugkoppeling aan partners: " + p.partnertype() + ", " + maand,
                "Vroegsignalering schulden · terugkoppeling " + p.partnertype() + " · " + maand);
        h.el("p", "Terugkoppeling aan vaste-lastenpartners", "class", "bovenschrift");
        h.el("h1", p.partnertype());
        h.open("p", "class", "maand").text(maand + " ").el("span", p.totaalLand() != null && p.totaalLand().voorlopig() ? "voorlopig" : "definitief",
                "class", "status").close("p");
        h.el("p", p.maandKeuze(), "class", "keuze");
        h.open("div", "class", "kern");
        for (String s : p.kop()) h.el("p", s);
        h.close("div");
        h.el("h2", "Wat er met de signalen gebeurde");
        h.el("p", "Zaken tellen bij het partnertype van hun eerste signaal. Bereikt: de gemeente kreeg contact met de inwoner."
                + " Hulp geaccepteerd: de inwoner nam hulp aan; de partner schort de incasso dan 30 dagen op.");
        List<Row> rows = new ArrayList<>();
        rows.add(row("Nederland", p.land()));
        for (PartnerReport.ProvinceRow pr : p.provincies()) rows.add(row("provincie " + pr.provincienaam(), pr.groep()));
        ReportHtml.table(h, HEADERS, rows);
        h.el("h3", "Uitval naar reden");
        if (p.uitval() == null) {
            h.el("p", UITVAL_NIET_BESCHIKBAAR, "class", "melding");
        } else {
            h.el("p", uitvalUitleg(p));
            List<Row> reasons = new ArrayList<>();
            for (PartnerReport.DropOutRow r : p.uitval().rijen()) {
                List<String> cells = new ArrayList<>(List.of(r.gebied()));
                for (PartnerReport.Count c : r.aantallen()) cells.add(DutchFormat.count(c.waarde(), c.secundair()));
                reasons.add(Row.of(cells.toArray(String[]::new)));
            }
            ReportHtml.table(h, uitvalHeaders(p, "#"), reasons);
        }
        h.el("h2", "Gebeurtenissen na signalen (Nederland)");
        if (p.gebeurtenissen() == null) {
            h.el("p", "Gebeurtenissen van partners worden nog niet gepubliceerd.", "class", "melding");
        } else {
            h.el("p", "Gemeld door alle partners, januari t/m " + maand + ". 'Met signaal vooraf': het adres had in de 12 maanden ervoor een"
                    + " vroegsignaal.");
            List<Row> events = new ArrayList<>();
            for (EventRow e : p.gebeurtenissen()) {
                events.add(Row.of(e.gebeurtenis(), e.ditJaar() == null ? DutchFormat.NOT_SHOWN : DutchFormat.count(e.ditJaar()),
                        DutchFormat.decimal(e.metSignaalVoorafPct())));
            }
            ReportHtml.table(h, List.of("Gebeurtenis", "#Aantal", "#Met signaal vooraf %"), events);
        }
        ReportHtml.appendix(h);
        return ReportHtml.end(h);
    }

    /** What the drop-out section shows, in Dutch (the PDF's paragraph, a line of the xlsx cover). */
    static String uitvalUitleg(PartnerReport p) {
        return "Signalen van " + p.partnertype() + " uit " + DutchFormat.month(p.maand()) + " die de gemeente niet oppakte, naar de reden"
                + " (de status van het signaal). Signalen die nog niet zijn opgepakt of geen status hebben, tellen hier niet mee."
                + " Kleine aantallen, en aantallen waaruit die terug te rekenen zijn, staan als '" + DutchFormat.SUPPRESSED_COUNT
                + "' en '" + DutchFormat.SECONDARY_SUPPRESSED + "' (zie de bijlage).";
    }

    /** "Gebied" and the reasons; {@code numeric} marks the reasons' columns for the PDF ("#"), empty for the xlsx. */
    private static List<String> uitvalHeaders(PartnerReport p, String numeric) {
        List<String> headers = new ArrayList<>(List.of("Gebied"));
        for (String reden : p.uitval().redenen()) headers.add(numeric + reden);
        return headers;
    }

    private static Row row(String area, PublishedBreakdown b) {
        return Row.of(area, DutchFormat.count(b.signalen(), b.secundair("signalen")), DutchFormat.count(b.zaken(), b.secundair("zaken")),
                DutchFormat.count(b.zakenBereikt(), b.secundair("zaken_bereikt")), DutchFormat.decimal(b.bereikPct()),
                DutchFormat.count(b.zakenHulpGeaccepteerd(), b.secundair("zaken_hulp_geaccepteerd")),
                DutchFormat.decimal(b.hulpacceptatiePctVanBereikt()));
    }

    static void xlsx(PartnerReport p, Path file, double target) {
        try (ReportWorkbook wb = new ReportWorkbook()) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(cells("Nederland", p.land()));
            for (PartnerReport.ProvinceRow pr : p.provincies()) rows.add(cells("provincie " + pr.provincienaam(), pr.groep()));
            wb.add(new Table("Signalen en zaken", "Signalen van " + p.partnertype() + " en hun zaken, " + DutchFormat.month(p.maand()),
                    HEADERS.stream().map(s -> s.replace("#", "")).toList(), rows, 4, 1));
            if (p.uitval() != null) {
                List<List<Object>> reasons = new ArrayList<>();
                for (PartnerReport.DropOutRow r : p.uitval().rijen()) {
                    List<Object> cells = new ArrayList<>(List.of(r.gebied()));
                    for (PartnerReport.Count c : r.aantallen()) cells.add(count(c.waarde(), c.secundair()));
                    reasons.add(cells);
                }
                wb.add(new Table("Uitval naar reden", "Niet opgepakte signalen van " + p.partnertype() + " naar reden, "
                        + DutchFormat.month(p.maand()), uitvalHeaders(p, ""), reasons));
            }
            List<List<Object>> events = new ArrayList<>();
            if (p.gebeurtenissen() == null) {
                events.add(List.of("Gebeurtenissen van partners worden nog niet gepubliceerd."));
            } else {
                for (EventRow e : p.gebeurtenissen()) {
                    events.add(List.of(e.gebeurtenis(), e.ditJaar() == null ? new Hidden(DutchFormat.NOT_SHOWN) : e.ditJaar(),
                            decimal(e.metSignaalVoorafPct())));
                }
            }
            wb.add(new Table("Gebeurtenissen", "Gebeurtenissen in Nederland, januari t/m " + DutchFormat.month(p.maand()),
                    List.of("Gebeurtenis", "Aantal", "Met signaal vooraf %"), events));
            List<String> lines = new ArrayList<>();
            lines.add(p.maandKeuze());
            lines.addAll(p.kop());
            lines.add(p.uitval() == null ? UITVAL_NIET_BESCHIKBAAR : uitvalUitleg(p));
            lines.addAll(Suppression.uitlegTekst());
            wb.save(file, "Terugkoppeling aan partners: " + p.partnertype() + ", " + DutchFormat.month(p.maand()), lines, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> cells(String area, PublishedBreakdown b) {
        return List.of(area, count(b.signalen(), b.secundair("signalen")), count(b.zaken(), b.secundair("zaken")),
                count(b.zakenBereikt(), b.secundair("zaken_bereikt")), decimal(b.bereikPct()),
                count(b.zakenHulpGeaccepteerd(), b.secundair("zaken_hulp_geaccepteerd")), decimal(b.hulpacceptatiePctVanBereikt()));
    }
}
