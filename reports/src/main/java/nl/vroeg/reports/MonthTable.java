package nl.vroeg.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.SuppressionRules;
import org.apache.poi.ss.usermodel.Sheet;

/** The table of indicators both reports show: one row per month or per area, the same columns. */
final class MonthTable {

    static final List<String> FIGURE_HEADERS = List.of("Signalen", "Signalen per 1.000 inwoners", "Uitval %", "Zaken",
            "Zaken met contactpoging", "Zaken bereikt", "Bereik %", "Verschil met doel (pp)", "Hulp geaccepteerd",
            "Hulpacceptatie % van bereikt", "Binnen 4 weken benaderd %", "Mediaan dagen tot eerste poging", "Status");

    private MonthTable() {
    }

    /**
     * A header row and one row per figure set: the leading columns (e.g. the month, or the area and its code),
     * then the figures. Returns the first row after the table.
     */
    static int write(ReportWorkbook wb, Sheet sheet, int row, List<String> leadingHeaders, List<PublishedMonth> rows,
                     Function<PublishedMonth, List<String>> leading) {
        List<String> header = new ArrayList<>(leadingHeaders);
        header.addAll(FIGURE_HEADERS);
        wb.header(sheet, row++, header);
        for (PublishedMonth m : rows) {
            List<String> labels = leading.apply(m);
            for (int c = 0; c < labels.size(); c++) wb.text(sheet, row, c, labels.get(c));
            figures(wb, sheet, row++, labels.size(), m);
        }
        return row;
    }

    /** Writes the figures of {@code m} from column {@code firstCol} on. */
    private static void figures(ReportWorkbook wb, Sheet sheet, int row, int firstCol, PublishedMonth m) {
        int c = firstCol;
        wb.count(sheet, row, c++, m.signalen(), m.secundair("signalen"));
        wb.decimal(sheet, row, c++, m.signalenPer1000Inwoners());
        wb.decimal(sheet, row, c++, m.uitvalPct());
        wb.count(sheet, row, c++, m.zaken(), m.secundair("zaken"));
        wb.count(sheet, row, c++, m.zakenMetContactpoging(), m.secundair("zaken_met_contactpoging"));
        wb.count(sheet, row, c++, m.zakenBereikt(), m.secundair("zaken_bereikt"));
        wb.decimal(sheet, row, c++, m.bereikPct());
        wb.decimal(sheet, row, c++, m.bereikVerschilDoelPp());
        wb.count(sheet, row, c++, m.zakenHulpGeaccepteerd(), m.secundair("zaken_hulp_geaccepteerd"));
        wb.decimal(sheet, row, c++, m.hulpacceptatiePctVanBereikt());
        wb.decimal(sheet, row, c++, m.binnen4WekenPct());
        wb.decimal(sheet, row, c++, m.mediaanDagenTotEerstePoging());
        wb.text(sheet, row, c, m.voorlopig() ? "voorlopig" : "definitief");
    }

    /** The explanation sheet: what the figures mean and why some are hidden. */
    static void explanation(ReportWorkbook wb) {
        Sheet sheet = wb.sheet("Toelichting");
        wb.title(sheet, 0, "Toelichting");
        List<String> lines = new ArrayList<>(List.of(
                "Signalen: vroegsignalen van vaste-lastenpartners, geteld in de maand van de signaaldatum.",
                "Zaken: vroegsignaalzaken, geteld in de maand van hun eerste signaal (cohortmaand).",
                "Uitval %: aandeel signalen dat niet is opgepakt (status anders dan 'Nog niet opgepakt').",
                "Bereik %: aandeel zaken waarin contact met de inwoner is gelegd. Het landelijk doel is 40%.",
                "Hulpacceptatie % van bereikt: aandeel bereikte zaken waarin de inwoner hulp accepteerde.",
                "Binnen 4 weken benaderd %: aandeel zaken met een eerste (niet-administratieve) contactpoging binnen 28 dagen.",
                "Voorlopig: de laatste levering van de gemeente ligt minder dan 56 dagen na de maand; zaken lopen nog.",
                "Provincie- en landcijfers zijn opgeteld uit de gemeenten die over die maand leverden."));
        SuppressionRules.STANDARD.explanation().forEach(line -> lines.add("Privacy: " + line));
        lines.add("Bron: DDAS Vroegsignalering-leveringen, bewerkt door vroeg. Definities: spec/indicators.md.");
        for (int i = 0; i < lines.size(); i++) {
            wb.text(sheet, i + 2, 0, lines.get(i));
        }
        sheet.setColumnWidth(0, 120 * 256);
    }
}
