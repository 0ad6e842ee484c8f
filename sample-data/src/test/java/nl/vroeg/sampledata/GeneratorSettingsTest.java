package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void parsesMunicipalitySpecifications() {
        assertEquals(342, GeneratorSettings.parseMunicipalities("alle").size());
        assertEquals(342, GeneratorSettings.parseMunicipalities("ALL").size());
        List<String> largest = GeneratorSettings.parseMunicipalities("4");
        assertEquals(List.of("GM0363", "GM0599", "GM0518", "GM0344"), largest, "Amsterdam, Rotterdam, Den Haag, Utrecht");
        List<String> utrecht = GeneratorSettings.parseMunicipalities("PV26");
        assertEquals(utrecht, GeneratorSettings.parseMunicipalities("utrecht"));
        assertTrue(utrecht.contains("GM0344") && utrecht.size() > 20);
        assertTrue(GeneratorSettings.parseMunicipalities("Fryslan").contains("GM0080"), "Leeuwarden in Fryslân");
        assertEquals(List.of("GM0307", "GM0106"), GeneratorSettings.parseMunicipalities("GM0307, 0106"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.parseMunicipalities("Atlantis"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.parseMunicipalities("GM9999"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.parseMunicipalities("0"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.parseMunicipalities(" "));
    }
}
