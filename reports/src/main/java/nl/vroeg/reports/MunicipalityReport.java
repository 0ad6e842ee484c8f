package nl.vroeg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The monthly management report of one municipality: its indicators per month, a comparison with its province
 * and the country in the report month, and the reach chart against the 40% target.
 */
final class MunicipalityReport {

    private final PublishedFigures figures;

    MunicipalityReport(PublishedFigures figures) {
        this.figures = figures;
    }

    /** Writes the xlsx and the chart PNG; returns both paths. */
    List<Path> write(String gemeentecode, LocalDate peilmaand, Path dir) {
        List<PublishedMonth> months = figures.series(gemeentecode).stream().filter(m -> !m.maand().isAfter(peilmaand)).toList();
        PublishedMonth latest = months.get(months.size() - 1);
        String name = latest.gemeentenaam();
        List<PublishedMonth> peers = new ArrayList<>();
        peers.add(latest);
        figures.month(latest.provinciecode(), latest.maand()).ifPresent(peers::add);
        figures.month("NL", latest.maand()).ifPresent(peers::add);

        List<List<PublishedMonth>> lines = new ArrayList<>();
        lines.add(months);
        lines.add(figures.series("NL").stream().filter(m -> !m.maand().isAfter(peilmaand)).toList());
        byte[] chart = ReachChart.png(ReachChart.create("Bereik " + name, lines));

        String base = "maandrapportage-" + gemeentecode + "-" + peilmaand.toString().substring(0, 7);
        Path xlsx = dir.resolve(base + ".xlsx");
        Path png = dir.resolve("grafieken").resolve(base + "-bereik.png");
        try (ReportWorkbook wb = new ReportWorkbook()) {
            Sheet sheet = wb.sheet("Maandrapportage");
            wb.title(sheet, 0, "Maandrapportage vroegsignalering schulden — " + name);
            wb.subtitle(sheet, 1, "Peilmaand " + DutchFormat.month(latest.maand()) + (latest.voorlopig() ? " (voorlopig)" : "")
                    + ". Bereik " + DutchFormat.decimal(latest.bereikPct()) + "% tegen het landelijk doel van "
                    + DutchFormat.decimal(latest.bereikDoelPct()) + "%.");

            wb.subtitle(sheet, 3, "Per maand");
            int row = MonthTable.write(wb, sheet, 4, List.of("Maand"), months, m -> List.of(DutchFormat.month(m.maand())));
            wb.subtitle(sheet, ++row, "Vergelijking in " + DutchFormat.month(latest.maand()));
            row = MonthTable.write(wb, sheet, row + 1, List.of("Gebied"), peers, m -> List.of(m.gemeentenaam()));
            wb.picture(sheet, chart, 0, row + 1, 8, 20);
            wb.columnWidths(sheet, 18, 10, 12, 9, 9, 12, 9, 9, 11, 11, 13, 13, 13, 11);
            wb.save(xlsx, chart, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(xlsx, png);
    }
}
