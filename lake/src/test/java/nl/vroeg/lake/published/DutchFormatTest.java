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
}
