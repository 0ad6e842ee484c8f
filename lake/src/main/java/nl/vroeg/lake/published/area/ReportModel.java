package nl.vroeg.lake.published.area;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedAfloop;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedDetails;
import nl.vroeg.lake.published.PublishedEvents;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.PublishedPartnerUitval;
import nl.vroeg.lake.published.area.AreaReport.Area;
import nl.vroeg.lake.published.area.AreaReport.BreakdownRow;
import nl.vroeg.lake.published.area.AreaReport.EventRow;
import nl.vroeg.lake.published.area.AreaReport.FunnelStep;
import nl.vroeg.lake.published.area.AreaReport.PeerGroup;
import nl.vroeg.lake.published.area.AreaReport.RankedRow;
import nl.vroeg.lake.published.area.AreaReport.Trend;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the report objects of one month from the published gold tables, read once: {@link AreaReport} per
 * municipality, province and NL. The monthly reports (PDF, xlsx) and the dashboard both render these objects, so
 * they say the same sentences and show the same figures.
 */
public final class ReportModel {

    /** The breakdowns the report shows, in order, with their Dutch titles. */
    public static final Map<String, String> DIMENSIES = linked(
            "partnertype", "Partnertype", "leeftijd", "Leeftijd", "bedrag", "Bedrag (euro)",
            "contactsoort", "Contactvorm", "aantal_pogingen", "Aantal contactpogingen", "matchtype", "Matchtype");

    /** The partner event kinds, in report order, with their Dutch names. */
    public static final Map<String, String> GEBEURTENISSEN = linked(
            "EINDELEVERING", "Eindeleveringssignaal (energie)", "AANKONDIGING_AFSLUITING", "Aankondiging afsluiting",
            "AFSLUITING", "Afsluiting (energie, water)", "AANZEGGING_ONTRUIMING", "Aanzegging ontruiming",
            "ONTRUIMING", "Ontruiming", "WANBETALERSREGELING", "Wanbetalersregeling (CAK)",
            "BETALINGSREGELING", "Betalingsregeling");

    public final PublishedFigures figures;
    public final ReportMonth month;
    private final Map<String, List<PublishedBreakdown>> breakdowns;
    private final Optional<Map<String, List<PublishedEvents>>> events;
    private final Optional<Map<String, List<PublishedAfloop>>> afloop;
    private final Map<String, String> provinceNames;
    /** The month's municipalities, sorted once: every area's report ranks and compares against them. */
    private final List<PublishedMonth> gemeenten;

    private ReportModel(PublishedFigures figures, ReportMonth month, List<PublishedBreakdown> breakdowns,
                        Optional<List<PublishedEvents>> events, Optional<List<PublishedAfloop>> afloop) {
        this.figures = figures;
        this.month = month;
        this.breakdowns = breakdowns.stream().collect(Collectors.groupingBy(PublishedBreakdown::gemeentecode));
        this.events = events.map(rows -> rows.stream().collect(Collectors.groupingBy(PublishedEvents::gemeentecode)));
        this.afloop = afloop.map(rows -> rows.stream().collect(Collectors.groupingBy(PublishedAfloop::gemeentecode)));
        this.provinceNames = figures.rows().stream().filter(r -> "provincie".equals(r.niveau()))
                .collect(Collectors.toMap(PublishedMonth::gemeentecode, PublishedMonth::gemeentenaam, (a, b) -> b));
        this.gemeenten = figures.gemeenten(month.maand());
    }

    /** Reads what the month's reports need; throws {@link ReportMonth.NoFiguresException} for a month without figures. */
    public static ReportModel read(SparkSession spark, Lake lake, LocalDate requested) {
        PublishedFigures figures = PublishedFigures.read(spark, lake);
        ReportMonth month = ReportMonth.choose(figures, requested);
        LocalDate maand = month.maand();
        List<LocalDate> eventMonths = new ArrayList<>();
        for (LocalDate m = maand.withMonth(1).minusYears(1); !m.isAfter(maand); m = m.plusMonths(1)) eventMonths.add(m);
        List<LocalDate> cohortMonths = new ArrayList<>();
        for (int i = 11; i >= 0; i--) cohortMonths.add(maand.minusMonths(i));
        return new ReportModel(figures, month, PublishedDetails.breakdowns(spark, lake, List.of(maand)),
                PublishedDetails.events(spark, lake, eventMonths), PublishedDetails.afloop(spark, lake, cohortMonths));
    }

    public LocalDate maand() {
        return month.maand();
    }

    /** The municipalities with figures in the report month, in Dutch alphabetical order. */
    public List<PublishedMonth> gemeenten() {
        return gemeenten;
    }

