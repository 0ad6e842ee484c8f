package nl.vroeg.dashboards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.Html;
import nl.vroeg.lake.published.SuppressionRules;
import nl.vroeg.lake.published.area.Glossary;

/**
 * What every page of the site shares: the head (no URL outside the site, and a Content-Security-Policy that keeps
 * it so), the header with the municipality picker, and the footer with the suppression rules and the terms.
 * Links are relative ({@code root} is "" or "../"), so the site works from disk and under any path on a server.
 */
final class PageFrame {

    static final String SITE_TITLE = "Vroegsignalering schulden";
    /** Everything from the site itself; inline styles because ECharts sets them on its elements. */
    static final String CSP = "default-src 'self' 'unsafe-inline'";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DutchFormat.NL);

    private PageFrame() {
    }

    /** Opens the page up to {@code <main>}; {@code dataFile} is the page's chart data (data/CODE.js). */
    static Html start(String title, String root, String dataFile, String breadcrumb, String breadcrumbHref) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"nl\" data-wortel=\"" + Html.escape(root) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", title + " — " + SITE_TITLE).raw("\n")
                .raw("<link rel=\"stylesheet\" href=\"" + root + "assets/dashboard.css\">\n");
        for (String script : new String[] {"assets/echarts.min.js", "data/gemeenten.js", dataFile, "assets/dashboard.js"}) {
            h.raw("<script defer src=\"" + Html.escape(root + script) + "\"></script>\n");
        }
        h.raw("</head>\n<body>\n").el("a", "Direct naar de inhoud", "class", "naar-inhoud", "href", "#inhoud");
        h.open("header", "class", "kop").open("div", "class", "kop-binnen");
        h.open("p", "class", "sitenaam").el("a", SITE_TITLE + " — dashboard", "href", root + "index.html").close("p");
        if (breadcrumb != null) h.open("p", "class", "kruimel").text("Provincie: ").el("a", breadcrumb, "href", breadcrumbHref).close("p");
        picker(h);
        h.close("div").close("header").raw("\n<main id=\"inhoud\" tabindex=\"-1\">\n");
        return h;
    }

    /**
     * The picker: a text field with the municipalities as suggestions (dashboard.js fills the datalist from
     * data/gemeenten.js: a script, not a JSON fetch, because browsers block fetches from file://).
     */
    private static void picker(Html h) {
        h.open("form", "class", "kiezer", "role", "search", "data-kiezer", "", "action", "#");
        h.el("label", "Ga naar een gemeente", "for", "kies-gemeente");
        h.open("div", "class", "kiezer-regel")
                .raw("<input id=\"kies-gemeente\" name=\"gemeente\" type=\"search\" list=\"gemeenten-lijst\" autocomplete=\"off\""
                        + " placeholder=\"naam of GM-code\" aria-describedby=\"kiezer-melding\">")
                .el("datalist", "", "id", "gemeenten-lijst")
                .el("button", "Toon", "type", "submit").close("div");
        h.el("p", "", "id", "kiezer-melding", "class", "kiezer-melding", "role", "status");
        h.close("form");
    }

    static String end(Html h, LocalDate generatedOn) {
        h.raw("</main>\n<footer class=\"voet\">\n").open("div", "class", "voet-binnen");
        h.el("h2", "Toelichting");
        h.el("h3", "Privacy: onderdrukte cijfers");
        for (String line : SuppressionRules.STANDARD.explanation()) h.el("p", line);
        h.el("p", Glossary.SIGNS);
        h.el("h3", "Begrippen").open("dl", "class", "begrippen");
        for (String[] term : Glossary.TERMS) h.el("dt", term[0]).el("dd", term[1]);
        h.close("dl");
        h.el("p", "Gemaakt op " + DAY.format(generatedOn) + " uit de gepubliceerde cijfers (gold.*_gepubliceerd) van vroeg.", "class", "gemaakt");
        h.close("div").raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
