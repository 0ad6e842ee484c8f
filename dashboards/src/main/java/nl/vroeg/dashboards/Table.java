package nl.vroeg.dashboards;

import java.util.List;
import java.util.Locale;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.Html;

/**
 * A table of the dashboard. Headers starting with '#' are numeric (right-aligned). A sortable table gets a button in
 * every header (keyboard and screen readers reach it; dashboard.js sorts on the cells' {@code data-waarde}); hidden
 * figures sort last whatever the direction, because their value is unknown.
 */
final class Table {

    /**
     * One cell: its text as published, the value it sorts by (null: by its text; "": hidden), a link, and whether
     * it is reach on or above the target (marked in bold and with a sign, not by colour alone).
     */
    record Cell(String text, String sortKey, String href, boolean opDoel) {

        static Cell text(String text) {
            return new Cell(text, null, null, false);
        }

        /** A link that sorts by {@code sortKey} (a name without its leading "'s-"). */
        static Cell link(String text, String sortKey, String href) {
            return new Cell(text, sortKey, href, false);
        }

        static Cell count(Long value, boolean secundair) {
            return new Cell(DutchFormat.count(value, secundair), value == null ? "" : value.toString(), null, false);
        }

        static Cell decimal(Double value) {
            return new Cell(DutchFormat.decimal(value), key(value), null, false);
        }

        static Cell points(Double value) {
            return new Cell(DutchFormat.points(value), key(value), null, false);
        }

        static Cell reach(Double value, boolean opDoel) {
            return new Cell(DutchFormat.decimal(value), key(value), null, opDoel);
        }

        static Cell place(Integer place) {
            return new Cell(place == null ? DutchFormat.NOT_SHOWN : place.toString(), place == null ? "" : place.toString(), null, false);
        }

        private static String key(Double value) {
            return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
        }
    }

    private Table() {
    }

    /**
     * @param rowHeader the column that names the row (a {@code th scope="row"})
     * @param own       the row of the page's own area (set in bold), or -1
     */
    static void render(Html h, String caption, List<String> headers, List<List<Cell>> rows, int rowHeader, boolean sortable, int own) {
        h.open("div", "class", "tabel-houder").open("table", "class", sortable ? "sorteerbaar" : "gewoon");
        if (caption != null) h.el("caption", caption + (sortable ? " Sorteer met de knoppen in de kolomkoppen." : ""));
        h.open("thead").open("tr");
        for (String header : headers) {
            boolean numeric = header.startsWith("#");
            String label = numeric ? header.substring(1) : header;
            if (sortable) {
                h.open("th", "scope", "col", "class", numeric ? "n" : "t", "aria-sort", "none")
                        .open("button", "type", "button", "data-soort", numeric ? "getal" : "tekst").text(label)
                        .el("span", "", "class", "sorteerteken", "aria-hidden", "true").close("button").close("th");
            } else {
                h.el("th", label, "scope", "col", "class", numeric ? "n" : "t");
            }
        }
        h.close("tr").close("thead").open("tbody");
        for (int r = 0; r < rows.size(); r++) {
            if (r == own) h.open("tr", "class", "eigen");
            else h.open("tr");
            List<Cell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) cell(h, cells.get(c), c == rowHeader, c < headers.size() && headers.get(c).startsWith("#"));
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }

    private static void cell(Html h, Cell cell, boolean rowHeader, boolean numeric) {
        String tag = rowHeader ? "th" : "td";
        String css = (numeric ? "n" : "t") + (cell.opDoel() ? " op-doel" : "");
        String sortKey = cell.sortKey() == null ? cell.text() : cell.sortKey();
        if (rowHeader) h.open(tag, "scope", "row", "class", css, "data-waarde", sortKey);
        else h.open(tag, "class", css, "data-waarde", sortKey);
        if (cell.opDoel()) h.el("span", "✓ ", "class", "vink", "title", "op of boven het doel");
        if (cell.href() != null) h.el("a", cell.text(), "href", cell.href());
        else h.text(cell.text());
        h.close(tag);
    }
}
