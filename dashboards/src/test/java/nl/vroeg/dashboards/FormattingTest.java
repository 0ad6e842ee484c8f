package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The small text rules of both outputs, without Spark or a database. */
class FormattingTest {

    @Test
    void percentagePointsCarryTheirSignButNeverMinusZero() {
        assertEquals("+5,2", DashboardHtml.points(5.17));
        assertEquals("-3,3", DashboardHtml.points(-3.3));
        assertEquals("0,0", DashboardHtml.points(-0.04));
        assertEquals("0,0", DashboardHtml.points(0.04));
        assertEquals("–", DashboardHtml.points(null));
    }

    @Test
    void htmlEscapesEveryMarkupCharacter() {
        assertEquals("&#39;s-Gravenhage &amp; &lt;b&gt; &quot;x&quot;", Html.escape("'s-Gravenhage & <b> \"x\""));
    }

    @Test
    void copyLinesEscapeTextAndMarkNulls() {
        String line = CopyText.line(RowFactory.create("a\tb\\c\nd", null, 12L, 41.7, true, LocalDate.of(2025, 6, 1)));
        assertEquals("a\\tb\\\\c\\nd\t\\N\t12\t41.7\ttrue\t2025-06-01\n", line);
    }
}
