package nl.vroeg.reports;

import java.util.List;
import nl.vroeg.lake.published.DutchFormat;

/**
 * The suppression rules as far as the reports need them: a share the report computes itself from published
 * counts follows the same rule as a published percentage, and the appendix explains the rules.
 */
final class Suppression {

    // TODO(coordinator): swap for nl.vroeg.lake.published.SuppressionRules (thresholds and explanation text),
    // which the suppression helper adds; these are its current defaults (transform parameters).
    static final int SMALLEST_SHOWN_COUNT = 5;
    static final int SMALLEST_DENOMINATOR = 10;

    private Suppression() {
    }

    /**
     * 100 x numerator / denominator, or null when the published table would not show it: a count hidden, a
     * denominator below 10, or a numerator or remainder from 1 to 4.
     */
    static Double pct(Long numerator, Long denominator) {
        if (numerator == null || denominator == null || denominator < SMALLEST_DENOMINATOR) return null;
        long rest = denominator - numerator;
        if (small(numerator) || small(rest)) return null;
        return 100.0 * numerator / denominator;
    }

    private static boolean small(long count) {
        return count >= 1 && count < SMALLEST_SHOWN_COUNT;
    }

    /**
     * The explanation of the suppression rules for the appendix.
     * TODO(coordinator): placeholder, replace by SuppressionRules.uitlegTekst() from lake/published.
     */
    static List<String> uitlegTekst() {
        return List.of(
                "Aantallen van 1 tot en met 4 staan als '" + DutchFormat.SUPPRESSED_COUNT
                        + "'; percentages met een noemer onder 10 worden niet getoond ('" + DutchFormat.NOT_SHOWN + "').",
                "Een aantal waaruit een verborgen aantal terug te rekenen zou zijn, staat als '"
                        + DutchFormat.SECONDARY_SUPPRESSED + "', ongeacht de grootte (secundaire onderdrukking).");
    }
}
