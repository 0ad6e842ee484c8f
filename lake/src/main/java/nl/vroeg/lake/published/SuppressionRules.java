package nl.vroeg.lake.published;

import java.util.List;
import java.util.Map;
import nl.vroeg.reference.Onderdrukking;

/**
 * The rules that protect published figures (spec/indicators.md, "Published figures"), in one place: the thresholds
 * the transform's suppression pass applies and the Dutch explanation that reports, the dashboard and the serving
 * database print, generated from the same thresholds so the text cannot drift from the rule.
 *
 * @param smallestShownCount             counts from 1 to this minus 1 are hidden (primary suppression, "&lt;5")
 * @param smallestPercentageDenominator a percentage over fewer cases is not shown
 */
public record SuppressionRules(int smallestShownCount, int smallestPercentageDenominator) {

    /** The thresholds of the spec (reference module): counts 1 to 4 hidden, percentages over fewer than 10 not shown. */
    public static final SuppressionRules STANDARD = new SuppressionRules(Onderdrukking.kleinsteGetoondeTelling(),
            Onderdrukking.kleinsteNoemerVoorPercentage());

    /** The transform parameter names of the two thresholds (recorded with each transform run). */
    public static final String SMALLEST_SHOWN_COUNT = Onderdrukking.KLEINSTE_GETOONDE_TELLING;
    public static final String SMALLEST_PERCENTAGE_DENOMINATOR = Onderdrukking.KLEINSTE_NOEMER_VOOR_PERCENTAGE;

    public SuppressionRules {
        if (smallestShownCount < 1 || smallestPercentageDenominator < 1) {
            throw new IllegalArgumentException("thresholds must be positive: " + smallestShownCount + ", " + smallestPercentageDenominator);
        }
    }

    /** The rules named by transform parameters, the standard where a parameter is absent. */
    public static SuppressionRules of(Map<String, String> parameters) {
        return new SuppressionRules(
                Integer.parseInt(parameters.getOrDefault(SMALLEST_SHOWN_COUNT, String.valueOf(STANDARD.smallestShownCount))),
                Integer.parseInt(parameters.getOrDefault(SMALLEST_PERCENTAGE_DENOMINATOR,
                        String.valueOf(STANDARD.smallestPercentageDenominator))));
    }

    /** The thresholds as transform parameters. */
    public Map<String, String> parameters() {
        return Map.of(SMALLEST_SHOWN_COUNT, String.valueOf(smallestShownCount),
                SMALLEST_PERCENTAGE_DENOMINATOR, String.valueOf(smallestPercentageDenominator));
    }

    /** Whether a count is hidden by the primary rule (1 to smallestShownCount - 1; 0 is no secret). */
    public boolean smallCount(long count) {
        return count >= 1 && count < smallestShownCount;
    }

    /**
     * Whether a percentage numerator / denominator may be shown, given that both counts are shown (a percentage
     * beside a hidden count would give it back): the denominator is at least smallestPercentageDenominator and
     * neither the numerator nor denominator minus numerator is a small count ("3 of 50" is not shown as 6.0%).
     */
    public boolean percentageShown(long numerator, long denominator) {
        return denominator >= smallestPercentageDenominator && !smallCount(numerator) && !smallCount(denominator - numerator);
    }

    /** The largest hidden count, 4: the "1 tot en met 4" of the texts. */
    private int largestHidden() {
        return smallestShownCount - 1;
    }

    /** What is protected and how, in Dutch, one sentence per line: the explanation sheet and the dashboard. */
    public List<String> explanation() {
        return List.of(
                "Om inwoners niet herkenbaar te maken zijn de cijfers beveiligd voor publicatie.",
                "Aantallen van 1 tot en met " + largestHidden() + " staan als '" + DutchFormat.SUPPRESSED_COUNT + "' (primaire onderdrukking).",
                "Een percentage wordt niet getoond ('" + DutchFormat.NOT_SHOWN + "') als de noemer kleiner is dan "
                        + smallestPercentageDenominator + ", als de teller of het verschil tussen noemer en teller 1 tot en met "
                        + largestHidden() + " is, of als de teller of de noemer verborgen is; signalen per 1.000 inwoners niet als"
                        + " het aantal signalen verborgen is.",
                "Geen verborgen aantal is met één optelling of aftrekking terug te rekenen: niet uit een totaal en"
                        + " zijn delen (de groepen van een uitsplitsing, zoals zaken met en zonder contactpoging), niet uit een"
                        + " provincie en haar gemeenten, en niet uit Nederland en de provincies. Waar dat wel zou kunnen, is"
                        + " nog een aantal verborgen (het kleinste), ongeacht de grootte: dat staat als '"
                        + DutchFormat.SECONDARY_SUPPRESSED + "' (secundaire onderdrukking).");
    }
}
