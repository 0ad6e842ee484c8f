package nl.vroeg.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.Html;
import nl.vroeg.lake.published.PublishedAfloop;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport.BreakdownRow;
import nl.vroeg.lake.published.area.AreaReport.EventRow;
import nl.vroeg.lake.published.area.AreaReport.FunnelStep;
import nl.vroeg.lake.published.area.AreaReport.RankedRow;
import nl.vroeg.lake.published.area.AreaReport;
import nl.vroeg.lake.published.area.Headline;
import nl.vroeg.lake.published.area.ReportModel;
import nl.vroeg.lake.published.area.Suppression;
import nl.vroeg.reports.ReportHtml.Cell;
import nl.vroeg.reports.ReportHtml.Row;

/** A municipality's, province's or the national report as XHTML: the pages of the PDF. */
final class AreaHtml {

    private AreaHtml() {
    }

    static ReportHtml.Page render(AreaReport r) {
        ChartObjects charts = new ChartObjects();
        String maand = DutchFormat.month(r.maand());
        String titel = "Maandrapportage vroegsignalering schulden, " + r.area().label() + ", " + maand;
        Html h = ReportHtml.document(titel, "Vroegsignalering schulden · " + r.area().label() + " · " + maand);
        front(h, r, charts);
        comparison(h, r, charts);
        funnel(h, r);
        whatWorks(h, r, charts);
        events(h, r);
        if (!r.isGemeente()) ranking(h, r, charts);
        ReportHtml.appendix(h);
        return new ReportHtml.Page(ReportHtml.end(h), charts);
    }

    private static void front(Html h, AreaReport r, ChartObjects charts) {
        h.el("p", "Maandrapportage vroegsignalering schulden", "class", "bovenschrift");
        h.el("h1", r.area().isGemeente() ? "Gemeente " + r.area().naam() : "NL".equals(r.area().code()) ? "Nederland" : "Provincie " + r.area().naam());
        h.open("p", "class", "maand").text(DutchFormat.month(r.maand()) + " ")
                .el("span", r.nu().voorlopig() ? "voorlopig" : "definitief", "class", "status").close("p");
        h.el("p", r.maandKeuze(), "class", "keuze");
        h.open("div", "class", "kern");
        for (String sentence : r.kop()) h.el("p", sentence);
        h.close("div");
        PublishedMonth m = r.nu();
        h.open("table", "class", "kpi").open("tr");
        kpi(h, pct(m.bereikPct()), "bereik (doel " + Headline.pct(r.doel()) + ")");
        kpi(h, pct(m.hulpacceptatiePctVanBereikt()), "hulpacceptatie van bereikte zaken");
        kpi(h, pct(m.binnen4WekenPct()), "eerste contactpoging binnen 4 weken");
        kpi(h, pct(m.uitvalPct()), "uitval van signalen");
        h.close("tr").close("table");
        h.el("h2", "Bereik per maand");
        ReportHtml.figure(h, charts.place(Charts.reach(r), 680, 300, "Bereik per maand van " + r.area().naam() + " tegen het doel"),
                "Bereik per cohortmaand (de maand van het eerste signaal van de zaak). Gestippeld: Nederland. Streeplijn: het landelijk doel."
                        + " Grijs vlak en open punten: voorlopige maanden, waarvan de zaken nog lopen. Een ontbrekend punt: te weinig zaken om te tonen.");
    }

    private static void kpi(Html h, String value, String label) {
        h.open("td").el("div", value, "class", "kpi-waarde").el("div", label, "class", "kpi-label").close("td");
    }

