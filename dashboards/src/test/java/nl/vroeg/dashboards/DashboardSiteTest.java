package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedLakeFixture;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.Html;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.SuppressionRules;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard site from the shared published fixture lake, opened from disk in headless Chromium: the picker, the
 * headline figures against the published gold figures, no request outside the site, a clean console, sortable
 * tables by keyboard, and a text alternative for every chart. One lake, one site and one browser for the class.
 */
@ExtendWith(SparkTest.class)
class DashboardSiteTest {

    private static final Clock MAY_5 = Clock.fixed(Instant.parse("2025-05-05T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> PAGES = List.of("index.html", "provincies/PV26.html", "provincies/PV28.html",
            "gemeenten/GM0307.html", "gemeenten/GM0518.html");

    @TempDir
    static Path dir;

    private static Path site;
    private static PublishedFigures gold;
    private static DashboardSite.Written written;
    private static ChromeDriver browser;

    @BeforeAll
    static void writeTheSiteAndStartTheBrowser(SparkSession spark) {
        Lake lake = new Lake(dir.resolve("lake"));
        PublishedLakeFixture.write(spark, lake, true);
        gold = PublishedFigures.read(spark, lake);
        site = dir.resolve("site");
        written = new DashboardSite(spark, lake, message -> { }, MAY_5).write(site, null);
        browser = Chromium.start(dir.resolve("chromium-profiel"));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void onePagePerAreaOfTheLatestDefinitiveMonthWithItsDataAndAssets() throws IOException {
        assertEquals(PublishedLakeFixture.FEBRUARY, written.maand(), "March is provisional: February is the latest definitive month");
        assertEquals(site.resolve("index.html"), written.index());
        assertEquals(PAGES.size(), written.pages());
        for (String page : PAGES) assertTrue(Files.isRegularFile(site.resolve(page)), page);
        for (String file : List.of("assets/echarts.min.js", "assets/dashboard.js", "assets/dashboard.css", "data/gemeenten.js",
                "data/NL.js", "data/GM0307.js", "data/PV26.js")) {
            assertTrue(Files.size(site.resolve(file)) > 0, file);
        }
        String amersfoort = Files.readString(site.resolve("gemeenten/GM0307.html"));
        assertTrue(amersfoort.contains("<html lang=\"nl\""));
        assertTrue(amersfoort.contains("content=\"" + PageFrame.CSP + "\""), "a CSP keeps every page to its own site");
        assertTrue(amersfoort.contains(DutchFormat.SUPPRESSED_COUNT.replace("<", "&lt;")), "primary suppression shown as <5");
        assertTrue(amersfoort.contains(">x</td>"), "secondary suppression shown as x");
        assertFalse(amersfoort.contains(">" + PublishedLakeFixture.HIDDEN_SECONDARY + "</td>"), "a hidden count never comes back");
        assertTrue(amersfoort.contains(Html.escape(SuppressionRules.STANDARD.explanation().get(1))), "the Dutch explanation of the rules");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js") || f.toString().endsWith(".css"))
                    .filter(f -> !f.endsWith("echarts.min.js")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("http://") || text.contains("https://") || text.contains("//cdn"), "no external URL in " + file);
            }
        }
    }

