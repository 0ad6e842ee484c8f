package nl.vroeg.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroeg.dashboards.Table.Cell;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.Html;
import nl.vroeg.lake.published.PublishedAfloop;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport;
import nl.vroeg.lake.published.area.AreaReport.BreakdownRow;
import nl.vroeg.lake.published.area.AreaReport.RankedRow;
import nl.vroeg.lake.published.area.Headline;
import nl.vroeg.lake.published.area.ReportModel;
import nl.vroeg.lake.published.area.Suppression;

/**
 * One page of the site: a municipality, a province or NL (index.html), rendered from the same {@link AreaReport}
 * as its monthly report, so page and report say the same sentences. Returns the HTML and, separately, the chart
 * data (a script assigning a global: pages opened from disk may not fetch JSON).
 */
final class AreaPage {

    /** A rendered page: its HTML and its data file's script. */
    record Rendered(String html, String dataScript) {
    }

    private final AreaReport r;
    private final String root;
    private final Html h;
    private final Map<String, Object> charts = new LinkedHashMap<>();

    private AreaPage(AreaReport r, String root, Html h) {
        this.r = r;
        this.root = root;
        this.h = h;
    }

    /**
     * @param provinces the provinces ranked (NL's page only, else empty)
     * @param nlSeries  NL's months, for the comparison line and NL's own chart (its whole series on index.html)
     */
    static Rendered render(SiteContext site, AreaReport r, List<RankedRow> provinces, List<PublishedMonth> nlSeries) {
        boolean nl = "NL".equals(r.area().code());
        String root = nl ? "" : "../";
        String title = r.isGemeente() ? "Gemeente " + r.area().naam() : nl ? "Nederland" : "Provincie " + r.area().naam();
        Html h = PageFrame.start(title + ", " + DutchFormat.month(r.maand()), root, "data/" + r.area().code() + ".js",
                r.isGemeente() ? r.area().provincienaam() : null, root + "provincies/" + r.area().provinciecode() + ".html");
        AreaPage page = new AreaPage(r, root, h);
        page.front(title);
        page.section("bereik", "Bereik per maand");
        SiteCharts.reach(r, nl ? nlSeries : r.reeks(), nlSeries).render(h, page.charts);
        h.close("section");
        if (r.isGemeente()) page.comparison();
        else page.ranking(nl, provinces);
        page.funnel();
        page.breakdowns();
        page.events();
        page.afloop();
        String html = PageFrame.end(h, site.generatedOn());
        return new Rendered(html, "window.VROEG_GRAFIEKEN = " + site.json(page.charts) + ";\n");
    }

    private void section(String id, String title) {
        h.open("section", "aria-labelledby", "kop-" + id).el("h2", title, "id", "kop-" + id);
    }

    private void front(String title) {
        PublishedMonth m = r.nu();
        h.el("h1", title);
        h.open("p", "class", "peilmaand").text(DutchFormat.month(r.maand()) + " ")
                .el("span", m.voorlopig() ? "voorlopig" : "definitief", "class", m.voorlopig() ? "status voorlopig" : "status definitief")
                .close("p");
        h.el("p", r.maandKeuze(), "class", "keuze");
        section("samenvatting", "Samenvatting");
        h.open("div", "class", "kern");
        for (String sentence : r.kop()) h.el("p", sentence);
        h.close("div");
        h.open("dl", "class", "kerncijfers");
        kpi("signalen", "Signalen", DutchFormat.count(m.signalen(), m.secundair("signalen")), null);
        kpi("zaken", "Zaken", DutchFormat.count(m.zaken(), m.secundair("zaken")), null);
        kpi("bereik_pct", "Bereik", DutchFormat.percent(m.bereikPct()), "doel " + Headline.pct(r.doel())
                + (m.bereikVerschilDoelPp() == null ? "" : " · " + DutchFormat.points(m.bereikVerschilDoelPp()) + " procentpunt"));
        kpi("hulpacceptatie_pct_van_bereikt", "Hulpacceptatie", DutchFormat.percent(m.hulpacceptatiePctVanBereikt()), "van de bereikte zaken");
        kpi("binnen_4_weken_pct", "Binnen 4 weken", DutchFormat.percent(m.binnen4WekenPct()), "eerste contactpoging");
        kpi("uitval_pct", "Uitval", DutchFormat.percent(m.uitvalPct()), "signalen niet opgepakt");
        h.close("dl").close("section");
    }

