package nl.vroeg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedAfloop;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport.BreakdownRow;
import nl.vroeg.lake.published.area.AreaReport.EventRow;
import nl.vroeg.lake.published.area.AreaReport.FunnelStep;
import nl.vroeg.lake.published.area.AreaReport.RankedRow;
import nl.vroeg.lake.published.area.AreaReport;
import nl.vroeg.lake.published.area.Glossary;
import nl.vroeg.lake.published.area.ReportModel;
import nl.vroeg.lake.published.area.Suppression;
import nl.vroeg.reports.ReportWorkbook.Hidden;
import nl.vroeg.reports.ReportWorkbook.Table;
import static nl.vroeg.reports.ReportWorkbook.count;
import static nl.vroeg.reports.ReportWorkbook.decimal;

/** A report's figures as an xlsx: the same figures as its PDF, as numbers, one table per sheet. */
final class AreaXlsx {

    /** The figure columns of a month or area row (after its leading label columns). */
    static final List<String> FIGURE_HEADERS = List.of("Signalen", "Signalen per 1.000 inwoners", "Uitval %", "Zaken",
            "Zaken met contactpoging", "Zaken bereikt", "Bereik %", "Verschil met doel (pp)", "Hulp geaccepteerd",
            "Hulpacceptatie % van bereikt", "Binnen 4 weken benaderd %", "Mediaan dagen tot eerste poging", "Status");
    /** Index of "Bereik %" within FIGURE_HEADERS. */
    static final int REACH = 6;

    private AreaXlsx() {
    }

