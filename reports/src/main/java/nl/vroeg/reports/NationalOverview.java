package nl.vroeg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import org.apache.poi.ss.usermodel.Sheet;

/** The national overview: every municipality, province and the country in the report month, and NL per month. */
final class NationalOverview {

    private final PublishedFigures figures;

    NationalOverview(PublishedFigures figures) {
        this.figures = figures;
    }

    List<Path> write(LocalDate peilmaand, Path dir) {
        List<PublishedMonth> nl = figures.series("NL").stream().filter(m -> !m.maand().isAfter(peilmaand)).toList();
        byte[] chart = ReachChart.png(ReachChart.create("Bereik Nederland", List.of(nl)));
        List<PublishedMonth> areas = new ArrayList<>(figures.gemeenten(peilmaand));
        figures.rows().stream().filter(r -> r.niveau().equals("provincie") && r.maand().equals(peilmaand))
                .sorted(Comparator.comparing(PublishedMonth::gemeentenaam)).forEach(areas::add);
        figures.month("NL", peilmaand).ifPresent(areas::add);

        String base = "landelijk-overzicht-" + peilmaand.toString().substring(0, 7);
        Path xlsx = dir.resolve(base + ".xlsx");
        Path png = dir.resolve("grafieken").resolve(base + "-bereik.png");
        try (ReportWorkbook wb = new ReportWorkbook()) {
            Sheet sheet = wb.sheet("Overzicht");
            wb.title(sheet, 0, "Vroegsignalering schulden — landelijk overzicht " + DutchFormat.month(peilmaand));
            wb.subtitle(sheet, 1, "Gemeenten, provincies en Nederland in de peilmaand; groen: bereik op of boven het doel.");
            MonthTable.write(wb, sheet, 3, List.of("Gebied", "Code"), areas, m -> List.of(m.gemeentenaam(), m.gemeentecode()));

            Sheet perMonth = wb.sheet("Nederland per maand");
            wb.title(perMonth, 0, "Nederland per maand");
            int row = MonthTable.write(wb, perMonth, 2, List.of("Maand"), nl, m -> List.of(DutchFormat.month(m.maand())));
            wb.picture(perMonth, chart, 0, row + 1, 8, 20);
            wb.columnWidths(sheet, 24, 8, 10, 12, 9, 9, 12, 9, 9, 11, 11, 13, 13, 13, 11);
            wb.columnWidths(perMonth, 18, 10, 12, 9, 9, 12, 9, 9, 11, 11, 13, 13, 13, 11);
            wb.save(xlsx, chart, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(xlsx, png);
    }
}