    /** The provinces with figures in the report month, by name. */
    public List<PublishedMonth> provincies() {
        Collator dutch = Collator.getInstance(DutchFormat.NL);
        return figures.rows().stream().filter(r -> "provincie".equals(r.niveau()) && r.maand().equals(maand()))
                .sorted(Comparator.comparing(PublishedMonth::gemeentenaam, dutch)).toList();
    }

    public AreaReport area(String code) {
        LocalDate maand = maand();
        PublishedMonth nu = figures.month(code, maand).orElseThrow(() -> new ReportMonth.NoFiguresException(
                "Geen gepubliceerde cijfers van " + code + " over " + DutchFormat.month(maand) + "."));
        Area area = new Area(code, nu.gemeentenaam(), nu.niveau(), nu.provinciecode(), provinceNames.get(nu.provinciecode()));
        PublishedMonth land = figures.month("NL", maand).orElse(null);
        PublishedMonth provincie = area.isGemeente() ? figures.month(nu.provinciecode(), maand).orElse(null) : null;
        PublishedMonth vorigJaar = figures.month(code, maand.minusYears(1)).orElse(null);
        List<PublishedMonth> gemeenten = gemeenten();

        Rank rangProvincie = null;
        PeerGroup peers = null;
        List<RankedRow> ranglijst = List.of();
        if (area.isGemeente()) {
            rangProvincie = Rank.of(nu, gemeenten.stream().filter(g -> Objects.equals(g.provinciecode(), nu.provinciecode())).toList(),
                    PublishedMonth::bereikPct);
            peers = peerGroup(nu, gemeenten);
        } else {
            ranglijst = ranking(gemeenten.stream().filter(g -> "NL".equals(code) || code.equals(g.provinciecode())).toList());
        }
        List<FunnelStep> trechter = funnel(nu, land);
        List<PublishedBreakdown> uitval = breakdowns(code, "signaalstatus").stream()
                .filter(b -> PublishedPartnerUitval.uitvalReden(b.waarde())).toList();
        Map<String, List<BreakdownRow>> uitsplitsingen = new LinkedHashMap<>();
        for (String dimensie : DIMENSIES.keySet()) {
            Map<String, PublishedBreakdown> nl = breakdowns("NL", dimensie).stream()
                    .collect(Collectors.toMap(PublishedBreakdown::waarde, Function.identity(), (a, b) -> a));
            uitsplitsingen.put(dimensie, breakdowns(code, dimensie).stream().map(b -> new BreakdownRow(b, nl.get(b.waarde()))).toList());
        }
        List<EventRow> gebeurtenissen = events.map(e -> eventRows(e.getOrDefault(code, List.of()), nu, vorigJaar != null)).orElse(null);
        List<PublishedAfloop> afloopRows = afloop.map(a -> a.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparing(PublishedAfloop::maand)).toList()).orElse(null);

