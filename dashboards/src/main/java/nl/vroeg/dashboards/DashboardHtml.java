package nl.vroeg.dashboards;

import static nl.vroeg.dashboards.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.SuppressionRules;
import nl.vroeg.lake.published.PublishedMonth;

/**
 * Renders the dashboard as one self-contained HTML document: inline CSS, the chart as inline SVG, no scripts and
 * no external resources, so it can be mailed, archived or served as a single file.
 */
final class DashboardHtml {

    static final String TITLE = "Vroegsignalering schulden — dashboard";
    static final String CHART_CAPTION_ID = "bereik-bijschrift";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DutchFormat.NL);

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b1f24;margin:0;background:#f6f8fa}
            header,main,footer{max-width:64rem;margin:0 auto;padding:1rem 1.5rem}
            header{padding-top:1.5rem}
            h1{font-size:1.6rem;margin:0 0 .25rem}
            h2{font-size:1.2rem;margin:1.5rem 0 .75rem}
            section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:0 1.25rem 1.25rem;margin-bottom:1rem}
            .peilmaand{font-size:1.1rem;margin:0}
            .label-voorlopig{display:inline-block;background:#fff3cd;border:1px solid #e0b000;border-radius:4px;padding:0 .4rem;font-size:.85rem;font-weight:600;margin-left:.5rem}
            .kerncijfers{display:flex;flex-wrap:wrap;gap:1rem;margin:0}
            .kerncijfers div{flex:1 1 12rem;border-left:4px solid #1f5fa8;padding:.25rem .75rem}
            .kerncijfers dt{font-size:.9rem;color:#57606a}
            .kerncijfers dd{margin:0;font-size:1.8rem;font-weight:700;font-variant-numeric:tabular-nums}
            .kerncijfers dd.doel{font-size:.95rem;font-weight:400;color:#57606a}
            figure{margin:0}
            figure svg{width:100%;height:auto;display:block}
            figcaption{font-size:.9rem;color:#57606a;margin-top:.5rem}
            table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
            th,td{padding:.4rem .6rem;border-bottom:1px solid #d0d7de}
            thead th{text-align:right;font-size:.9rem;vertical-align:bottom}
            thead th:first-child,tbody th{text-align:left;font-weight:400}
            td{text-align:right}
            tr.op-doel{background:#e6f4ea}
            .vink{color:#1a7f37;font-weight:700;margin-right:.25rem}
            .legenda,.toelichting,.gegenereerd{font-size:.9rem;color:#57606a}
            """;

    private DashboardHtml() {
    }

    static String render(DashboardData data, String chartSvg, LocalDate generatedOn) {
        String month = DutchFormat.month(data.latestMonth());
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(TITLE)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>").append(escape(TITLE)).append("</h1>\n<p class=\"peilmaand\">Cijfers over <strong>")
                .append(escape(month)).append("</strong>");
        if (data.latestMonthVoorlopig()) html.append("<span class=\"label-voorlopig\">voorlopig</span>");
        html.append("</p>\n");
        if (data.latestMonthVoorlopig()) {
            html.append("<p class=\"toelichting\">De cijfers over ").append(escape(month)).append(" zijn voorlopig: ")
                    .append("zaken uit deze maand worden nog behandeld, dus vooral bereik en hulpacceptatie kunnen nog stijgen.</p>\n");
        }
        html.append("</header>\n<main>\n");
        national(html, data.nationalLatest());
        chart(html, data, chartSvg);
        municipalities(html, data, month);
        html.append("</main>\n");
        footer(html, generatedOn);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void national(StringBuilder html, Optional<PublishedMonth> national) {
        html.append("<section aria-labelledby=\"landelijk\">\n<h2 id=\"landelijk\">Nederland</h2>\n");
        if (national.isEmpty()) {
            html.append("<p>Er zijn geen landelijke cijfers over deze maand.</p>\n</section>\n");
            return;
        }
        PublishedMonth nl = national.get();
        html.append("<dl class=\"kerncijfers\">\n");
        figure(html, "Signalen", DutchFormat.count(nl.signalen(), nl.secundair("signalen")), null);
        figure(html, "Zaken", DutchFormat.count(nl.zaken(), nl.secundair("zaken")), null);
        String target = "doel " + percent(nl.bereikDoelPct());
        if (nl.bereikVerschilDoelPp() != null) target += " · " + points(nl.bereikVerschilDoelPp()) + " procentpunt";
        figure(html, "Bereik", percent(nl.bereikPct()), target);
        html.append("</dl>\n</section>\n");
    }

    private static void figure(StringBuilder html, String label, String value, String note) {
        html.append("<div><dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
        if (note != null) html.append("<dd class=\"doel\">").append(escape(note)).append("</dd>");
        html.append("</div>\n");
    }

    private static void chart(StringBuilder html, DashboardData data, String chartSvg) {
        String target = data.nationalLatest().map(PublishedMonth::bereikDoelPct).map(DashboardHtml::percent).orElse("het doel");
        html.append("<section aria-labelledby=\"bereik-titel\">\n<h2 id=\"bereik-titel\">Bereik per maand, Nederland</h2>\n")
                .append("<figure>\n").append(chartSvg).append("\n<figcaption id=\"").append(CHART_CAPTION_ID).append("\">")
                .append(escape("Percentage zaken waarin de inwoner is bereikt, per cohortmaand, tegen het doel ("
                        + target + ")."))
                .append("</figcaption>\n</figure>\n</section>\n");
    }

    private static void municipalities(StringBuilder html, DashboardData data, String month) {
        html.append("<section aria-labelledby=\"gemeenten\">\n<h2 id=\"gemeenten\">Gemeenten, ").append(escape(month))
                .append("</h2>\n");
        if (data.municipalities().isEmpty()) {
            html.append("<p>Er zijn geen gemeentelijke cijfers over deze maand.</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">Gemeente</th><th scope=\"col\">Signalen</th>")
                .append("<th scope=\"col\">Zaken</th><th scope=\"col\">Bereik %</th>")
                .append("<th scope=\"col\">Verschil met doel (pp)</th><th scope=\"col\">Hulpacceptatie % (van bereikt)</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (PublishedMonth m : data.municipalities()) {
            boolean onTarget = m.reachesTarget();
            html.append(onTarget ? "<tr class=\"op-doel\">" : "<tr>").append("<th scope=\"row\">")
                    .append(escape(m.gemeentenaam()));
            if (m.voorlopig()) html.append(" <span class=\"label-voorlopig\">voorlopig</span>");
            html.append("</th><td>").append(escape(DutchFormat.count(m.signalen(), m.secundair("signalen"))))
                    .append("</td><td>").append(escape(DutchFormat.count(m.zaken(), m.secundair("zaken"))))
                    .append("</td><td>").append(onTarget ? "<span class=\"vink\" title=\"op of boven het doel\">✓</span>" : "")
                    .append(escape(DutchFormat.decimal(m.bereikPct())))
                    .append("</td><td>").append(escape(points(m.bereikVerschilDoelPp())))
                    .append("</td><td>").append(escape(DutchFormat.decimal(m.hulpacceptatiePctVanBereikt())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"legenda\"><span class=\"vink\">✓</span>Groen gemarkeerd: bereik op of ")
                .append("boven het doel. Verschil met doel in procentpunten (pp).</p>\n</section>\n");
    }

    private static void footer(StringBuilder html, LocalDate generatedOn) {
        html.append("<footer>\n<h2>Toelichting</h2>\n<p class=\"toelichting\">")
                .append(escape(String.join(" ", SuppressionRules.STANDARD.explanation())))
                .append("</p>\n<p class=\"toelichting\">")
                .append(escape("Zaken tellen mee in de maand van hun eerste signaal (cohortmaand). Bereik: aandeel zaken "
                        + "waarin contact met de inwoner is gelegd. Hulpacceptatie: aandeel bereikte zaken waarin de "
                        + "inwoner hulp accepteerde. Voorlopig: zaken uit de maand worden nog behandeld."))
                .append("</p>\n<p class=\"gegenereerd\">Gegenereerd op ").append(escape(DAY.format(generatedOn)))
                .append(" uit de gepubliceerde maandcijfers (gold.gemeente_maand_gepubliceerd).</p>\n</footer>\n");
    }

    private static String percent(Double value) {
        return value == null ? DutchFormat.NOT_SHOWN : DutchFormat.decimal(value) + "%";
    }

    /** Percentage points with a sign, so "above" and "below" the target read at a glance; never "-0,0". */
    static String points(Double value) {
        if (value == null) return DutchFormat.NOT_SHOWN;
        String text = DutchFormat.decimal(value);
        if (text.equals("-0,0")) return "0,0";
        return value > 0 && !text.equals("0,0") ? "+" + text : text;
    }
}
