package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.NationalPublishedLake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Benchmark, not a test (docs/BENCHMARKS.md, "Dashboard"): the whole site of one national month (342
 * municipalities, 12 provinces, NL) from a published lake shaped like a national one, then a few pages opened from
 * disk in headless Chromium until their charts are drawn. Run with {@code -Dvroeg.benchmark=true}; it prints the
 * times and asserts nothing about them.
 */
@ExtendWith(SparkTest.class)
@EnabledIfSystemProperty(named = "vroeg.benchmark", matches = "true")
class NationalDashboardBenchmark {

    @Test
    void theSiteOfOneNationalMonthAndItsPagesInABrowser(SparkSession spark, @TempDir Path dir) throws IOException {
        Lake lake = new Lake(dir.resolve("lake"));
        LocalDate month = LocalDate.of(2025, 6, 1);
        NationalPublishedLake.write(spark, lake, month);
        Path site = dir.resolve("site");
        long start = System.nanoTime();
        DashboardSite.Written written = new DashboardSite(spark, lake, System.out::println).write(site, month);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(site)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("BENCHMARK dashboard: %d pagina's in %.1f s, %.1f MB (%d kernen)%n", written.pages(), seconds, bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        assertEquals(342 + 12 + 1, written.pages());

        ChromeDriver browser = Chromium.start(dir.resolve("profiel"));
        try {
            for (String page : List.of("index.html", "index.html", "provincies/PV26.html", "gemeenten/GM0363.html", "gemeenten/GM0307.html")) {
                long opened = System.nanoTime();
                Chromium.open(browser, site.resolve(page));
                System.out.printf("BENCHMARK pagina %s: geladen en getekend in %d ms%n", page, (System.nanoTime() - opened) / 1_000_000);
            }
        } finally {
            browser.quit();
        }
    }
}
