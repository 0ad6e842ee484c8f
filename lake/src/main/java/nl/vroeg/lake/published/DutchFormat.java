package nl.vroeg.lake.published;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How published figures read in Dutch: "1.234", "19,5", "juni 2025"; suppressed counts "&lt;5", counts hidden by
 * secondary suppression "x", hidden figures "–".
 */
public final class DutchFormat {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");
    public static final String SUPPRESSED_COUNT = "<5";
    public static final String NOT_SHOWN = "–";
    /** A count hidden because another hidden count could be recomputed from it (any size: not "<5"). */
    public static final String SECONDARY_SUPPRESSED = "x";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", NL);

    private DutchFormat() {
    }

    public static String count(Long value) {
        return count(value, false);
    }

    /** @param secondary the count was hidden by secondary suppression (when null) */
    public static String count(Long value, boolean secondary) {
        if (value == null) return secondary ? SECONDARY_SUPPRESSED : SUPPRESSED_COUNT;
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)).format(value);
    }

    /** One decimal: percentages, percentage points, days. */
    public static String decimal(Double value) {
        return value == null ? NOT_SHOWN : new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(NL)).format(value);
    }

    /** A percentage with one decimal and its sign: "19,5%", or "–" when not shown. */
    public static String percent(Double value) {
        return value == null ? NOT_SHOWN : decimal(value) + "%";
    }

    /** Percentage points with a sign, so "above" and "below" the target read at a glance; never "-0,0". */
    public static String points(Double value) {
        if (value == null) return NOT_SHOWN;
        String text = decimal(value);
        if (text.equals("-0,0")) return "0,0";
        return value > 0 && !text.equals("0,0") ? "+" + text : text;
    }

    public static String month(LocalDate maand) {
        return MONTH.format(maand);
    }

    public static String shortMonth(LocalDate maand) {
        return SHORT_MONTH.format(maand).replace(".", "");
    }
}