    private static void comparison(Html h, AreaReport r, ChartObjects charts) {
        h.open("div", "class", "nieuwe-pagina").el("h2", "Vergelijking");
        if (r.peers() != null && !r.peers().waarden().isEmpty()) {
            AreaReport.PeerGroup p = r.peers();
            h.el("p", "Vergelijkingsgroep: de " + p.waarden().size() + " gemeenten met " + p.klasse().label + " (CBS-gemeentegrootteklasse "
                    + p.klasse().number() + ") met een getoond bereik in " + DutchFormat.month(r.maand()) + ".");
            ReportHtml.figure(h, charts.place(Charts.peers(r), 680, 170, "Bereik van " + r.area().naam() + " in de vergelijkingsgroep"),
                    "Elke grijze stip is een gemeente uit de groep; het vierkant is " + r.area().naam()
                            + ". Het grijze vlak is de middelste helft van de groep (eerste tot derde kwartiel).");
            if (p.spreiding() != null) {
                ReportHtml.table(h, List.of("Vergelijkingsgroep", "#Gemeenten", "#Eerste kwartiel %", "#Mediaan %", "#Derde kwartiel %",
                        "#" + r.area().naam() + " %", "#Plaats"), List.of(Row.of(p.klasse().label, String.valueOf(p.spreiding().n()),
                        DutchFormat.decimal(p.spreiding().q1()), DutchFormat.decimal(p.spreiding().median()), DutchFormat.decimal(p.spreiding().q3()),
                        DutchFormat.decimal(r.nu().bereikPct()), p.rang() == null ? DutchFormat.NOT_SHOWN : p.rang().place() + " van " + p.rang().of())));
            }
        } else if (r.isGemeente()) {
            h.el("p", "Geen vergelijkingsgroep: het inwonertal of het bereik van de groep is niet bekend.", "class", "melding");
        }
        List<PublishedMonth> areas = new ArrayList<>();
        areas.add(r.nu());
        if (r.provincie() != null) areas.add(r.provincie());
        if (r.land() != null && !"NL".equals(r.area().code())) areas.add(r.land());
        if (r.vorigJaar() != null) areas.add(r.vorigJaar());
        List<Row> rows = new ArrayList<>();
        for (PublishedMonth a : areas) {
            String label = (a == r.vorigJaar() ? r.area().naam() + ", " + DutchFormat.month(a.maand()) : areaLabel(a));
            rows.add(new Row(List.of(Cell.of(label), Cell.of(count(a.signalen(), a, "signalen")), Cell.of(DutchFormat.decimal(a.signalenPer1000Inwoners())),
                    Cell.of(count(a.zaken(), a, "zaken")), Cell.of(count(a.zakenBereikt(), a, "zaken_bereikt")), reach(a),
                    Cell.of(DutchFormat.decimal(a.bereikVerschilDoelPp())), Cell.of(DutchFormat.decimal(a.hulpacceptatiePctVanBereikt())),
                    Cell.of(DutchFormat.decimal(a.binnen4WekenPct())), Cell.of(DutchFormat.decimal(a.mediaanDagenTotEerstePoging()))), a == r.nu()));
        }
        h.el("h3", "In " + DutchFormat.month(r.maand()) + " naast de provincie, Nederland en een jaar eerder");
        ReportHtml.table(h, List.of("Gebied", "#Signalen", "#Per 1.000 inwoners", "#Zaken", "#Bereikt", "#Bereik %", "#Verschil met doel (pp)",
                "#Hulpacceptatie %", "#Binnen 4 weken %", "#Mediaan dagen tot eerste poging"), rows);
        h.close("div");
    }

    private static void funnel(Html h, AreaReport r) {
        h.el("h2", "De trechter van " + DutchFormat.month(r.maand()));
        h.el("p", "Van signaal tot hulp. Signalen tellen in de maand van de signaaldatum, zaken in de maand van hun eerste signaal.");
        List<Row> rows = new ArrayList<>();
        for (FunnelStep s : r.trechter()) {
            rows.add(Row.of(s.label(), DutchFormat.count(s.aantal(), s.secundair()), s.aandeelVan() == null ? "" : pct(s.aandeel()),
                    s.aandeelVan() == null ? "" : s.aandeelVan(), s.aandeelVan() == null ? "" : pct(s.landAandeel())));
        }
        ReportHtml.table(h, List.of("Stap", "#Aantal", "#Aandeel", "van", "#Nederland"), rows);
        if (!r.uitvalRedenen().isEmpty()) {
            h.el("h3", "Niet opgepakt, naar reden");
            List<Row> reasons = new ArrayList<>();
            for (PublishedBreakdown b : r.uitvalRedenen()) {
                reasons.add(Row.of(b.waarde(), DutchFormat.count(b.signalen(), b.secundair("signalen")),
                        pct(Suppression.pct(b.signalen(), r.nu().signalen()))));
            }
            ReportHtml.table(h, List.of("Reden", "#Signalen", "#Aandeel van alle signalen"), reasons);
        }
    }

