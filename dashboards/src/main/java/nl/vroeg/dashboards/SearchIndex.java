package nl.vroeg.dashboards;

import java.util.List;
import java.util.function.Function;
import nl.vroeg.lake.published.PublishedMonth;

/**
 * The picker's list of municipalities (code, name, province), as a script assigning a global: one shared file the
 * browser caches, instead of the whole list in every page, and a script because file:// pages may not fetch JSON.
 */
final class SearchIndex {

    private SearchIndex() {
    }

    static String script(SiteContext site, List<PublishedMonth> gemeenten, Function<String, String> provinceName) {
        List<List<String>> entries = gemeenten.stream().map(g -> List.of(g.gemeentecode(), g.gemeentenaam(),
                provinceName.apply(g.provinciecode()) == null ? "" : provinceName.apply(g.provinciecode()))).toList();
        return "window.VROEG_GEMEENTEN = " + site.json(entries) + ";\n";
    }
}
