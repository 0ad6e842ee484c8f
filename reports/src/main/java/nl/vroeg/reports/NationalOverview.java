package nl.vroeg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
            List<String> header = new ArrayList<>(List.of("Gebied", "Code"));
            header.addAll(MonthTable.FIGURE_HEADERS);
            wb.header(sheet, 3, header);
            int row = 4;
            for (PublishedMonth m : areas) {
                wb.text(sheet, row, 0, m.gemeentenaam());
                wb.text(sheet, row, 1, m.gemeentecode());
                MonthTable.figures(wb, sheet, row++, 2, m);
            }

            Sheet perMonth = wb.sheet("Nederland per maand");
            wb.title(perMonth, 0, "Nederland per maand");
            List<String> monthHeader = new ArrayList<>(List.of("Maand"));
            monthHeader.addAll(MonthTable.FIGURE_HEADERS);
            wb.header(perMonth, 2, monthHeader);
            int r = 3;
            for (PublishedMonth m : nl) {
                wb.text(perMonth, r, 0, DutchFormat.month(m.maand()));
                MonthTable.figures(wb, perMonth, r++, 1, m);
            }
            wb.picture(perMonth, chart, 0, r + 1, 8, 20);
            wb.columnWidths(sheet, 24, 8, 10, 12, 9, 9, 12, 9, 9, 11, 11, 13, 13, 13, 11);
            wb.columnWidths(perMonth, 18, 10, 12, 9, 9, 12, 9, 9, 11, 11, 13, 13, 13, 11);
            MonthTable.explanation(wb);
            wb.save(xlsx);
            Files.createDirectories(png.getParent());
            Files.write(png, chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(xlsx, png);
    }
}