    private void kpi(String column, String label, String value, String note) {
        h.open("div", "class", "kerncijfer", "data-kpi", column).el("dt", label).el("dd", value, "class", "waarde");
        if (note != null) h.el("dd", note, "class", "noot");
        h.close("div");
    }

    /** Peers (same CBS size class), and the month beside the province, NL and a year earlier. */
    private void comparison() {
        section("vergelijking", "Vergelijking");
        h.el("h3", "Vergelijkingsgroep");
        if (r.peers() != null && r.peers().spreiding() != null) {
            int peers = r.peers().waarden().size();
            h.el("p", (peers == 1 ? "De ene gemeente" : "De " + peers + " gemeenten") + " met " + r.peers().klasse().label + " (CBS-gemeentegrootteklasse "
                    + r.peers().klasse().number() + ") met een getoond bereik in " + DutchFormat.month(r.maand()) + ".");
            SiteCharts.peers(r).render(h, charts);
        } else {
            h.el("p", "Geen vergelijkingsgroep: het inwonertal of het bereik van de groep is niet bekend.", "class", "melding");
        }
        h.el("h3", "Naast de provincie, Nederland en een jaar eerder");
        List<PublishedMonth> areas = new ArrayList<>();
        areas.add(r.nu());
        if (r.provincie() != null) areas.add(r.provincie());
        if (r.land() != null) areas.add(r.land());
        if (r.vorigJaar() != null) areas.add(r.vorigJaar());
        List<List<Cell>> rows = new ArrayList<>();
        for (PublishedMonth a : areas) {
            String label = a == r.vorigJaar() ? r.area().naam() + ", " + DutchFormat.month(a.maand())
                    : "provincie".equals(a.niveau()) ? "provincie " + a.gemeentenaam() : a.gemeentenaam();
            rows.add(List.of(Cell.text(label), Cell.count(a.signalen(), a.secundair("signalen")), Cell.decimal(a.signalenPer1000Inwoners()),
                    Cell.count(a.zaken(), a.secundair("zaken")), Cell.reach(a.bereikPct(), a.reachesTarget()), Cell.points(a.bereikVerschilDoelPp()),
                    Cell.decimal(a.hulpacceptatiePctVanBereikt()), Cell.decimal(a.binnen4WekenPct())));
        }
        Table.render(h, null, List.of("Gebied", "#Signalen", "#Signalen per 1.000 inwoners", "#Zaken", "#Bereik %", "#Verschil met doel (pp)",
                "#Hulpacceptatie %", "#Binnen 4 weken %"), rows, 0, false, 0);
        h.close("section");
    }

    /** The distribution of reach over the municipalities and the sortable rankings (municipalities; on NL's page also provinces). */
    private void ranking(boolean nl, List<RankedRow> provinces) {
        String where = nl ? "" : " in de " + r.area().label();
        section("gemeenten", "Gemeenten" + where);
        SiteCharts.distribution(r.ranglijst(), r.doel(), where).render(h, charts);
        h.el("h3", "Ranglijst van de gemeenten");
        rankingTable(r.ranglijst(), "gemeenten/", "Gemeente", "Gemeenten" + where + " naar bereik in " + DutchFormat.month(r.maand()) + ".");
        h.close("section");
        if (nl && !provinces.isEmpty()) {
            section("provincies", "Provincies");
            rankingTable(provinces, "provincies/", "Provincie", "Provincies naar bereik in " + DutchFormat.month(r.maand()) + ".");
            h.close("section");
        }
    }