    private static void whatWorks(Html h, AreaReport r, ChartObjects charts) {
        h.open("div", "class", "nieuwe-pagina").el("h2", "Wat werkt");
        List<BreakdownRow> contact = r.uitsplitsingen().getOrDefault("contactsoort", List.of());
        if (!contact.isEmpty()) {
            h.el("h3", "Bereik naar contactvorm");
            ReportHtml.figure(h, charts.place(Charts.bars(r.area().naam(), contact.stream().map(b -> b.eigen().waarde()).toList(),
                            contact.stream().map(b -> b.eigen().bereikPct()).toList(),
                            "NL".equals(r.area().code()) ? null : contact.stream().map(b -> b.land() == null ? null : b.land().bereikPct()).toList(),
                            r.doel(), true), 680, 250, "Bereik naar contactvorm"),
                    "Zaken met minstens één poging van die vorm; een zaak kan in meer groepen vallen. 'alleen Brief': alle pogingen waren brieven.");
        }
        for (Map.Entry<String, String> d : ReportModel.DIMENSIES.entrySet()) {
            List<BreakdownRow> rows = r.uitsplitsingen().getOrDefault(d.getKey(), List.of());
            if (rows.isEmpty()) continue;
            h.el("h3", d.getValue());
            ReportHtml.table(h, List.of(d.getValue(), "#Signalen", "#Zaken", "#Bereikt", "#Bereik %", "#Hulpacceptatie %", "#Bereik % Nederland"),
                    rows.stream().map(b -> breakdownRow(b, r.doel())).toList());
        }
        h.el("h3", "Tijdigheid");
        h.el("p", "Binnen 4 weken een eerste contactpoging: " + pct(r.nu().binnen4WekenPct()) + " van de zaken"
                + (r.land() != null ? " (Nederland " + pct(r.land().binnen4WekenPct()) + ")" : "") + ". Mediaan dagen tot de eerste poging: "
                + DutchFormat.decimal(r.nu().mediaanDagenTotEerstePoging()) + ".");
        h.close("div");
    }

    private static Row breakdownRow(BreakdownRow b, double doel) {
        PublishedBreakdown e = b.eigen();
        return new Row(List.of(Cell.of(e.waarde()),
                Cell.of(e.groupsSignals() ? DutchFormat.count(e.signalen(), e.secundair("signalen")) : ""),
                Cell.of(e.groupsCases() ? DutchFormat.count(e.zaken(), e.secundair("zaken")) : ""),
                Cell.of(e.groupsCases() ? DutchFormat.count(e.zakenBereikt(), e.secundair("zaken_bereikt")) : ""),
                new Cell(e.groupsCases() ? DutchFormat.decimal(e.bereikPct()) : "", e.bereikPct() != null && e.bereikPct() >= doel),
                Cell.of(e.groupsCases() ? DutchFormat.decimal(e.hulpacceptatiePctVanBereikt()) : ""),
                Cell.of(e.groupsCases() && b.land() != null ? DutchFormat.decimal(b.land().bereikPct()) : "")), false);
    }

