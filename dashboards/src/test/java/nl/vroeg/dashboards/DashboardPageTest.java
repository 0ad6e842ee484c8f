package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class DashboardPageTest {

    private static final Clock AUGUST_15 = Clock.fixed(Instant.parse("2025-08-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void writesOneSelfContainedPageAboutTheLatestMonth(SparkSession spark, @TempDir Path dir) throws Exception {
        Lake lake = GoldFixture.write(spark, new Lake(dir.resolve("lake")));

        Path page = new DashboardPage(spark, lake, AUGUST_15).write(dir.resolve("site"));

        assertEquals(dir.resolve("site").resolve("index.html"), page);
        String html = Files.readString(page);
        assertTrue(html.contains("<title>Vroegsignalering schulden — dashboard</title>"));
        assertTrue(html.contains("Cijfers over <strong>juni 2025</strong><span class=\"label-voorlopig\">voorlopig</span>"));
        assertTrue(html.contains("<dd>1.237</dd>"), "national signals, Dutch thousands separator");
        assertTrue(html.contains("<dd>45,4%</dd><dd class=\"doel\">doel 40,0% · +5,4 procentpunt</dd>"), "national reach vs target");
        assertTrue(html.contains("<svg role=\"img\""), "the chart is inline SVG");

        String table = between(html, "<tbody>", "</tbody>");
        assertEquals(2, count(table, "<tr"), "one row per municipality of the latest month, provinces left out");
        assertTrue(table.contains("<tr class=\"op-doel\"><th scope=\"row\">Amsterdam</th><td>1.234</td><td>321</td>"
                + "<td><span class=\"vink\" title=\"op of boven het doel\">✓</span>45,2</td><td>+5,2</td><td>27,6</td></tr>"));
        assertTrue(table.contains("<tr><th scope=\"row\">&#39;s-Gravenhage <span class=\"label-voorlopig\">voorlopig</span>"
                + "</th><td>&lt;5</td><td>&lt;5</td><td>–</td><td>–</td><td>–</td></tr>"), "'<5' for NULL counts, '–' for NULL percentages");
        assertFalse(html.contains("'s-Gravenhage"), "names are HTML-escaped");

        assertFalse(html.contains("Zuid-Holland"), "no province rows");
        assertFalse(html.contains("9.876") || html.contains("9876"), "no municipal figures of earlier months");
        for (String external : new String[] {"<script", "<link", "<img", "src=", "@import", "url(http", "href=\"http"}) {
            assertFalse(html.contains(external), "self-contained, yet contains " + external);
        }
        assertTrue(html.contains("Gegenereerd op 15 augustus 2025"));
        assertTrue(html.contains("Aantallen van 1 tot en met 4 staan als &#39;&lt;5&#39;"));
    }

    private static String between(String text, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "missing " + start);
        return m.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
