package nl.vroeg.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedLakeFixture;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobTest {

    Path dir;
    Lake lake;
    List<Path> written;

    /** One fixture lake and one run for the default month: the reports are the same for every check. */
    @BeforeAll
    void writeTheReports(SparkSession spark, @TempDir Path tempDir) throws IOException {
        dir = tempDir;
        lake = new Lake(dir.resolve("lake"));
        PublishedLakeFixture.write(spark, lake, true);
        written = new ReportJob(spark, lake, line -> { }).run(dir.resolve("rapporten"), null);
        // page 1 as an image, for a visual check of the layout
        firstPageAsImage(dir.resolve("rapporten/2025-02/gemeenten/GM0518-s-Gravenhage.pdf"), Path.of("target", "rapport-GM0518-pagina-1.png"));
        firstPageAsImage(dir.resolve("rapporten/2025-02/partners/Huur.pdf"), Path.of("target", "rapport-partner-Huur-pagina-1.png"));
    }

    private static void firstPageAsImage(Path pdf, Path png) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }

    @Test
    void writesPdfAndXlsxPerMunicipalityProvinceNationalAndPartnerTypeForTheLatestDefinitiveMonth(SparkSession spark) throws Exception {
        Path month = dir.resolve("rapporten/2025-02"); // March is provisional: February is the latest definitive month
        List<String> names = written.stream().map(p -> month.relativize(p).toString()).toList();
        assertEquals(List.of("gemeenten/GM0307-Amersfoort.pdf", "gemeenten/GM0307-Amersfoort.xlsx", "gemeenten/GM0518-s-Gravenhage.pdf",
                "gemeenten/GM0518-s-Gravenhage.xlsx", "landelijk.pdf", "landelijk.xlsx", "partners/Energie.pdf", "partners/Energie.xlsx",
                "partners/Huur.pdf", "partners/Huur.xlsx", "partners/Water.pdf", "partners/Water.xlsx", "partners/Zorg.pdf", "partners/Zorg.xlsx",
                "provincies/PV26-Utrecht.pdf", "provincies/PV26-Utrecht.xlsx", "provincies/PV28-Zuid-Holland.pdf",
                "provincies/PV28-Zuid-Holland.xlsx"), names);

        PublishedMonth haag = PublishedFigures.read(spark, lake).month("GM0518", PublishedLakeFixture.FEBRUARY).orElseThrow();
        String text = pdfText(month.resolve("gemeenten/GM0518-s-Gravenhage.pdf"));
        // the headline sentence, from the published figures of the month
        assertTrue(oneLine(text).contains("In februari 2025 bereikte 's-Gravenhage " + Math.round(haag.bereikPct()) + "% van de "
                + DutchFormat.count(haag.zaken()) + " zaken; het landelijk doel is 40%."), text);
        assertTrue(text.contains("Peilmaand februari 2025: de laatste maand met definitieve cijfers."), text);
        assertTrue(oneLine(text).contains("Dat is " + DutchFormat.decimal(Math.abs(haag.bereikVerschilDoelPp())) + " procentpunt onder het doel."), text);
        // the funnel, the drop-out reasons, the breakdowns, events and afloop, the appendix
        assertTrue(text.contains("Niet opgepakt: onterecht signaal"), text);
        assertTrue(text.contains("Huisbezoek"), text);
        assertTrue(text.contains("Ontruiming"), text);
        assertTrue(text.contains("Afloop: gebeurtenissen na bereikte en niet-bereikte zaken"), text);
        assertTrue(text.contains("Bijlage: begrippen en privacy"), text);
        assertFalse(text.contains("spec/"), "no reference to repository files");
        assertTrue(oneLine(text).contains("provincie Zuid-Holland"), "a province is named as one, not as a city");
        int pages = pages(month.resolve("gemeenten/GM0518-s-Gravenhage.pdf"));
        assertTrue(pages >= 3 && pages <= 6, pages + " pages");

        try (XSSFWorkbook wb = workbook(month.resolve("gemeenten/GM0518-s-Gravenhage.xlsx"))) {
            assertEquals("Inhoud", wb.getSheetName(0));
            XSSFSheet perMonth = wb.getSheet("Per maand");
            Row feb = rowStartingWith(perMonth, "februari 2025");
            int reach = headerIndex(perMonth, "Bereik %");
            assertEquals(CellType.NUMERIC, feb.getCell(reach).getCellType());
            assertEquals(haag.bereikPct(), feb.getCell(reach).getNumericCellValue(), 1e-9);
            assertEquals(haag.zaken(), (long) feb.getCell(headerIndex(perMonth, "Zaken")).getNumericCellValue());
            assertEquals("voorlopig", text(rowStartingWith(perMonth, "maart 2025").getCell(headerIndex(perMonth, "Status"))));
            assertEquals(3, perMonth.getPaneInformation().getHorizontalSplitPosition(), "header rows frozen");
            var formatting = perMonth.getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertTrue(formatting.getConditionalFormattingAt(0).getRule(0).getFormula1().contains(">=40"),
                    formatting.getConditionalFormattingAt(0).getRule(0).getFormula1());
            assertEquals(reach, formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].getFirstColumn());
            assertEquals("Per maand", wb.getSheet("Inhoud").getHyperlinkList().get(0).getAddress().replaceAll("'(.*)'!A1", "$1"));
        }

        String national = pdfText(month.resolve("landelijk.pdf"));
        assertTrue(national.contains("Alle gemeenten"), national);
        assertTrue(oneLine(national).contains("0 van de 1 gemeenten met een getoond bereik haalden het doel van 40%."), national);
        String partner = pdfText(month.resolve("partners/Energie.pdf"));
        assertTrue(oneLine(partner).contains("In februari 2025 stuurden partners van het type Energie 800 signalen"), partner);
    }

    @Test
    void suppressedCellsShowAsSymbolsAndNoHiddenNumberAppears() throws Exception {
        Path pdf = dir.resolve("rapporten/2025-02/gemeenten/GM0307-Amersfoort.pdf");
        String text = pdfText(pdf);
        // Energie: 1 signal ("<5"); Huur: 9 signals hidden by secondary suppression ("x"); Water 2 ("<5"): 12 in all
        // signals, cases, reached, reach %, help acceptance %, then NL's reach
        assertTrue(oneLine(text).matches(".*Energie <5 <5 <5 – – [0-9]+,[0-9] .*"), text);
        assertTrue(oneLine(text).matches(".*Huur x x <5 – – [0-9]+,[0-9] .*"), text);
        List<String> tokens = Arrays.asList(oneLine(text).split("[\\s();:]+"));
        for (String leak : List.of(String.valueOf(PublishedLakeFixture.HIDDEN_SECONDARY), "75,0", "75%", "75,0%")) {
            assertFalse(tokens.contains(leak), "hidden figure " + leak + " in the PDF");
        }
        try (XSSFWorkbook wb = workbook(dir.resolve("rapporten/2025-02/gemeenten/GM0307-Amersfoort.xlsx"))) {
            Sheet partners = wb.getSheet("Partnertype");
            Row huur = rowStartingWith(partners, "Huur");
            assertEquals("x", text(huur.getCell(1)));
            assertEquals(HorizontalAlignment.RIGHT, huur.getCell(1).getCellStyle().getAlignment());
            assertEquals("<5", text(rowStartingWith(partners, "Energie").getCell(1)));
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            assertFalse(cell.getNumericCellValue() == PublishedLakeFixture.HIDDEN_SECONDARY && sheet.getSheetName().equals("Partnertype"),
                                    "hidden count in " + sheet.getSheetName());
                        } else {
                            assertFalse(text(cell).contains("75,0"), sheet.getSheetName());
                        }
                    }
                }
            }
            Row month = rowStartingWith(wb.getSheet("Per maand"), "februari 2025");
            assertEquals("<5", text(month.getCell(headerIndex(wb.getSheet("Per maand"), "Zaken bereikt"))), "1 to 4 reached cases");
            assertEquals("–", text(month.getCell(headerIndex(wb.getSheet("Per maand"), "Bereik %"))), "no reach over fewer than 10 cases");
        }
    }

    @Test
    void partnerFeedbackShowsDropOutByReasonNationallyAndPerProvince() throws Exception {
        Path partners = dir.resolve("rapporten/2025-02/partners");
        String huur = oneLine(pdfText(partners.resolve("Huur.pdf")));
        String section = huur.substring(huur.indexOf("Uitval naar reden"), huur.indexOf("Gebeurtenissen na signalen"));
        // the reasons are the statuses but "Nog niet opgepakt" and "onbekend"; Utrecht's onterecht is hidden ("x"),
        // its herhaalde melding has no row (0)
        assertTrue(section.contains("Signalen van Huur uit februari 2025 die de gemeente niet oppakte, naar de reden"), section);
        assertTrue(section.contains("Gebied Niet opgepakt: onterecht signaal Niet opgepakt: herhaalde melding"), section);
        assertTrue(section.contains("Nederland 40 30 provincie Utrecht x 0 provincie Zuid-Holland 40 30"), section);
        assertFalse(section.contains("Nog niet opgepakt"), section);
        assertFalse(huur.contains(PartnerOutput.UITVAL_NIET_BESCHIKBAAR), "published: no 'not yet published'");
        String figures = huur.substring(0, huur.indexOf("Bijlage: begrippen en privacy")); // the appendix lists size classes 1-8
        assertFalse(Arrays.asList(figures.split("[\\s();:]+")).contains(String.valueOf(PublishedLakeFixture.HIDDEN_UITVAL)),
                "hidden figure in the PDF");
        assertTrue(oneLine(pdfText(partners.resolve("Energie.pdf"))).contains("provincie Utrecht <5 0"), "1 signal: <5");

        try (XSSFWorkbook wb = workbook(partners.resolve("Huur.xlsx"))) {
            Sheet uitval = wb.getSheet("Uitval naar reden");
            assertEquals(List.of("Gebied", "Niet opgepakt: onterecht signaal", "Niet opgepakt: herhaalde melding"),
                    java.util.stream.StreamSupport.stream(uitval.getRow(2).spliterator(), false).map(ReportJobTest::text).toList());
            Row nl = rowStartingWith(uitval, "Nederland");
            assertEquals(40, nl.getCell(1).getNumericCellValue());
            assertEquals(30, nl.getCell(2).getNumericCellValue());
            Row utrecht = rowStartingWith(uitval, "provincie Utrecht");
            assertEquals("x", text(utrecht.getCell(1)));
            assertEquals(HorizontalAlignment.RIGHT, utrecht.getCell(1).getCellStyle().getAlignment());
            assertEquals(CellType.NUMERIC, utrecht.getCell(2).getCellType());
            assertEquals(0, utrecht.getCell(2).getNumericCellValue());
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean leak = cell.getCellType() == CellType.NUMERIC
                                ? cell.getNumericCellValue() == PublishedLakeFixture.HIDDEN_UITVAL
                                : text(cell).equals(String.valueOf(PublishedLakeFixture.HIDDEN_UITVAL));
                        assertFalse(leak, "hidden count in " + sheet.getSheetName());
                    }
                }
            }
            assertTrue(oneLine(text(wb.getSheet("Inhoud"))).contains("Signalen van Huur uit februari 2025 die de gemeente niet oppakte"));
        }
    }

    @Test
    void withoutPublishedEventsTheReportSaysSoAndAMonthWithoutFiguresIsAnError(SparkSession spark, @TempDir Path dir) throws Exception {
        Lake lake = new Lake(dir.resolve("lake-zonder-gebeurtenissen"));
        PublishedLakeFixture.write(spark, lake, false);
        new ReportJob(spark, lake, line -> { }).run(dir.resolve("rapporten"), null);
        String text = oneLine(pdfText(dir.resolve("rapporten/2025-02/gemeenten/GM0518-s-Gravenhage.pdf")));
        assertTrue(text.contains("worden nog niet gepubliceerd"), text);
        String partner = oneLine(pdfText(dir.resolve("rapporten/2025-02/partners/Huur.pdf")));
        assertTrue(partner.contains(PartnerOutput.UITVAL_NIET_BESCHIKBAAR), partner);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new ReportJob(spark, lake, line -> { }).run(dir.resolve("leeg"), java.time.LocalDate.of(2024, 5, 1)));
        assertEquals("Geen gepubliceerde cijfers over mei 2024; er zijn cijfers over januari 2025 t/m maart 2025.", error.getMessage());
        assertFalse(Files.exists(dir.resolve("leeg")), "nothing written");
    }

    @Test
    void everyChartIsATaggedFigureWithItsTextAlternative() throws IOException {
        for (String report : List.of("gemeenten/GM0518-s-Gravenhage.pdf", "provincies/PV28-Zuid-Holland.pdf", "landelijk.pdf")) {
            try (PDDocument doc = Loader.loadPDF(dir.resolve("rapporten/2025-02").resolve(report).toFile())) {
                assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), report + " is tagged");
                List<PDStructureElement> figures = new ArrayList<>();
                figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
                assertFalse(figures.isEmpty(), report + " has charts");
                for (PDStructureElement figure : figures) {
                    String alt = figure.getAlternateDescription();
                    assertTrue(alt != null && alt.length() > 20, report + ": a chart without its text alternative: " + alt);
                }
            }
        }
    }

    private static void figures(List<Object> kids, List<PDStructureElement> found) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Figure")) found.add(element);
                figures(element.getKids(), found);
            }
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The text with line breaks as spaces: sentences wrap in the PDF. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static XSSFWorkbook workbook(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    /** Every cell's text of a sheet, row by row. */
    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) for (Cell cell : row) all.append(text(cell)).append('\n');
        return all.toString();
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        List<String> seen = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && text(row.getCell(0)).equals(label)) return row;
            if (row.getCell(0) != null) seen.add(text(row.getCell(0)));
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName() + ": " + seen);
    }

    private static int headerIndex(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(2)) if (text(cell).equals(header)) return cell.getColumnIndex();
        throw new AssertionError("no column " + header);
    }
}
