package nl.vroeg.dashboards;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport.RankedRow;
import nl.vroeg.lake.published.area.ReportModel;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg dashboard}: a static site from the published figures ({@code gold.*_gepubliceerd} only), one page per
 * area: {@code index.html} (NL), {@code provincies/PVnn.html}, {@code gemeenten/GMnnnn.html}, with their chart data
 * in {@code data/}, and the style sheet, script and ECharts in {@code assets/}. Nothing is loaded from outside the
 * folder, so the site works from disk (file://) and on any intranet web server.
 */
public final class DashboardSite {

    /** What was written: the start page, the month shown and the number of pages. */
    public record Written(Path index, LocalDate maand, int pages) {
    }

    private final SparkSession spark;
    private final Lake lake;
    private final Clock clock;
    private final Consumer<String> progress;

    public DashboardSite(SparkSession spark, Lake lake, Consumer<String> progress) {
        this(spark, lake, progress, Clock.systemDefaultZone());
    }

    /** The clock dates the pages ("Gemaakt op ..."); tests fix it. */
    DashboardSite(SparkSession spark, Lake lake, Consumer<String> progress, Clock clock) {
        this.spark = spark;
        this.lake = lake;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Refuses a lake without published monthly figures before any work (no Spark needed): the dashboard shows
     * published figures only, and the transform writes them.
     */
    public static void requirePublished(Lake lake) {
        if (!lake.exists("gold", PublishedFigures.TABLE)) {
            throw new IllegalStateException("Geen gepubliceerde cijfers in " + lake.root() + " (gold." + PublishedFigures.TABLE
                    + " ontbreekt): draai eerst 'vroeg transform'.");
        }
    }

    /**
     * @param maand the month to show (first day), or null for the latest month with definitive figures
     * @throws IllegalStateException (Dutch message) when there are no published figures, or none of that month
     */
    public Written write(Path dir, LocalDate maand) {
        requirePublished(lake);
        ReportModel model = ReportModel.read(spark, lake, maand);
        progress.accept(model.month.uitleg());
        SiteContext site = new SiteContext(LocalDate.now(clock));
        SiteFiles files = new SiteFiles(dir);
        files.copyResource(SiteFiles.ECHARTS, "assets/echarts.min.js");
        files.copyResource("site/dashboard.css", "assets/dashboard.css");
        files.copyResource("site/dashboard.js", "assets/dashboard.js");
        files.write("data/gemeenten.js", SearchIndex.script(site, model.gemeenten(), model::provinceName));

        List<PublishedMonth> nlSeries = model.figures.series("NL");
        Path index = page(site, files, model, "NL", "index.html", model.ranking(model.provincies()), nlSeries);
        int pages = 1;
        List<String> folders = new ArrayList<>();
        for (PublishedMonth p : model.provincies()) folders.add("provincies/" + p.gemeentecode());
        for (PublishedMonth g : model.gemeenten()) folders.add("gemeenten/" + g.gemeentecode());
        for (String page : folders) {
            page(site, files, model, page.substring(page.indexOf('/') + 1), page + ".html", List.of(), nlSeries);
            if (++pages % 50 == 0) progress.accept("[" + pages + "/" + (folders.size() + 1) + "] pagina's geschreven");
        }
        return new Written(index, model.maand(), pages);
    }

    private static Path page(SiteContext site, SiteFiles files, ReportModel model, String code, String path, List<RankedRow> provinces,
                             List<PublishedMonth> nlSeries) {
        AreaPage.Rendered page = AreaPage.render(site, model.area(code), provinces, nlSeries);
        files.write("data/" + code + ".js", page.dataScript());
        return files.write(path, page.html());
    }
}
