package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

    @Test
    void codesAreNormalisedAndDeduplicated() {
        GeneratorSettings settings = new GeneratorSettings(List.of("0307", "GM0307", " gm0106 "), YearMonth.of(2025, 1), YearMonth.of(2025, 3), 1);
        assertEquals(List.of("GM0307", "GM0106"), settings.gemeentecodes());
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)), settings.months());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(List.of(), YearMonth.of(2025, 1), YearMonth.of(2025, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(List.of("Utrecht"), YearMonth.of(2025, 1), YearMonth.of(2025, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(List.of("GM0307"), YearMonth.of(2025, 2), YearMonth.of(2025, 1), 1));
    }

    @Test
    void demoIsFourMunicipalitiesInTheFirstHalfOf2025() {
        GeneratorSettings demo = GeneratorSettings.demo();
        assertEquals(List.of("GM1731", "GM0106", "GM0307", "GM0153"), demo.gemeentecodes());
        assertEquals(6, demo.months().size());
        assertEquals(2025L, demo.seed());
    }
}
