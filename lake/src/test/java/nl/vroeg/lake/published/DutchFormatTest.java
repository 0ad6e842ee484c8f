package nl.vroeg.lake.published;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void countsReadDutchAndHiddenCountsSayWhyTheyAreHidden() {
        assertEquals("1.234", DutchFormat.count(1234L));
        assertEquals("0", DutchFormat.count(0L, true));
        assertEquals("<5", DutchFormat.count(null), "primary suppression: 1 to 4");
        assertEquals("x", DutchFormat.count(null, true), "secondary suppression: any size, so never '<5'");
    }

    @Test
    void decimalsMonthsAndHiddenFigures() {
        assertEquals("19,5", DutchFormat.decimal(19.46));
        assertEquals("–", DutchFormat.decimal(null));
        assertEquals("juni 2025", DutchFormat.month(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void percentagesAndPercentagePointsCarryTheirSignButNeverMinusZero() {
        assertEquals("41,7%", DutchFormat.percent(41.66));
        assertEquals("–", DutchFormat.percent(null));
        assertEquals("+5,2", DutchFormat.points(5.17));
        assertEquals("-3,3", DutchFormat.points(-3.3));
        assertEquals("0,0", DutchFormat.points(-0.04));
        assertEquals("0,0", DutchFormat.points(0.04));
        assertEquals("–", DutchFormat.points(null));
    }

    @Test
    void htmlEscapesEveryMarkupCharacter() {
        assertEquals("&lt;5 &amp; &lt;b&gt; &quot;x&quot;", Html.escape("<5 & <b> \"x\""));
    }
}
