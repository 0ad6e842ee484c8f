package nl.vroeg.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.vroeg.lake.published.Html;
import nl.vroeg.lake.published.area.Glossary;
import nl.vroeg.lake.published.area.Suppression;

/** The frame every report page shares: the XHTML document, its style sheet and running header, the appendix. */
final class ReportHtml {

    static final String CSS = resource("rapport.css");

    private ReportHtml() {
    }

    /** Opens the document: title (also the PDF's title), the running header. */
    static Html document(String title, String runningHeader) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\">");
        h.open("head").raw("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>")
                .el("title", title)
                .raw("<meta name=\"author\" content=\"vroeg\"/><meta name=\"subject\" content=\"Maandrapportage vroegsignalering schulden\"/>")
                .open("style").text(CSS).close("style").close("head");
        h.open("body").el("div", runningHeader, "id", "kop");
        return h;
    }

    /** A document for the PDF: the XHTML and the charts it places. */
    record Page(String xhtml, ChartObjects charts) {
        static Page withoutCharts(String xhtml) {
            return new Page(xhtml, new ChartObjects());
        }
    }

    static String end(Html h) {
        return h.close("body").raw("</html>").toString();
    }

    /** One cell; {@code opDoel} marks reach on or above the target (bold on a grey ground: readable without colour). */
    record Cell(String text, boolean opDoel) {
        static Cell of(String text) {
            return new Cell(text, false);
        }
    }

    /** A table row; {@code eigen} is the report's own area, set in bold among others. */
    record Row(List<Cell> cells, boolean eigen) {
        static Row of(String... texts) {
            return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList(), false);
        }
    }

    /** A table: header labels (those starting with '#' are numeric: right-aligned, as are their hidden cells). */
    static void table(Html h, List<String> headers, List<Row> rows) {
        h.open("table").open("thead").open("tr");
        for (String header : headers) {
            boolean numeric = header.startsWith("#");
            h.el("th", numeric ? header.substring(1) : header, "scope", "col", "class", numeric ? "n" : "t");
        }
        h.close("tr").close("thead").open("tbody");
        for (Row row : rows) {
            h.open("tr", "class", row.eigen() ? "eigen" : "r");
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                boolean numeric = c < headers.size() && headers.get(c).startsWith("#");
                h.el("td", cell.text(), "class", (numeric ? "n" : "t") + (cell.opDoel() ? " doel-gehaald" : ""));
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    static void figure(Html h, String chart, String caption) {
        h.open("div", "class", "figuur").raw(chart).close("div");
        if (caption != null) h.el("p", caption, "class", "bijschrift");
    }

    /** The appendix: the definitions in plain Dutch and the suppression rules. */
    static void appendix(Html h) {
        h.open("div", "class", "nieuwe-pagina").el("h2", "Bijlage: begrippen en privacy").open("dl");
        for (String[] term : Glossary.TERMS) h.el("dt", term[0]).el("dd", term[1]);
        h.close("dl").el("h3", "Privacy: onderdrukte cijfers");
        for (String line : Suppression.uitlegTekst()) h.el("p", line);
        h.el("p", Glossary.SIGNS);
        h.close("div");
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Ontbrekende opmaak " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
