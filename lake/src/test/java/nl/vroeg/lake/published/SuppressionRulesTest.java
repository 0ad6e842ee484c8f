package nl.vroeg.lake.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionRulesTest {

    private final SuppressionRules rules = SuppressionRules.STANDARD;

    @Test
    void countsOneToFourAreSmallZeroAndFiveAreNot() {
        assertFalse(rules.smallCount(0));
        assertTrue(rules.smallCount(1));
        assertTrue(rules.smallCount(4));
        assertFalse(rules.smallCount(5));
    }

    @Test
    void percentagesAtTheEdges() {
        assertFalse(rules.percentageShown(4, 33), "4 of 33: the numerator is 1-4");
        assertTrue(rules.percentageShown(5, 33));
        assertFalse(rules.percentageShown(29, 33), "29 of 33: 4 are not counted");
        assertTrue(rules.percentageShown(28, 33));
        assertFalse(rules.percentageShown(5, 9), "denominator 9");
        assertTrue(rules.percentageShown(5, 10), "denominator 10");
        assertTrue(rules.percentageShown(0, 10), "0%: nobody to protect");
        assertTrue(rules.percentageShown(10, 10), "100%: nobody outside");
        assertFalse(rules.percentageShown(3, 50), "3 of 50 must not come back as 6.0%");
    }

    @Test
    void theThresholdsAreTransformParametersBothWays() {
        assertEquals(rules, SuppressionRules.of(rules.parameters()));
        assertEquals(rules, SuppressionRules.of(Map.of()));
        assertEquals(new SuppressionRules(11, 20), SuppressionRules.of(Map.of(SuppressionRules.SMALLEST_SHOWN_COUNT, "11",
                SuppressionRules.SMALLEST_PERCENTAGE_DENOMINATOR, "20")));
    }

    @Test
    void theExplanationStatesTheThresholdsAndWhatSecondarySuppressionProtects() {
        String text = String.join(" ", new SuppressionRules(11, 20).explanation());
        assertTrue(text.contains("Aantallen van 1 tot en met 10 staan als '<5'") || text.contains("1 tot en met 10"), text);
        assertTrue(text.contains("kleiner is dan 20"), text);
        String standard = String.join(" ", rules.explanation());
        assertTrue(standard.contains("Aantallen van 1 tot en met 4 staan als '<5'"), standard);
        assertTrue(standard.contains("een provincie en haar gemeenten") && standard.contains("Nederland en de provincies")
                && standard.contains("'x'"), standard);
    }
}
