package nl.vroeg.dashboards;

import java.util.List;
import java.util.Map;
import nl.vroeg.dashboards.Table.Cell;
import nl.vroeg.lake.published.Html;

/**
 * One chart of a page: drawn by dashboard.js with ECharts from {@code spec} (in the page's data file), described by
 * {@code label} for screen readers, and followed by its numbers as a table (the text alternative, in a
 * {@code <details>}), so nothing a chart shows is only in the chart.
 */
record Chart(String id, String label, String caption, Map<String, Object> spec, List<String> headers, List<List<Cell>> rows) {

    /** The figure element; the spec goes to {@code specs} under the chart's id. */
    void render(Html h, Map<String, Object> specs) {
        specs.put(id, spec);
        h.open("figure", "class", "figuur");
        h.el("div", "", "class", "grafiek grafiek-" + spec.get("soort"), "id", id, "data-grafiek", "", "role", "img", "aria-label", label);
        if (caption != null) h.el("figcaption", caption);
        h.open("details").el("summary", "De cijfers van deze grafiek als tabel");
        Table.render(h, null, headers, rows, 0, false, -1);
        h.close("details").close("figure");
    }
}