    private static void events(Html h, AreaReport r) {
        h.open("div", "class", "nieuwe-pagina").el("h2", "Ontruimingen en afsluitingen");
        if (r.gebeurtenissen() == null) {
            h.el("p", "Gebeurtenissen van partners (ontruimingen, afsluitingen, wanbetalersregeling) worden nog niet gepubliceerd;"
                    + " dit deel volgt zodra ze door de privacycontrole zijn.", "class", "melding");
        } else if (r.gebeurtenissen().isEmpty()) {
            h.el("p", "Geen gebeurtenissen van partners gemeld in " + r.maand().getYear() + ".", "class", "melding");
        } else {
            String periode = "januari t/m " + DutchFormat.month(r.maand());
            h.el("p", "Gemeld door partners, " + periode + ", tegen dezelfde maanden een jaar eerder. 'Met signaal vooraf': het adres had in de"
                    + " 12 maanden ervoor een vroegsignaal, dus een kans op hulp.");
            List<Row> rows = new ArrayList<>();
            for (EventRow e : r.gebeurtenissen()) {
                rows.add(Row.of(e.gebeurtenis(), e.ditJaar() == null ? DutchFormat.NOT_SHOWN : DutchFormat.count(e.ditJaar()), DutchFormat.decimal(e.ditJaarPer1000()),
                        e.vorigJaar() == null ? DutchFormat.NOT_SHOWN : DutchFormat.count(e.vorigJaar()), DutchFormat.decimal(e.vorigJaarPer1000()),
                        DutchFormat.decimal(e.metSignaalVoorafPct())));
            }
            ReportHtml.table(h, List.of("Gebeurtenis", "#" + r.maand().getYear(), "#Per 1.000 inwoners", "#" + (r.maand().getYear() - 1),
                    "#Per 1.000 inwoners ", "#Met signaal vooraf %"), rows);
        }
        h.el("h3", "Afloop: gebeurtenissen na bereikte en niet-bereikte zaken");
        if (r.afloop() == null) {
            h.el("p", "De afloop van zaken (ontruiming of afsluiting binnen een jaar na het signaal) wordt nog niet gepubliceerd.", "class", "melding");
        } else if (r.afloop().isEmpty()) {
            h.el("p", "Nog geen afloop bekend voor de zaken van de laatste twaalf maanden.", "class", "melding");
        } else {
            h.el("p", "Per cohortmaand: het aandeel zaken waarvan het adres binnen 365 dagen na het eerste signaal een aanzegging, ontruiming,"
                    + " afsluiting of registratie bij de wanbetalersregeling kreeg, voor bereikte (B) en niet-bereikte (N) zaken."
                    + " 'voorlopig': het jaar na het signaal is nog niet voorbij.");
            List<String> headers = new ArrayList<>(List.of("Cohortmaand", "#Bereikt", "#Niet bereikt"));
            for (String kind : PublishedAfloop.GEBEURTENISSEN) {
                String name = kind.replace('_', ' ');
                headers.add("#" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " B %");
                headers.add("#N %");
            }
            headers.add("Status");
            List<Row> rows = new ArrayList<>();
            for (PublishedAfloop a : r.afloop()) {
                List<String> cells = new ArrayList<>(List.of(DutchFormat.month(a.maand()), DutchFormat.count(a.zakenBereikt(), a.secundair("zaken_bereikt")),
                        DutchFormat.count(a.zakenNietBereikt(), a.secundair("zaken_niet_bereikt"))));
                for (String kind : PublishedAfloop.GEBEURTENISSEN) {
                    cells.add(DutchFormat.decimal(a.pctBereikt().get(kind)));
                    cells.add(DutchFormat.decimal(a.pctNietBereikt().get(kind)));
                }
                cells.add(a.voorlopig() ? "voorlopig" : "definitief");
                rows.add(Row.of(cells.toArray(String[]::new)));
            }
            ReportHtml.table(h, headers, rows);
        }
        h.close("div");
    }

    private static void ranking(Html h, AreaReport r, ChartObjects charts) {
        h.open("div", "class", "nieuwe-pagina").el("h2", "Alle gemeenten" + ("NL".equals(r.area().code()) ? "" : " in de " + r.area().label()));
        ReportHtml.figure(h, charts.place(Charts.distribution(r), 680, 240, "Verdeling van het bereik over de gemeenten"),
                "Aantal gemeenten per bereik in stappen van 5 procentpunt; donker: op of boven het doel van " + Headline.pct(r.doel()) + ".");
        List<Row> rows = new ArrayList<>();
        for (RankedRow g : r.ranglijst()) {
            PublishedMonth m = g.maand();
            rows.add(new Row(List.of(Cell.of(g.plaats() == null ? DutchFormat.NOT_SHOWN : String.valueOf(g.plaats())), Cell.of(m.gemeentenaam()),
                    Cell.of(count(m.zaken(), m, "zaken")), reach(m), Cell.of(DutchFormat.decimal(m.bereikVerschilDoelPp())),
                    Cell.of(g.trend().pijl + " " + g.trend().woord), Cell.of(m.voorlopig() ? "voorlopig" : "")), false));
        }
        ReportHtml.table(h, List.of("#Plaats", "Gemeente", "#Zaken", "#Bereik %", "#Verschil met doel (pp)", "Trend (3 maanden)", "Status"), rows);
        h.close("div");
    }

    static Cell reach(PublishedMonth m) {
        return new Cell(DutchFormat.decimal(m.bereikPct()), m.reachesTarget());
    }

    static String count(Long value, PublishedMonth m, String column) {
        return DutchFormat.count(value, m.secundair(column));
    }

    static String pct(Double value) {
        return DutchFormat.percent(value);
    }

    static String areaLabel(PublishedMonth m) {
        return switch (m.niveau()) {
            case "provincie" -> "provincie " + m.gemeentenaam();
            case "gemeente" -> "gemeente " + m.gemeentenaam();
            default -> m.gemeentenaam();
        };
    }
}
