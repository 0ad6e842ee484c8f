package nl.vroeg.lake.published;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How published figures read in Dutch: "1.234", "19,5", "juni 2025"; suppressed counts "<5", hidden figures "–". */
public final class DutchFormat {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");
    public static final String SUPPRESSED_COUNT = "<5";
    public static final String NOT_SHOWN = "–";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", NL);

    private DutchFormat() {
    }

    public static String count(Long value) {
        return value == null ? SUPPRESSED_COUNT : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)).format(value);
    }

    /** One decimal: percentages, percentage points, days. */
    public static String decimal(Double value) {
        return value == null ? NOT_SHOWN : new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(NL)).format(value);
    }

    public static String month(LocalDate maand) {
        return MONTH.format(maand);
    }

    public static String shortMonth(LocalDate maand) {
        return SHORT_MONTH.format(maand).replace(".", "");
    }
}
