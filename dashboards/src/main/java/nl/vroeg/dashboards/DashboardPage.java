package nl.vroeg.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg dashboard}: the static dashboard page ({@code index.html}) from the published figures
 * ({@code gold.gemeente_maand_gepubliceerd} only): the national headline, the national reach chart and the
 * municipalities of the latest month.
 */
public final class DashboardPage {

    private final SparkSession spark;
    private final Lake lake;
    private final Clock clock;

    public DashboardPage(SparkSession spark, Lake lake) {
        this(spark, lake, Clock.systemDefaultZone());
    }

    /** The clock dates the page ("Gegenereerd op ..."); tests fix it. */
    DashboardPage(SparkSession spark, Lake lake, Clock clock) {
        this.spark = spark;
        this.lake = lake;
        this.clock = clock;
    }

    /** Writes {@code dir/index.html} (replacing it in one move, so a web server never serves half a page). */
    public Path write(Path dir) {
        DashboardData data = DashboardData.read(spark, lake);
        String chart = BereikChart.svg(data.nationalSeries(), DashboardHtml.CHART_CAPTION_ID);
        String html = DashboardHtml.render(data, chart, LocalDate.now(clock));
        try {
            Files.createDirectories(dir);
            Path page = dir.resolve("index.html");
            Path draft = dir.resolve(".index.html.tmp"); // not createTempFile: its 0600 mode would hide the page
            Files.writeString(draft, html, StandardCharsets.UTF_8);
            return Files.move(draft, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan het dashboard niet schrijven in " + dir, e);
        }
    }
}