    static void write(AreaReport r, Path xlsx) {
        try (ReportWorkbook wb = new ReportWorkbook()) {
            wb.add(new Table("Per maand", "Per maand, " + r.area().label() + " (voorlopige maanden gemarkeerd in de kolom Status)",
                    headers("Maand"), r.reeks().stream().map(m -> figures(List.of(DutchFormat.month(m.maand())), m)).toList(), 1 + REACH, 1));
            List<List<Object>> comparison = new ArrayList<>();
            comparison.add(figures(List.of(AreaHtml.areaLabel(r.nu())), r.nu()));
            if (r.provincie() != null) comparison.add(figures(List.of(AreaHtml.areaLabel(r.provincie())), r.provincie()));
            if (r.land() != null && !"NL".equals(r.area().code())) comparison.add(figures(List.of(r.land().gemeentenaam()), r.land()));
            if (r.vorigJaar() != null) comparison.add(figures(List.of(r.area().naam() + ", " + DutchFormat.month(r.vorigJaar().maand())), r.vorigJaar()));
            wb.add(new Table("Vergelijking", "Vergelijking in " + DutchFormat.month(r.maand()), headers("Gebied"), comparison, 1 + REACH, 1));
            if (r.peers() != null && r.peers().spreiding() != null) {
                AreaReport.PeerGroup p = r.peers();
                wb.add(new Table("Vergelijkingsgroep", "Bereik in de vergelijkingsgroep (CBS-gemeentegrootteklasse " + p.klasse().number() + ": "
                        + p.klasse().label + ")", List.of("Groep", "Gemeenten", "Eerste kwartiel %", "Mediaan %", "Derde kwartiel %",
                        r.area().naam() + " %", "Plaats", "Van"),
                        List.of(List.of(p.klasse().label, (long) p.spreiding().n(), p.spreiding().q1(), p.spreiding().median(), p.spreiding().q3(),
                                decimal(r.nu().bereikPct()), p.rang() == null ? new Hidden(DutchFormat.NOT_SHOWN) : (long) p.rang().place(),
                                p.rang() == null ? new Hidden(DutchFormat.NOT_SHOWN) : (long) p.rang().of())), 5, 1));
            }
            List<List<Object>> funnel = new ArrayList<>();
            for (FunnelStep s : r.trechter()) {
                funnel.add(List.of(s.label(), count(s.aantal(), s.secundair()), s.aandeelVan() == null ? "" : decimal(s.aandeel()),
                        s.aandeelVan() == null ? "" : s.aandeelVan(), s.aandeelVan() == null ? "" : decimal(s.landAandeel())));
            }
            wb.add(new Table("Trechter", "De trechter van " + DutchFormat.month(r.maand()), List.of("Stap", "Aantal", "Aandeel %", "van",
                    "Nederland %"), funnel));
            wb.add(new Table("Uitval naar reden", "Niet opgepakte signalen naar reden, " + DutchFormat.month(r.maand()),
                    List.of("Reden", "Signalen", "Aandeel van alle signalen %"), r.uitvalRedenen().stream()
                    .map(b -> List.<Object>of(b.waarde(), count(b.signalen(), b.secundair("signalen")),
                            decimal(Suppression.pct(b.signalen(), r.nu().signalen())))).toList()));
            for (Map.Entry<String, String> d : ReportModel.DIMENSIES.entrySet()) {
                List<BreakdownRow> rows = r.uitsplitsingen().getOrDefault(d.getKey(), List.of());
                wb.add(new Table(d.getValue().replace("(euro)", "").strip(), d.getValue() + ", " + DutchFormat.month(r.maand()),
                        List.of(d.getValue(), "Signalen", "Zaken", "Bereikt", "Bereik %", "Hulpacceptatie %", "Bereik % Nederland"),
                        rows.stream().map(AreaXlsx::breakdown).toList(), 4, 1));
            }
            events(wb, r);
            if (!r.isGemeente()) {
                wb.add(new Table("Gemeenten", "Alle gemeenten naar bereik, " + DutchFormat.month(r.maand()),
                        List.of("Plaats", "Gemeente", "Code", "Zaken", "Bereik %", "Verschil met doel (pp)", "Trend (3 maanden)", "Status"),
                        r.ranglijst().stream().map(AreaXlsx::ranked).toList(), 4, 2));
            }
            List<String> lines = new ArrayList<>();
            lines.add(r.maandKeuze());
            lines.addAll(r.kop());
            lines.add("");
            lines.add("Begrippen");
            for (String[] term : Glossary.TERMS) lines.add(term[0] + ": " + term[1]);
            lines.addAll(Suppression.uitlegTekst());
            wb.save(xlsx, "Maandrapportage vroegsignalering schulden, " + r.area().label() + ", " + DutchFormat.month(r.maand())
                    + (r.nu().voorlopig() ? " (voorlopig)" : ""), lines, r.doel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void events(ReportWorkbook wb, AreaReport r) {
        List<List<Object>> rows = new ArrayList<>();
        if (r.gebeurtenissen() == null) {
            rows.add(List.of("Gebeurtenissen van partners worden nog niet gepubliceerd."));
        } else {
            for (EventRow e : r.gebeurtenissen()) {
                rows.add(List.of(e.gebeurtenis(), e.ditJaar() == null ? new Hidden(DutchFormat.NOT_SHOWN) : e.ditJaar(), decimal(e.ditJaarPer1000()),
                        e.vorigJaar() == null ? new Hidden(DutchFormat.NOT_SHOWN) : e.vorigJaar(), decimal(e.vorigJaarPer1000()),
                        decimal(e.metSignaalVoorafPct())));
            }
        }
        int year = r.maand().getYear();
        wb.add(new Table("Gebeurtenissen", "Ontruimingen en afsluitingen, januari t/m " + DutchFormat.month(r.maand()) + " en dezelfde maanden " + (year - 1),
                List.of("Gebeurtenis", String.valueOf(year), "Per 1.000 inwoners " + year, String.valueOf(year - 1), "Per 1.000 inwoners " + (year - 1),
                        "Met signaal vooraf %"), rows));
        List<String> headers = new ArrayList<>(List.of("Cohortmaand", "Bereikt", "Niet bereikt"));
        for (String kind : PublishedAfloop.GEBEURTENISSEN) {
            headers.add(kind.replace('_', ' ') + " % bereikt");
            headers.add(kind.replace('_', ' ') + " % niet bereikt");
        }
        headers.add("Status");
        List<List<Object>> afloop = new ArrayList<>();
        if (r.afloop() == null) {
            afloop.add(List.of("De afloop van zaken wordt nog niet gepubliceerd."));
        } else {
            for (PublishedAfloop a : r.afloop()) {
                List<Object> row = new ArrayList<>(List.of(DutchFormat.month(a.maand()), count(a.zakenBereikt(), a.secundair("zaken_bereikt")),
                        count(a.zakenNietBereikt(), a.secundair("zaken_niet_bereikt"))));
                for (String kind : PublishedAfloop.GEBEURTENISSEN) {
                    row.add(decimal(a.pctBereikt().get(kind)));
                    row.add(decimal(a.pctNietBereikt().get(kind)));
                }
                row.add(a.voorlopig() ? "voorlopig" : "definitief");
                afloop.add(row);
            }
        }
        wb.add(new Table("Afloop", "Gebeurtenissen binnen 365 dagen na bereikte en niet-bereikte zaken, per cohortmaand", headers, afloop));
    }

    private static List<Object> breakdown(BreakdownRow b) {
        PublishedBreakdown e = b.eigen();
        return List.of(e.waarde(),
                e.groupsSignals() ? count(e.signalen(), e.secundair("signalen")) : "",
                e.groupsCases() ? count(e.zaken(), e.secundair("zaken")) : "",
                e.groupsCases() ? count(e.zakenBereikt(), e.secundair("zaken_bereikt")) : "",
                e.groupsCases() ? decimal(e.bereikPct()) : "",
                e.groupsCases() ? decimal(e.hulpacceptatiePctVanBereikt()) : "",
                e.groupsCases() && b.land() != null ? decimal(b.land().bereikPct()) : "");
    }

    private static List<Object> ranked(RankedRow g) {
        PublishedMonth m = g.maand();
        return List.of(g.plaats() == null ? new Hidden(DutchFormat.NOT_SHOWN) : (long) g.plaats(), m.gemeentenaam(), m.gemeentecode(),
                count(m.zaken(), m.secundair("zaken")), decimal(m.bereikPct()), decimal(m.bereikVerschilDoelPp()),
                g.trend().pijl + " " + g.trend().woord, m.voorlopig() ? "voorlopig" : "definitief");
    }

    static List<String> headers(String... leading) {
        List<String> headers = new ArrayList<>(List.of(leading));
        headers.addAll(FIGURE_HEADERS);
        return headers;
    }

    static List<Object> figures(List<String> leading, PublishedMonth m) {
        List<Object> row = new ArrayList<>(leading);
        row.add(count(m.signalen(), m.secundair("signalen")));
        row.add(decimal(m.signalenPer1000Inwoners()));
        row.add(decimal(m.uitvalPct()));
        row.add(count(m.zaken(), m.secundair("zaken")));
        row.add(count(m.zakenMetContactpoging(), m.secundair("zaken_met_contactpoging")));
        row.add(count(m.zakenBereikt(), m.secundair("zaken_bereikt")));
        row.add(decimal(m.bereikPct()));
        row.add(decimal(m.bereikVerschilDoelPp()));
        row.add(count(m.zakenHulpGeaccepteerd(), m.secundair("zaken_hulp_geaccepteerd")));
        row.add(decimal(m.hulpacceptatiePctVanBereikt()));
        row.add(decimal(m.binnen4WekenPct()));
        row.add(decimal(m.mediaanDagenTotEerstePoging()));
        row.add(m.voorlopig() ? "voorlopig" : "definitief");
        return row;
    }
}
