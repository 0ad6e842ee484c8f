package nl.vroeg.lake.published.area;

import java.util.List;
import nl.vroeg.lake.published.SuppressionRules;

/**
 * The publication rules as far as the reports need them: a share the report computes itself from published
 * counts follows the rule of a published percentage, and the appendix prints the rules' explanation.
 */
public final class Suppression {

    private static final SuppressionRules RULES = SuppressionRules.STANDARD;

    private Suppression() {
    }

    /** 100 x numerator / denominator, or null when a published table would not show it (or a count is hidden). */
    public static Double pct(Long numerator, Long denominator) {
        if (numerator == null || denominator == null || !RULES.percentageShown(numerator, denominator)) return null;
        return 100.0 * numerator / denominator;
    }

    /** The explanation of the suppression rules, one sentence per line. */
    public static List<String> uitlegTekst() {
        return RULES.explanation();
    }
}