    private void rankingTable(List<RankedRow> ranking, String folder, String kind, String caption) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RankedRow g : ranking) {
            PublishedMonth m = g.maand();
            rows.add(List.of(Cell.place(g.plaats()), Cell.link(m.gemeentenaam(), PublishedFigures.sortName(m.gemeentenaam()),
                    root + folder + m.gemeentecode() + ".html"),
                    Cell.count(m.zaken(), m.secundair("zaken")), Cell.reach(m.bereikPct(), m.reachesTarget()), Cell.points(m.bereikVerschilDoelPp()),
                    Cell.decimal(m.hulpacceptatiePctVanBereikt()), Cell.text(g.trend().pijl + " " + g.trend().woord),
                    Cell.text(m.voorlopig() ? "voorlopig" : "definitief")));
        }
        Table.render(h, caption, List.of("#Plaats", kind, "#Zaken", "#Bereik %", "#Verschil met doel (pp)", "#Hulpacceptatie %",
                "Trend (3 maanden)", "Status"), rows, 1, true, -1);
    }

    private void funnel() {
        section("trechter", "De trechter van " + DutchFormat.month(r.maand()));
        SiteCharts.funnel(r).render(h, charts);
        if (!r.uitvalRedenen().isEmpty()) {
            h.el("h3", "Niet opgepakt, naar reden");
            List<List<Cell>> rows = new ArrayList<>();
            for (PublishedBreakdown b : r.uitvalRedenen()) {
                rows.add(List.of(Cell.text(b.waarde()), Cell.count(b.signalen(), b.secundair("signalen")),
                        Cell.text(DutchFormat.percent(Suppression.pct(b.signalen(), r.nu().signalen())))));
            }
            Table.render(h, null, List.of("Reden", "#Signalen", "#Aandeel van alle signalen"), rows, 0, false, -1);
        }
        h.close("section");
    }

    private void breakdowns() {
        section("uitsplitsingen", "Uitsplitsingen");
        boolean any = false;
        for (Map.Entry<String, String> d : ReportModel.DIMENSIES.entrySet()) {
            List<BreakdownRow> groups = r.uitsplitsingen().getOrDefault(d.getKey(), List.of());
            if (groups.isEmpty()) continue;
            any = true;
            h.el("h3", d.getValue());
            SiteCharts.breakdown(r, d.getKey(), d.getValue(), groups).render(h, charts);
        }
        if (!any) h.el("p", "Er zijn geen uitsplitsingen gepubliceerd over " + DutchFormat.month(r.maand()) + ".", "class", "melding");
        h.close("section");
    }

    private void events() {
        section("gebeurtenissen", "Ontruimingen en afsluitingen");
        if (r.gebeurtenissen() == null) {
            h.el("p", "Gebeurtenissen van partners (ontruimingen, afsluitingen, wanbetalersregeling) worden nog niet gepubliceerd.", "class", "melding");
        } else if (r.gebeurtenissen().isEmpty()) {
            h.el("p", "Geen gebeurtenissen van partners gemeld in " + r.maand().getYear() + ".", "class", "melding");
        } else {
            h.el("p", "Gemeld door partners, januari tot en met " + DutchFormat.month(r.maand()) + ", per 1.000 inwoners, tegen dezelfde"
                    + " maanden een jaar eerder. 'Met signaal vooraf': het adres had in de 12 maanden ervoor een vroegsignaal.");
            SiteCharts.events(r).render(h, charts);
        }
        h.close("section");
    }

    private void afloop() {
        section("afloop", "Afloop: gebeurtenissen na bereikte en niet-bereikte zaken");
        if (r.afloop() == null) {
            h.el("p", "De afloop van zaken (ontruiming of afsluiting binnen een jaar na het signaal) wordt nog niet gepubliceerd.", "class", "melding");
        } else if (r.afloop().isEmpty()) {
            h.el("p", "Nog geen afloop bekend voor de zaken van de laatste twaalf maanden.", "class", "melding");
        } else {
            h.el("p", "Per cohortmaand: het aandeel zaken waarvan het adres binnen 365 dagen na het eerste signaal de gebeurtenis kreeg,"
                    + " voor bereikte (B) en niet-bereikte (N) zaken. 'voorlopig': het jaar na het signaal is nog niet voorbij.");
            List<String> headers = new ArrayList<>(List.of("Cohortmaand", "#Bereikt", "#Niet bereikt"));
            for (String kind : PublishedAfloop.GEBEURTENISSEN) {
                String name = kind.replace('_', ' ');
                headers.add("#" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " B %");
                headers.add("#" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " N %");
            }
            headers.add("Status");
            List<List<Cell>> rows = new ArrayList<>();
            for (PublishedAfloop a : r.afloop()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(DutchFormat.month(a.maand())),
                        Cell.count(a.zakenBereikt(), a.secundair("zaken_bereikt")), Cell.count(a.zakenNietBereikt(), a.secundair("zaken_niet_bereikt"))));
                for (String kind : PublishedAfloop.GEBEURTENISSEN) {
                    row.add(Cell.decimal(a.pctBereikt().get(kind)));
                    row.add(Cell.decimal(a.pctNietBereikt().get(kind)));
                }
                row.add(Cell.text(a.voorlopig() ? "voorlopig" : "definitief"));
                rows.add(row);
            }
            Table.render(h, null, headers, rows, 0, false, -1);
        }
        h.close("section");
    }
}
