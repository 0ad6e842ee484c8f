package nl.vroeg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Dates as Dutch partners write them in CSV and spreadsheet text: {@code 2025-02-03} or {@code 03-02-2025}. */
final class DutchDates {

    static final String EXPECTED = "verwacht JJJJ-MM-DD of DD-MM-JJJJ";

    // Strict: 31-02-2025 is no date; "uuuu" because STRICT needs a proleptic year.
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private DutchDates() {
    }

    /** The date, or null when the text is not a valid date in either format. */
    static LocalDate parse(String text) {
        if (text == null) return null;
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException tryTheNext) {
                // fall through to the next format
            }
        }
        return null;
    }
}
