package nl.vroeg.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vroeg.dashboards.Table.Cell;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport;
import nl.vroeg.lake.published.area.AreaReport.BreakdownRow;
import nl.vroeg.lake.published.area.AreaReport.EventRow;
import nl.vroeg.lake.published.area.AreaReport.FunnelStep;
import nl.vroeg.lake.published.area.AreaReport.PeerGroup;
import nl.vroeg.lake.published.area.AreaReport.RankedRow;

/**
 * The charts of the dashboard, each as the numbers dashboard.js draws (published values only: a hidden figure is
 * null, a gap in the chart) and the same numbers as a table.
 */
final class SiteCharts {

    private SiteCharts() {
    }

    /** Reach per cohort month against the target, with NL beside it (unless the area is NL); provisional months marked. */
    static Chart reach(AreaReport r, List<PublishedMonth> series, List<PublishedMonth> nlSeries) {
        boolean withNl = !"NL".equals(r.area().code());
        Map<LocalDate, PublishedMonth> nl = nlSeries.stream().collect(Collectors.toMap(PublishedMonth::maand, Function.identity(), (a, b) -> a));
        List<String> months = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        List<Double> land = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        List<Boolean> provisional = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (PublishedMonth m : series) {
            PublishedMonth n = nl.get(m.maand());
            months.add(DutchFormat.shortMonth(m.maand()));
            own.add(m.bereikPct());
            land.add(n == null ? null : n.bereikPct());
            target.add(m.bereikDoelPct() != null ? m.bereikDoelPct() : r.doel());
            provisional.add(m.voorlopig());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(DutchFormat.month(m.maand())), Cell.count(m.zaken(), m.secundair("zaken")),
                    Cell.reach(m.bereikPct(), m.reachesTarget())));
            if (withNl) row.add(Cell.decimal(n == null ? null : n.bereikPct()));
            row.add(Cell.decimal(target.get(target.size() - 1)));
            row.add(Cell.text(m.voorlopig() ? "voorlopig" : "definitief"));
            rows.add(row);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(map("naam", r.area().naam(), "waarden", own, "stijl", "eigen"));
        if (withNl) lines.add(map("naam", "Nederland", "waarden", land, "stijl", "land"));
        List<String> headers = new ArrayList<>(List.of("Cohortmaand", "#Zaken", "#Bereik " + r.area().naam() + " %"));
        if (withNl) headers.add("#Bereik Nederland %");
        headers.addAll(List.of("#Doel %", "Status"));
        return new Chart("grafiek-bereik", "Lijngrafiek: bereik per maand van " + r.area().naam() + " tegen het doel van "
                + DutchFormat.percent(r.doel()) + (withNl ? ", met Nederland ter vergelijking" : ""),
                "Bereik per cohortmaand (de maand van het eerste signaal van de zaak)." + (withNl ? " Stippellijn: Nederland." : "")
                        + " Rode streeplijn: het doel. Gearceerd, met open punten: voorlopige maanden, waarvan de zaken nog lopen."
                        + " Een gat in de lijn: te weinig zaken om het bereik te tonen.",
                map("soort", "lijn", "categorieen", months, "reeksen", lines, "doel", target, "voorlopig", provisional), headers, rows);
    }

    /** The municipality among its peers (same CBS size class): every shown reach, the quartiles and the median. */
    static Chart peers(AreaReport r) {
        PeerGroup p = r.peers();
        String naam = r.area().naam();
        List<List<Cell>> rows = List.of(List.of(Cell.text(p.klasse().label), Cell.text(String.valueOf(p.spreiding().n())),
                Cell.decimal(p.spreiding().q1()), Cell.decimal(p.spreiding().median()), Cell.decimal(p.spreiding().q3()),
                Cell.reach(r.nu().bereikPct(), r.nu().reachesTarget()),
                Cell.text(p.rang() == null ? DutchFormat.NOT_SHOWN : p.rang().place() + " van " + p.rang().of())));
        return new Chart("grafiek-vergelijking", "Spreidingsgrafiek: bereik van " + naam + " tussen de " + p.waarden().size()
                + " gemeenten met " + p.klasse().label,
                "Elke stip is een gemeente met " + p.klasse().label + "; de ruit is " + naam + ". Het vlak is de middelste helft van de"
                        + " groep (eerste tot derde kwartiel), de doorgetrokken lijn de mediaan, de streeplijn het doel.",
                map("soort", "spreiding", "naam", naam, "eigen", r.nu().bereikPct(), "waarden", p.waarden(), "q1", p.spreiding().q1(),
                        "mediaan", p.spreiding().median(), "q3", p.spreiding().q3(), "doel", r.doel()),
                List.of("Vergelijkingsgroep", "#Gemeenten", "#Eerste kwartiel %", "#Mediaan %", "#Derde kwartiel %", "#" + naam + " %", "#Plaats"),
                rows);
    }

    /** The funnel of the month: signals, not picked up, cases, contact attempt, reached, help accepted. */
    static Chart funnel(AreaReport r) {
        List<String> steps = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (FunnelStep s : r.trechter()) {
            steps.add(s.label());
            counts.add(s.aantal());
            labels.add(DutchFormat.count(s.aantal(), s.secundair()));
            boolean share = s.aandeelVan() != null;
            rows.add(List.of(Cell.text(s.label()), Cell.count(s.aantal(), s.secundair()),
                    share ? Cell.text(DutchFormat.percent(s.aandeel())) : Cell.text(""), Cell.text(share ? s.aandeelVan() : ""),
                    share && !"NL".equals(r.area().code()) ? Cell.text(DutchFormat.percent(s.landAandeel())) : Cell.text("")));
        }
        return new Chart("grafiek-trechter", "Staafgrafiek: de trechter van " + DutchFormat.month(r.maand()) + " voor " + r.area().naam()
                + ", van signalen tot hulp geaccepteerd",
                "Aantallen per stap. Signalen tellen in de maand van de signaaldatum, zaken in de maand van hun eerste signaal. Een"
                        + " verborgen aantal ('" + DutchFormat.SUPPRESSED_COUNT + "' of '" + DutchFormat.SECONDARY_SUPPRESSED + "') heeft geen staaf.",
                map("soort", "trechter", "categorieen", steps, "waarden", counts, "labels", labels),
                List.of("Stap", "#Aantal", "#Aandeel", "van", "#Nederland"), rows);
    }

    /** One breakdown: reach per group of the area and of NL, with the full table (counts, reach, help acceptance). */
    static Chart breakdown(AreaReport r, String dimensie, String title, List<BreakdownRow> groups) {
        boolean withNl = !"NL".equals(r.area().code());
        List<String> names = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        List<Double> land = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (BreakdownRow b : groups) {
            PublishedBreakdown e = b.eigen();
            names.add(e.waarde());
            own.add(e.bereikPct());
            land.add(b.land() == null ? null : b.land().bereikPct());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(e.waarde()),
                    e.groupsSignals() ? Cell.count(e.signalen(), e.secundair("signalen")) : Cell.text(""),
                    e.groupsCases() ? Cell.count(e.zaken(), e.secundair("zaken")) : Cell.text(""),
                    e.groupsCases() ? Cell.count(e.zakenBereikt(), e.secundair("zaken_bereikt")) : Cell.text(""),
                    e.groupsCases() ? Cell.reach(e.bereikPct(), e.bereikPct() != null && e.bereikPct() >= r.doel()) : Cell.text(""),
                    e.groupsCases() ? Cell.decimal(e.hulpacceptatiePctVanBereikt()) : Cell.text("")));
            if (withNl) row.add(e.groupsCases() ? Cell.decimal(b.land() == null ? null : b.land().bereikPct()) : Cell.text(""));
            rows.add(row);
        }
        List<Map<String, Object>> bars = new ArrayList<>();
        bars.add(map("naam", r.area().naam(), "waarden", own));
        if (withNl) bars.add(map("naam", "Nederland", "waarden", land));
        List<String> headers = new ArrayList<>(List.of(title, "#Signalen", "#Zaken", "#Bereikt", "#Bereik %", "#Hulpacceptatie %"));
        if (withNl) headers.add("#Bereik Nederland %");
        return new Chart("grafiek-" + dimensie.replace('_', '-'), "Staafgrafiek: bereik naar " + title.toLowerCase(DutchFormat.NL)
                + " in " + r.area().naam() + (withNl ? " en Nederland" : "") + ", tegen het doel", null,
                map("soort", "staven", "categorieen", names, "reeksen", bars, "doel", r.doel(), "eenheid", "%"), headers, rows);
    }

    /** Partner events per 1,000 inhabitants, January up to the month, against the same months a year earlier. */
    static Chart events(AreaReport r) {
        int year = r.maand().getYear();
        List<String> names = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (EventRow e : r.gebeurtenissen()) {
            names.add(e.gebeurtenis());
            now.add(e.ditJaarPer1000());
            before.add(e.vorigJaarPer1000());
            rows.add(List.of(Cell.text(e.gebeurtenis()), total(e.ditJaar()), Cell.decimal(e.ditJaarPer1000()), total(e.vorigJaar()),
                    Cell.decimal(e.vorigJaarPer1000()), Cell.decimal(e.metSignaalVoorafPct())));
        }
        return new Chart("grafiek-gebeurtenissen", "Staafgrafiek: gebeurtenissen per 1.000 inwoners in " + r.area().naam()
                + ", januari tot en met " + DutchFormat.month(r.maand()) + " en dezelfde maanden van " + (year - 1), null,
                map("soort", "staven", "categorieen", names, "reeksen", List.of(map("naam", String.valueOf(year), "waarden", now),
                        map("naam", String.valueOf(year - 1), "waarden", before)), "eenheid", "per 1.000"),
                List.of("Gebeurtenis", "#" + year, "#Per 1.000 inwoners", "#" + (year - 1), "#Per 1.000 inwoners ", "#Met signaal vooraf %"), rows);
    }

    /** A sum over months: not shown when any month's count is hidden. */
    private static Cell total(Long value) {
        return value == null ? new Cell(DutchFormat.NOT_SHOWN, "", null, false) : Cell.count(value, false);
    }

    /** How many municipalities reach how much, in steps of 5 percentage points; steps at or above the target marked. */
    static Chart distribution(List<RankedRow> ranking, double doel, String where) {
        int[] counts = new int[20];
        for (RankedRow g : ranking) {
            Double reach = g.maand().bereikPct();
            if (reach != null) counts[Math.min(19, (int) Math.floor(reach / 5))]++;
        }
        int last = 0;
        for (int i = 0; i < 20; i++) if (counts[i] > 0) last = i;
        last = Math.max(last, (int) Math.ceil(doel / 5)); // the target's step is always on the axis
        List<String> steps = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        List<Boolean> onTarget = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i <= Math.min(19, last); i++) {
            String step = (i * 5) + "–" + (i * 5 + 5) + "%";
            steps.add(step);
            values.add(counts[i]);
            onTarget.add(i * 5 >= doel);
            rows.add(List.of(Cell.text(step), Cell.text(String.valueOf(counts[i])), Cell.text(i * 5 >= doel ? "ja" : "nee")));
        }
        long shown = ranking.stream().filter(g -> g.maand().bereikPct() != null).count();
        long reached = ranking.stream().filter(g -> g.maand().reachesTarget()).count();
        return new Chart("grafiek-verdeling", "Staafgrafiek: verdeling van het bereik over de " + shown + " gemeenten" + where
                + " met een getoond bereik; " + reached + " halen het doel",
                reached + " van de " + shown + " gemeenten met een getoond bereik halen het doel van " + DutchFormat.percent(doel)
                        + ". Aantal gemeenten per bereik in stappen van 5 procentpunt; groen: op of boven het doel.",
                map("soort", "verdeling", "categorieen", steps, "waarden", values, "opDoel", onTarget),
                List.of("Bereik", "#Gemeenten", "Op of boven het doel"), rows);
    }

    /** An insertion-ordered map from name, value pairs (Map.of refuses null values, which are hidden figures here). */
    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return map;
    }
}
