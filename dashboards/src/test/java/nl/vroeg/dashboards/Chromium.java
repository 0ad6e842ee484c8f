package nl.vroeg.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven by its own chromedriver (Debian packages chromium and chromium-driver; .ci/run
 * installs them). Missing, the browser tests fail rather than skip: a dashboard nobody opened in a browser is not
 * tested. The console ({@code browser}) and network ({@code performance}) logs are recorded for the tests to read.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("VROEG_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("VROEG_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** @param profile a fresh folder for the browser profile (nothing carried over between runs) */
    static ChromeDriver start(Path profile) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium of chromedriver ontbreekt (" + BINARY + ", " + DRIVER + "): installeer ze met"
                    + " 'apt-get install -y chromium chromium-driver' (.ci/run doet dat), of wijs ze aan met $VROEG_CHROMIUM en"
                    + " $VROEG_CHROMEDRIVER.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // The flags that work on a closed network: no background requests, no sandbox (tests may run as root).
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Opens a page from disk and waits until it is loaded and ECharts has drawn every chart (each gets an svg). */
    static void open(ChromeDriver browser, Path page) {
        browser.get(page.toUri().toString());
        waitForCharts(browser);
    }

    static void waitForCharts(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "complete".equals(browser.executeScript("return document.readyState"))
                && browser.findElements(By.cssSelector("[data-grafiek]")).stream().allMatch(c -> !c.findElements(By.tagName("svg")).isEmpty()));
    }
}
