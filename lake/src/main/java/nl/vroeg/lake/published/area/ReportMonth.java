package nl.vroeg.lake.published.area;

import java.time.LocalDate;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;

/**
 * The report month: as asked, or by default the latest month whose national figures are definitive (later months
 * are still being worked, so their reach would seem to drop).
 *
 * @param uitleg the cover's sentence on why this month
 */
public record ReportMonth(LocalDate maand, String uitleg) {

    /** A month without published figures: the report would be empty. */
    public static final class NoFiguresException extends IllegalStateException {
        NoFiguresException(String message) {
            super(message);
        }
    }

    public static ReportMonth choose(PublishedFigures figures, LocalDate requested) {
        List<LocalDate> months = figures.months();
        if (months.isEmpty()) {
            throw new NoFiguresException("Er zijn nog geen gepubliceerde cijfers om te rapporteren: draai eerst 'vroeg transform'.");
        }
        String available = DutchFormat.month(months.get(0)) + " t/m " + DutchFormat.month(months.get(months.size() - 1));
        if (requested != null) {
            if (!months.contains(requested)) {
                throw new NoFiguresException("Geen gepubliceerde cijfers over " + DutchFormat.month(requested)
                        + "; er zijn cijfers over " + available + ".");
            }
            boolean voorlopig = figures.month("NL", requested).map(PublishedMonth::voorlopig).orElse(true);
            return new ReportMonth(requested, "Peilmaand " + DutchFormat.month(requested) + ", zoals gevraagd"
                    + (voorlopig ? "; de cijfers van deze maand zijn nog voorlopig (zaken lopen nog)." : "."));
        }
        LocalDate latest = months.get(months.size() - 1);
        return figures.latestDefinitiveMonth()
                .map(m -> new ReportMonth(m, "Peilmaand " + DutchFormat.month(m) + ": de laatste maand met definitieve cijfers."
                        + (m.isBefore(latest) ? " Latere maanden (t/m " + DutchFormat.month(latest)
                        + ") zijn nog voorlopig: hun zaken lopen nog. Ze staan gemarkeerd in de grafieken." : "")))
                .orElseGet(() -> new ReportMonth(latest, "Er is nog geen maand met definitieve cijfers; deze rapportage gaat over "
                        + DutchFormat.month(latest) + " en alle cijfers zijn voorlopig."));
    }
}