        AreaReport report = new AreaReport(area, maand, month.uitleg(), List.of(), nu, vorigJaar, provincie, land,
                window(code), window("NL"), rangProvincie, peers, trechter, uitval, uitsplitsingen, gebeurtenissen, afloopRows, ranglijst);
        return withHeadline(report);
    }

    private static AreaReport withHeadline(AreaReport r) {
        return new AreaReport(r.area(), r.maand(), r.maandKeuze(), Headline.sentences(r), r.nu(), r.vorigJaar(), r.provincie(),
                r.land(), r.reeks(), r.landReeks(), r.rangProvincie(), r.peers(), r.trechter(), r.uitvalRedenen(),
                r.uitsplitsingen(), r.gebeurtenissen(), r.afloop(), r.ranglijst());
    }

    /** Twelve months before the report month up to the latest published month (later ones are provisional). */
    private List<PublishedMonth> window(String code) {
        LocalDate from = maand().minusMonths(12);
        return figures.series(code).stream().filter(m -> !m.maand().isBefore(from)).toList();
    }

    private PeerGroup peerGroup(PublishedMonth nu, List<PublishedMonth> gemeenten) {
        if (nu.inwoners() == null) return null;
        SizeClass klasse = SizeClass.of(nu.inwoners());
        List<PublishedMonth> group = gemeenten.stream().filter(g -> g.inwoners() != null && SizeClass.of(g.inwoners()) == klasse).toList();
        List<Double> values = group.stream().map(PublishedMonth::bereikPct).toList();
        return new PeerGroup(klasse, Rank.of(nu, group, PublishedMonth::bereikPct), Spread.of(values),
                values.stream().filter(Objects::nonNull).toList());
    }

    private static List<FunnelStep> funnel(PublishedMonth m, PublishedMonth nl) {
        return List.of(
                new FunnelStep("Signalen", m.signalen(), m.secundair("signalen"), null, null, null),
                new FunnelStep("Niet opgepakt (uitval)", m.signalenNietOpgepakt(), m.secundair("signalen_niet_opgepakt"),
                        "van de signalen", m.uitvalPct(), nl == null ? null : nl.uitvalPct()),
                new FunnelStep("Zaken (signalen per adres gebundeld)", m.zaken(), m.secundair("zaken"), null, null, null),
                new FunnelStep("Met een contactpoging", m.zakenMetContactpoging(), m.secundair("zaken_met_contactpoging"),
                        "van de zaken", Suppression.pct(m.zakenMetContactpoging(), m.zaken()),
                        nl == null ? null : Suppression.pct(nl.zakenMetContactpoging(), nl.zaken())),
                new FunnelStep("Bereikt", m.zakenBereikt(), m.secundair("zaken_bereikt"), "van de zaken", m.bereikPct(),
                        nl == null ? null : nl.bereikPct()),
                new FunnelStep("Hulp geaccepteerd", m.zakenHulpGeaccepteerd(), m.secundair("zaken_hulp_geaccepteerd"),
                        "van de bereikte zaken", m.hulpacceptatiePctVanBereikt(), nl == null ? null : nl.hulpacceptatiePctVanBereikt()));
    }

    /** Areas (municipalities, or provinces) by reach, highest first; those whose reach is not shown last, alphabetically. */
    public List<RankedRow> ranking(List<PublishedMonth> gemeenten) {
        List<RankedRow> rows = new ArrayList<>();
        for (PublishedMonth g : gemeenten) {
            Rank rank = Rank.of(g, gemeenten, PublishedMonth::bereikPct);
            Double before = figures.month(g.gemeentecode(), maand().minusMonths(3)).map(PublishedMonth::bereikPct).orElse(null);
            rows.add(new RankedRow(rank == null ? null : rank.place(), g, Trend.of(g.bereikPct(), before)));
        }
        rows.sort(Comparator.comparing((RankedRow r) -> r.plaats() == null ? Integer.MAX_VALUE : r.plaats()));
        return rows; // stable: equal places keep the alphabetical order
    }

    /** Year to date (January up to the report month) against the same months a year earlier. */
    private List<EventRow> eventRows(List<PublishedEvents> rows, PublishedMonth nu, boolean hasLastYear) {
        LocalDate maand = maand();
        List<EventRow> result = new ArrayList<>();
        for (String kind : GEBEURTENISSEN.keySet()) {
            List<PublishedEvents> ofKind = rows.stream().filter(e -> kind.equals(e.gebeurtenis())).toList();
            List<PublishedEvents> thisYear = ofKind.stream().filter(e -> !e.maand().isBefore(maand.withMonth(1)) && !e.maand().isAfter(maand)).toList();
            List<PublishedEvents> lastYear = ofKind.stream().filter(e -> !e.maand().isBefore(maand.withMonth(1).minusYears(1))
                    && !e.maand().isAfter(maand.minusYears(1))).toList();
            if (thisYear.isEmpty() && lastYear.isEmpty()) continue;
            Long now = sum(thisYear, PublishedEvents::aantal);
            Long before = hasLastYear ? sum(lastYear, PublishedEvents::aantal) : null;
            result.add(new EventRow(GEBEURTENISSEN.get(kind), now, per1000(now, nu.inwoners()), before, per1000(before, nu.inwoners()),
                    Suppression.pct(sum(thisYear, PublishedEvents::aantalMetSignaalVooraf), sum(thisYear, PublishedEvents::aantalMetAdres))));
        }
        return result;
    }

    /** The sum, or null when any part is hidden (a sum over hidden cells cannot be shown). */
    private static Long sum(List<PublishedEvents> rows, Function<PublishedEvents, Long> count) {
        long total = 0;
        for (PublishedEvents e : rows) {
            Long value = count.apply(e);
            if (value == null) return null;
            total += value;
        }
        return total;
    }

    private static Double per1000(Long count, Long inwoners) {
        return count == null || inwoners == null || inwoners == 0 ? null : 1000.0 * count / inwoners;
    }

    public List<PublishedBreakdown> breakdowns(String code, String dimensie) {
        return breakdowns.getOrDefault(code, List.of()).stream().filter(b -> dimensie.equals(b.dimensie()))
                .sorted(Comparator.comparingInt(PublishedBreakdown::volgorde).thenComparing(PublishedBreakdown::waarde)).toList();
    }

    /** Whether the lake publishes partner events at all (else the reports say so). */
    public boolean hasEvents() {
        return events.isPresent();
    }

    /** An area's event rows as the reports show them; null when the lake does not publish events. */
    public List<EventRow> gebeurtenissen(String code) {
        PublishedMonth nu = figures.month(code, maand()).orElse(null);
        if (nu == null) return null;
        boolean lastYear = figures.month(code, maand().minusYears(1)).isPresent();
        return events.map(e -> eventRows(e.getOrDefault(code, List.of()), nu, lastYear)).orElse(null);
    }

    public String provinceName(String code) {
        return provinceNames.get(code);
    }

    private static Map<String, String> linked(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }
}