    @Test
    void thePickerLeadsFromTheNationalPageToAMunicipalityShowingItsPublishedFigures() {
        open("index.html");
        pick("gravenhage", "gemeenten/GM0518.html");
        assertHeadlineIsGold("GM0518");

        pick("Amersfoort", "gemeenten/GM0307.html");
        assertHeadlineIsGold("GM0307");
        assertEquals("–", kpi("bereik_pct"), "Amersfoort's reach is suppressed in gold");

        WebElement input = browser.findElement(By.id("kies-gemeente"));
        input.clear();
        input.sendKeys("Atlantis", Keys.ENTER);
        WebElement message = browser.findElement(By.id("kiezer-melding"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !message.getText().isEmpty());
        assertEquals("Geen gemeente gevonden bij \"Atlantis\".", message.getText());
        assertTrue(browser.getCurrentUrl().endsWith("/gemeenten/GM0307.html"), "an unknown name stays on the page");
    }

    @Test
    void noPageRequestsAnythingOutsideTheSiteAndTheConsoleHasNoErrors() throws IOException {
        for (String page : PAGES) {
            browser.manage().logs().get(LogType.PERFORMANCE); // drain what earlier pages logged
            open(page);
            List<String> requested = requestedUrls();
            assertTrue(requested.stream().anyMatch(u -> u.endsWith("assets/echarts.min.js")), page + " loads ECharts: " + requested);
            // the browser's own chrome:// pages log requests too; the network is what must stay untouched
            for (String url : requested) {
                assertFalse(url.matches("(?i)^(https?|wss?|ftp):.*"), page + " requested " + url);
                if (url.startsWith("file:")) assertTrue(url.startsWith(site.toUri().toString()), page + " reached outside the site: " + url);
            }
            for (WebElement linked : browser.findElements(By.cssSelector("[src], [href]"))) {
                String target = linked.getAttribute("src") != null ? linked.getDomAttribute("src") : linked.getDomAttribute("href");
                assertFalse(target != null && target.matches("(?i)^(https?:)?//.*"), page + " links to " + target);
            }
            List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
            assertEquals(List.of(), errors, page + ": console errors");
        }
        open("gemeenten/GM0518.html");
        Path screenshot = Path.of("target", "dashboard-GM0518.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        open("index.html");
        Files.write(Path.of("target", "dashboard-index.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void everyChartIsDrawnAndHasItsNumbersAsATableAndHeadingsGoInOrder() {
        for (String page : PAGES) {
            open(page);
            List<WebElement> charts = browser.findElements(By.cssSelector("[data-grafiek]"));
            assertFalse(charts.isEmpty(), page);
            for (WebElement chart : charts) {
                assertEquals("img", chart.getDomAttribute("role"));
                assertFalse(chart.getDomAttribute("aria-label").isBlank());
                assertFalse(chart.findElements(By.tagName("svg")).isEmpty(), page + ": ECharts drew " + chart.getDomAttribute("id"));
                WebElement figure = chart.findElement(By.xpath("ancestor::figure"));
                assertFalse(figure.findElements(By.cssSelector("details table tbody tr")).isEmpty(), page + ": a table beside " + chart.getDomAttribute("id"));
            }
            int previous = 0;
            for (WebElement heading : browser.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6"))) {
                int level = Integer.parseInt(heading.getTagName().substring(1));
                assertTrue(level <= previous + 1, page + ": " + heading.getTagName() + " '" + heading.getText() + "' after h" + previous);
                previous = level;
            }
        }
    }

    @Test
    void rankingTablesSortByKeyboardOnTheirHeaderButtons() {
        open("index.html");
        WebElement table = browser.findElement(By.cssSelector("#kop-gemeenten ~ .tabel-houder table.sorteerbaar"));
        WebElement header = table.findElement(By.xpath(".//th[button[starts-with(normalize-space(.), 'Gemeente')]]"));
        WebElement button = header.findElement(By.tagName("button"));
        button.sendKeys(Keys.ENTER);
        assertEquals("ascending", header.getDomAttribute("aria-sort"));
        assertEquals(List.of("Amersfoort", "'s-Gravenhage"), names(table));
        button.sendKeys(Keys.SPACE);
        assertEquals("descending", header.getDomAttribute("aria-sort"));
        assertEquals(List.of("'s-Gravenhage", "Amersfoort"), names(table));
        WebElement reach = table.findElement(By.xpath(".//th[button[starts-with(normalize-space(.), 'Bereik')]]/button"));
        reach.sendKeys(Keys.ENTER);
        assertEquals("'s-Gravenhage", names(table).get(0), "a hidden reach sorts last, also ascending");
        assertEquals(browser.switchTo().activeElement(), reach, "the focus stays on the header button");
    }

    private static List<String> names(WebElement table) {
        return table.findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText).toList();
    }

    private void assertHeadlineIsGold(String code) {
        PublishedMonth m = gold.month(code, written.maand()).orElseThrow();
        assertEquals(DutchFormat.count(m.signalen(), m.secundair("signalen")), kpi("signalen"));
        assertEquals(DutchFormat.count(m.zaken(), m.secundair("zaken")), kpi("zaken"));
        assertEquals(DutchFormat.percent(m.bereikPct()), kpi("bereik_pct"));
        assertEquals(DutchFormat.percent(m.hulpacceptatiePctVanBereikt()), kpi("hulpacceptatie_pct_van_bereikt"));
        assertEquals(DutchFormat.percent(m.binnen4WekenPct()), kpi("binnen_4_weken_pct"));
        assertEquals(DutchFormat.percent(m.uitvalPct()), kpi("uitval_pct"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().endsWith(m.gemeentenaam()));
    }

    private static String kpi(String column) {
        return browser.findElement(By.cssSelector("[data-kpi='" + column + "'] .waarde")).getText();
    }

    /** Types into the picker and presses Enter, as a keyboard user would, and waits for the page it leads to. */
    private static void pick(String text, String expectedPage) {
        WebElement input = browser.findElement(By.id("kies-gemeente"));
        input.clear();
        input.sendKeys(text, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/" + expectedPage));
        Chromium.waitForCharts(browser);
    }

    private static void open(String page) {
        Chromium.open(browser, site.resolve(page));
    }

    /** The URLs the page requested, from Chrome's performance (DevTools network) log. */
    private static List<String> requestedUrls() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) urls.add(message.path("params").path("request").path("url").asText());
        }
        return urls;
    }
}
